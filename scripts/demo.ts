/*
 * npm run demo -- [--out FILE.xlsx] [--share-safe]
 * Writes DEAL's sample workbook (the deal model of the default offers, ten playbook checklists,
 * the competitor benchmark and a worked example sheet per function) with the taskpane's own
 * builders, through the ExcelJS adapter.
 */
import { resolve } from "node:path";
import { describeDemo, writeDemoWorkbook } from "../src/xlsx/demoWorkbook";

const USAGE = "Usage: npm run demo -- [--out FILE.xlsx] [--share-safe]";

interface Args {
  readonly out: string;
  readonly shareSafe: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  let out = "deal-demo.xlsx";
  let shareSafe = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--share-safe") shareSafe = true;
    else if (arg === "--out" || arg.startsWith("--out=")) {
      const value = arg === "--out" ? argv[++i] : arg.slice("--out=".length);
      if (value === undefined || value === "" || value.startsWith("--")) {
        throw new Error(`--out needs a file name. ${USAGE}`);
      }
      out = value;
    } else if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`Unknown argument "${arg}". ${USAGE}`);
  }
  if (!out.toLowerCase().endsWith(".xlsx")) {
    throw new Error(`The output file should end in .xlsx (got "${out}"). ${USAGE}`);
  }
  // npm runs scripts from the package folder; INIT_CWD is where `npm run demo` was typed.
  return { out: resolve(process.env.INIT_CWD ?? process.cwd(), out), shareSafe };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const demo = await writeDemoWorkbook(args.out, { shareSafe: args.shareSafe });
  for (const line of describeDemo(args.out, demo, args.shareSafe)) console.log(line);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`demo: ${message}`);
  process.exitCode = 1;
});
