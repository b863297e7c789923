import { createCustomFunctionsGlobal } from "./customFunctionsRuntime";

// The function adapters create CustomFunctions.Error values, as they do inside Excel.
(globalThis as Record<string, unknown>).CustomFunctions = createCustomFunctionsGlobal();
