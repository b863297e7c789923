import * as fs from "fs";
import * as path from "path";
import {
  DECLARATIONS,
  FUNCTION_NAMES,
  byFunction,
  rangeArguments,
} from "../../src/functions/declarations";
import { createCustomFunctionsGlobal } from "../../src/functions/standInRuntime";
import type { FunctionName } from "../../src/pricing/errors";
import { adapterArguments, COMMITCOST_EXAMPLES } from "../support/commitCostExamples";
import { loadInCustomFunctionsRuntime, readBuilt } from "../support/functionsBundle";

/*
 * The BUILT dist/functions.js, run the way Excel's custom-functions runtime runs it: one script,
 * alone, in a JavaScript context whose only add-in global is CustomFunctions (no Office, window,
 * document, require or module). The build is not run here: run `npm run build` first.
 */

const root = path.resolve(__dirname, "../..");
const dist = path.join(root, "dist");
const scriptFile = path.join(dist, "functions.js");
const metadataFile = path.join(dist, "functions.json");

interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: string };
}

interface Metadata {
  functions: FunctionMetadata[];
  allowErrorForDataTypeAny?: boolean;
}

/** The DEAL function contract, from the function table: parameters in order ("?" marks optional) and which take ranges. */
const contract = byFunction((name) => {
  const { parameters, spills } = DECLARATIONS[name];
  return {
    parameters: parameters.map((p) => `${p.name}${p.optional ? "?" : ""}`),
    ranges: rangeArguments(DECLARATIONS[name]).map((i) => parameters[i].name),
    spills: spills !== undefined,
  };
});
type FunctionId = FunctionName;
const contractIds = FUNCTION_NAMES;

/** The error a call throws, or a failure naming the value it returned instead. */
function thrownBy(call: () => unknown): unknown {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    return error;
  }
  throw new Error(`expected the call to throw, but it returned ${JSON.stringify(result)}`);
}

const fiveTiers = [
  [5, 5],
  [10, 4],
  [15, 3],
  [20, 2],
  ["", 1],
];

describe("dist/functions.js in the custom-functions runtime", () => {
  let script: string;
  let metadata: Metadata;
  let runtime: ReturnType<typeof createCustomFunctionsGlobal>;

  beforeAll(() => {
    script = readBuilt(scriptFile);
    metadata = JSON.parse(readBuilt(metadataFile)) as Metadata;
    runtime = loadInCustomFunctionsRuntime(script);
  });

  /** The function the bundle registered under that id; fails when there is none. */
  function registered(id: FunctionId): (...args: unknown[]) => unknown {
    const fn = runtime.associated.get(id);
    if (fn === undefined) throw new Error(`dist/functions.js did not associate ${id}`);
    return fn;
  }

  describe("registration", () => {
    it("associates exactly TIEREDCOST, ROLLOVER, SLACREDIT, RAMPPRICE and COMMITCOST", () => {
      expect([...runtime.associated.keys()].sort()).toEqual([...contractIds].sort());
    });

    it("associates every id in functions.json, and only those", () => {
      const declared = metadata.functions.map((fn) => fn.id).sort();
      expect([...runtime.associated.keys()].sort()).toEqual(declared);
    });

    it("registers callable functions", () => {
      for (const fn of runtime.associated.values()) expect(typeof fn).toBe("function");
    });
  });

  describe("results of the registered functions", () => {
    it("prices 6 units on the five-tier table at 29 graduated and 24 in volume mode", () => {
      expect(registered("TIEREDCOST")(6, fiveTiers)).toBe(29);
      expect(registered("TIEREDCOST")(6, fiveTiers, "volume")).toBe(24);
    });

    it("rolls unused commitment of 100 forward over usage 80, 100, 120, 100", () => {
      expect(registered("ROLLOVER")([[100]], [[80], [100], [120], [100]])).toEqual([
        [0, 80, 0, 20, 0],
        [20, 100, 0, 20, 0],
        [20, 120, 0, 0, 0],
        [0, 100, 0, 0, 0],
      ]);
    });

    it("credits 10% of a 100000 fee for 99.89% uptime on a three-row schedule", () => {
      const schedule = [
        [0.999, 0.1],
        [0.99, 0.25],
        [0.95, 1],
      ];
      expect(registered("SLACREDIT")(0.9989, 100000, schedule)).toBe(10000);
    });

    it.each(COMMITCOST_EXAMPLES.map((example) => [example.formula, example.usage, example]))(
      "costs a commitment as the reference's worked example %s with usage %j",
      (_formula, _usage, example) => {
        expect(registered("COMMITCOST")(...adapterArguments(example))).toBe(example.expected);
      }
    );

    it("prices period 6 of a ramp 0, -15%, -10% with a 5% uplift at 2.656749375", () => {
      expect(registered("RAMPPRICE")(3, 6, [[0], [-0.15], [-0.1]], 0.05)).toBe(2.656749375);
    });

    it("takes an uptime computed at the target as the 0.999 Excel shows, owing nothing", () => {
      const schedule = [
        [0.999, 0.1],
        [0.99, 0.25],
      ];
      expect(registered("SLACREDIT")((43800 - 43.8) / 43800, 1000000, schedule)).toBe(0);
    });

    it("reads a whole-column tier table (A:B, 1,048,576 rows) as its data rows", () => {
      const blank = ["", ""];
      const wholeColumn = Array.from({ length: 1_048_576 }, (_, r) => fiveTiers[r] ?? blank);
      expect(registered("TIEREDCOST")(6, wholeColumn)).toBe(29);
    });
  });

  describe("errors", () => {
    it.each([
      ["text units", "many", fiveTiers],
      ["negative units", -1, fiveTiers],
      ["an error value as units", { type: "Error", basicValue: "#N/A" }, fiveTiers],
      ["a one-column tier table", 6, [[5], [10]]],
    ])(
      "throws a CustomFunctions.Error #VALUE! naming DEAL.TIEREDCOST for %s",
      (_, units, tiers) => {
        const error = thrownBy(() => registered("TIEREDCOST")(units, tiers));
        expect(error).toBeInstanceOf(runtime.Error);
        const { code, message } = error as InstanceType<typeof runtime.Error>;
        expect(code).toBe("#VALUE!");
        expect(message.startsWith("DEAL.TIEREDCOST:")).toBe(true);
      }
    );
  });

  describe("functions.json", () => {
    const declaredFunction = (id: FunctionId) => {
      const fn = metadata.functions.find((candidate) => candidate.id === id);
      if (fn === undefined) throw new Error(`functions.json does not declare ${id}`);
      return fn;
    };

    it("lets error values reach the functions (allowErrorForDataTypeAny is true)", () => {
      expect(metadata.allowErrorForDataTypeAny).toBe(true);
    });

    it.each(contractIds)("gives %s the same name as its id, a description and a helpUrl", (id) => {
      const fn = declaredFunction(id);
      expect(fn.name).toBe(id);
      expect(fn.description?.trim()).toBeTruthy();
      expect(fn.helpUrl).toMatch(/^https:\/\/\S+$/);
    });

    it.each(contractIds)("declares the parameters of %s in the contract's order", (id) => {
      const declared = declaredFunction(id).parameters.map(
        (parameter) => `${parameter.name}${parameter.optional ? "?" : ""}`
      );
      expect(declared).toEqual(contract[id].parameters);
    });

    it.each(contractIds)("describes every parameter of %s", (id) => {
      const undescribed = declaredFunction(id)
        .parameters.filter((parameter) => !parameter.description?.trim())
        .map((parameter) => parameter.name);
      expect(undescribed).toEqual([]);
    });

    it.each(contractIds)(
      'types every parameter of %s "any", so text, booleans and errors reach it',
      (id) => {
        const types = declaredFunction(id).parameters.map((parameter) => parameter.type);
        expect(types.every((type) => type === "any")).toBe(true);
      }
    );

    it.each(contractIds)("takes ranges (matrix) exactly where %s expects a table or list", (id) => {
      const matrices = declaredFunction(id)
        .parameters.filter((parameter) => (parameter.dimensionality ?? "scalar") === "matrix")
        .map((parameter) => parameter.name);
      expect(matrices).toEqual(contract[id].ranges);
    });

    it.each(contractIds)(
      "declares the result of %s as the contract's shape (a matrix only for ROLLOVER)",
      (id) => {
        const dimensionality = declaredFunction(id).result.dimensionality ?? "scalar";
        expect(dimensionality).toBe(contract[id].spills ? "matrix" : "scalar");
      }
    );
  });

  describe("a single self-contained script", () => {
    it("loads no chunks (no importScripts, __webpack_require__.e or chunk loader)", () => {
      for (const marker of [
        "importScripts",
        "__webpack_require__.e(",
        "ChunkLoadError",
        "Loading chunk",
        "webpackChunk",
      ])
        expect(script.includes(marker)).toBe(false);
    });

    it("sits in dist/ with no .js files besides functions.js and taskpane.js", () => {
      const jsFiles = (fs.readdirSync(dist, { recursive: true }) as string[])
        .map((file) => file.split(path.sep).join("/"))
        .filter((file) => file.endsWith(".js") || file.endsWith(".mjs"))
        .sort();
      expect(jsFiles).toEqual(["functions.js", "taskpane.js"]);
    });
  });
});
