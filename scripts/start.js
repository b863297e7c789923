/*
 * `npm start`: builds DEAL, shows its functions working, then serves the add-in for sideloading.
 * Where Excel desktop exists (Windows, macOS) it sideloads there, as Microsoft's templates do;
 * elsewhere it also writes the demo workbook twice, so that someone without Excel can open DEAL's
 * sheets in any spreadsheet (deal-demo-share-safe.xlsx, live in native formulas) and see what DEAL
 * writes for Excel with the add-in (deal-demo.xlsx), then serves https://localhost:3000 for Excel
 * on the web.
 */
const { spawnSync } = require("child_process");

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run("npm", ["run", "build"]);
run("npx", ["ts-node", "--transpile-only", "scripts/showcase.ts"]);

if (process.platform === "win32" || process.platform === "darwin") {
  run("npx", ["office-addin-debugging", "start", "manifest.xml", "desktop"]);
} else {
  run("npm", ["run", "demo", "--", "--out", "deal-demo-share-safe.xlsx", "--share-safe"]);
  run("npm", ["run", "demo", "--", "--out", "deal-demo.xlsx"]);
  console.log(
    [
      "",
      "Which file to open where:",
      "- deal-demo-share-safe.xlsx: for anyone without DEAL (LibreOffice, Google Sheets, Excel without the add-in).",
      "  Every figure is a native formula: edit a yellow input and the whole model recalculates.",
      "- deal-demo.xlsx: for Excel with DEAL loaded. It calls DEAL's functions; other spreadsheets show",
      "  the values DEAL stored, which do not follow edits there.",
      "",
      "No Excel desktop on this system. Serving the add-in at https://localhost:3000 (Ctrl+C stops it).",
      "To use it in Excel on the web: open a workbook, Insert > Add-ins > Upload My Add-in, choose manifest.xml.",
      "The browser must trust the development certificate: see README.md, 'Sideload into Excel'.",
    ].join("\n")
  );
  run("npx", ["webpack", "serve", "--mode", "development"]);
}
