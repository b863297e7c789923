/*
 * Entry of Excel's custom-functions runtime (dist/functions.js). Each DEAL function's adapter is
 * imported through cellFunctions.ts, the one list of them; at build time
 * custom-functions-metadata-plugin reads their JSDoc into functions.json and appends the
 * CustomFunctions.associate call that registers each.
 */
import "./cellFunctions";
