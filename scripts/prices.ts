/*
 * npm run prices [-- --date YYYY-MM-DD]
 * Writes src/content/catalog/genaiPricesSnapshot.ts from the installed @pydantic/genai-prices: the
 * data bundled in the package, read with its findProvider. No network: the package's updatePrices
 * and its remote data URL are never used. The date (today by default) is the snapshot's date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { findProvider } from "@pydantic/genai-prices";
import * as prettier from "prettier";
import {
  buildSnapshot,
  type LibraryProvider,
  ROUTES,
  REFERENCE_IDS,
} from "../src/content/catalog/genaiPrices/buildSnapshot";
import { renderSnapshot } from "../src/content/catalog/genaiPrices/renderSnapshot";

// The package exports no package.json: read it beside its entry point.
const { version } = JSON.parse(
  readFileSync(
    resolve(dirname(require.resolve("@pydantic/genai-prices")), "../package.json"),
    "utf8"
  )
) as { version: string };

const OUT = resolve(__dirname, "../src/content/catalog/genaiPricesSnapshot.ts");

function dateArgument(argv: readonly string[]): string {
  const at = argv.indexOf("--date");
  const date = at === -1 ? new Date().toISOString().slice(0, 10) : argv[at + 1];
  if (date === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new Error("Usage: npm run prices [-- --date YYYY-MM-DD]");
  }
  return date;
}

async function main(): Promise<void> {
  const ids = [...new Set([...ROUTES, ...REFERENCE_IDS].map((entry) => entry.provider))];
  const providers = ids.map((providerId) => findProvider({ providerId }));
  const missing = ids.filter((_, i) => providers[i] === undefined);
  if (missing.length > 0)
    throw new Error(`The price library has no provider ${missing.join(", ")}.`);
  const snapshot = buildSnapshot(
    providers as LibraryProvider[],
    { name: "@pydantic/genai-prices", version },
    dateArgument(process.argv.slice(2))
  );
  const options = (await prettier.resolveConfig(OUT)) ?? {};
  writeFileSync(
    OUT,
    await prettier.format(renderSnapshot(snapshot), { ...options, filepath: OUT })
  );
  console.log(
    `Wrote ${OUT}: ${snapshot.models.length} models and ${snapshot.reference.length} reference ` +
      `models from ${snapshot.library} ${snapshot.version}, as of ${snapshot.date}.`
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
