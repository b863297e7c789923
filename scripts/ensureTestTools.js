/*
 * Installs the Debian packages the tests drive (Chromium for the taskpane's browser test;
 * LibreOffice Calc and poppler's pdftoppm for the LibreOffice check) when they are missing, so
 * that `npm test` works on a fresh Debian or Ubuntu machine. Uses apt-get as root, or through
 * sudo; elsewhere it says what to install and stops.
 */
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");

const TOOLS = [
  { binary: "/usr/bin/chromium", packages: ["chromium"] },
  { binary: "/usr/bin/soffice", packages: ["libreoffice-calc"] },
  { binary: "/usr/bin/pdftoppm", packages: ["poppler-utils"] },
];

const missing = TOOLS.filter((tool) => !fs.existsSync(tool.binary));
if (missing.length > 0) {
  const packages = missing.flatMap((tool) => tool.packages);
  const hasAptGet = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (!hasAptGet) {
    console.error(
      `The tests need ${packages.join(", ")} (${missing.map((t) => t.binary).join(", ")}). Install them and run npm test again.`
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
