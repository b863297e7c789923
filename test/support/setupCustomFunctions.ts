import { createCustomFunctionsGlobal } from "../../src/functions/standInRuntime";

// The function adapters create CustomFunctions.Error values, as they do inside Excel.
(globalThis as Record<string, unknown>).CustomFunctions = createCustomFunctionsGlobal();
