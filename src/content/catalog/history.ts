/* The data the benchmark's price history reads: the snapshot's reference models and the playbook. */
export { GENAI_PRICES_SNAPSHOT } from "./genaiPricesSnapshot";
export { HISTORICAL_PRICES } from "./historicalPrices";
