/*
 * Installs the Debian packages the tests drive (Chromium for the taskpane's browser test;
 * LibreOffice Calc, poppler's pdftoppm and pdftotext, and Carlito for the LibreOffice check) when
 * they are missing, so that `npm test` works on a fresh Debian or Ubuntu machine. Carlito has
 * Calibri's metrics: without it LibreOffice draws DEAL's Calibri text in a wider font, and the
 * printed pages would not show what Excel prints. Uses apt-get as root, or through sudo;
 * elsewhere it says what to install and stops.
 */
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");

/** Each package, by a file it installs. */
const TOOLS = [
  { file: "/usr/bin/chromium", packages: ["chromium"] },
  { file: "/usr/bin/soffice", packages: ["libreoffice-calc"] },
  { file: "/usr/bin/pdftoppm", packages: ["poppler-utils"] },
  {
    file: "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    packages: ["fonts-crosextra-carlito"],
  },
];

const missing = TOOLS.filter((tool) => !fs.existsSync(tool.file));
if (missing.length > 0) {
  const packages = missing.flatMap((tool) => tool.packages);
  const hasAptGet = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (!hasAptGet) {
    console.error(
      `The tests need ${packages.join(", ")} (${missing.map((t) => t.file).join(", ")}). Install them and run npm test again.`
    );
    process.exit(1);
  }
  const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const run = (args) =>
    execFileSync(asRoot ? args[0] : "sudo", asRoot ? args.slice(1) : args, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  console.log(`Installing ${packages.join(", ")} from Debian's packages for the tests…`);
  run(["apt-get", "update"]);
  run(["apt-get", "install", "-y", "--no-install-recommends", ...packages]);
}
