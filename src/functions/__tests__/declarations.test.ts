import * as fs from "fs";
import * as path from "path";
import { IFunction, parseTree } from "custom-functions-metadata";
import { DECLARATIONS, FUNCTION_NAMES, FunctionDeclaration } from "../declarations";

/*
 * The function table against the two texts that restate it: the JSDoc that Excel's metadata
 * (functions.json) is generated from, read here by the generator's own parser, and the function
 * reference (docs/functions.md).
 */

const functionsDir = path.resolve(__dirname, "..");
const reference = fs.readFileSync(path.resolve(__dirname, "../../../docs/functions.md"), "utf8");

const sources = fs
  .readdirSync(functionsDir)
  .filter((file) => file.endsWith(".ts"))
  .map((file) => ({ file, text: fs.readFileSync(path.join(functionsDir, file), "utf8") }));

/** Every function the generator finds in src/functions, as it would write it into functions.json. */
function generatedMetadata(): IFunction[] {
  return sources.flatMap(({ file, text }) => {
    const { functions, extras } = parseTree(text, file);
    for (const { errors } of extras) expect(errors).toEqual([]);
    return functions;
  });
}

const isRange = (kind: string) => kind === "list" || kind === "table";

/** The metadata the declaration calls for, in the generator's shape. */
function expectedMetadata(declaration: FunctionDeclaration) {
  return {
    id: declaration.name,
    name: declaration.name,
    description: declaration.description,
    helpUrl: `https://localhost:3000/help.html#${declaration.name.toLowerCase()}`,
    parameters: declaration.parameters.map((parameter) => ({
      name: parameter.name,
      description: parameter.description,
      type: "any",
      ...(isRange(parameter.kind) ? { dimensionality: "matrix" } : {}),
      ...(parameter.optional ? { optional: true } : {}),
    })),
    result: {
      type: "number",
      ...(declaration.spills === undefined ? {} : { dimensionality: "matrix" }),
    },
  };
}

describe("the function table", () => {
  const metadata = generatedMetadata();

  it("declares exactly the functions whose JSDoc Excel's metadata is generated from", () => {
    expect(metadata.map((fn) => fn.id).sort()).toEqual([...FUNCTION_NAMES].sort());
  });

  it.each(FUNCTION_NAMES)(
    "matches the JSDoc of %s: description, help link, parameters, ranges, result",
    (name) => {
      const generated = metadata.find((fn) => fn.id === name);
      expect(generated && { ...generated, options: undefined }).toEqual({
        ...expectedMetadata(DECLARATIONS[name]),
        options: undefined,
      });
    }
  );

  it.each(FUNCTION_NAMES)("matches the @returns of %s (not in the metadata)", (name) => {
    const source = sources.find(({ text }) => text.includes(`@customfunction ${name}\n`));
    expect(source?.text).toContain(` * @returns ${DECLARATIONS[name].returns}\n`);
  });

  it.each(FUNCTION_NAMES)("matches the heading of %s in docs/functions.md", (name) => {
    const args = DECLARATIONS[name].parameters
      .map((parameter) => (parameter.optional ? `[${parameter.name}]` : parameter.name))
      .join(", ");
    expect(reference).toContain(`\n## DEAL.${name}(${args})\n`);
    expect(reference).toContain(`<a id="${name.toLowerCase()}"></a>`);
  });

  it.each(FUNCTION_NAMES)("matches the argument table of %s in docs/functions.md", (name) => {
    const section = reference.split(/\n## /).find((part) => part.startsWith(`DEAL.${name}(`));
    const documented = [...(section ?? "").matchAll(/^\| `([a-z_]+)` +\|/gm)].map((m) => m[1]);
    expect(documented).toEqual(DECLARATIONS[name].parameters.map((parameter) => parameter.name));
  });
});
