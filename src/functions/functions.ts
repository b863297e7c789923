/*
 * Entry of Excel's custom-functions runtime (dist/functions.js). Each imported file declares one
 * DEAL function; at build time custom-functions-metadata-plugin reads their JSDoc into
 * functions.json and appends the CustomFunctions.associate call that registers it.
 */
import "./tieredCost";
import "./rollover";
import "./slaCredit";
import "./rampPrice";
