import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { createCustomFunctionsGlobal } from "../../src/functions/standInRuntime";

/** The built custom-functions script. */
const FUNCTIONS_BUNDLE = path.resolve(__dirname, "../../dist/functions.js");

/** A built file's text; fails with what to do when the build has not run. */
export function readBuilt(file: string): string {
  if (!fs.existsSync(file)) {
    throw new Error(
      `${path.relative(process.cwd(), file)} does not exist: run \`npm run build\` first ` +
        "(the checks of the built add-in do not build it)."
    );
  }
  return fs.readFileSync(file, "utf8");
}

/**
 * Runs the built dist/functions.js the way Excel's custom-functions runtime does: one script,
 * alone, in a JavaScript context whose only add-in global is CustomFunctions (no Office, window,
 * document, require or module). Returns the stand-in runtime, holding what the script registered.
 */
export function loadInCustomFunctionsRuntime(script: string = readBuilt(FUNCTIONS_BUNDLE)) {
  const CustomFunctions = createCustomFunctionsGlobal();
  const context = vm.createContext({ CustomFunctions });
  try {
    vm.runInContext(script, context, { filename: FUNCTIONS_BUNDLE });
  } catch (error) {
    throw new Error(
      `dist/functions.js does not run as a standalone script with only CustomFunctions: ${error}`
    );
  }
  return CustomFunctions;
}
