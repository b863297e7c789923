/* Webpack build in the shape of Microsoft's Excel custom-functions template. */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { Compilation, sources } = require("webpack");

const urlDev = "https://localhost:3000";
// Where the add-in is hosted in production (no trailing slash); the manifest's and the functions'
// help URLs are rewritten to it in production builds.
const urlProd = (process.env.DEAL_PUBLIC_URL || urlDev).replace(/\/+$/, "");

// The files that declare a DEAL function for Excel's metadata: those with a @customfunction tag.
const functionsDir = path.resolve(__dirname, "src/functions");
const functionFiles = fs
  .readdirSync(functionsDir)
  .filter((file) => file.endsWith(".ts"))
  .filter((file) =>
    fs.readFileSync(path.join(functionsDir, file), "utf8").includes("@customfunction")
  )
  .map((file) => `./src/functions/${file}`);

/** The function reference (docs/functions.md) as the page each function's help link opens. */
async function helpPage() {
  const { marked } = await import("marked");
  const body = marked.parse(fs.readFileSync(path.resolve(__dirname, "docs/functions.md"), "utf8"));
  return `<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>DEAL function reference</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
code,pre{background:#f3f2f1;border-radius:4px}pre{padding:.75rem;overflow:auto}table{border-collapse:collapse}
td,th{border:1px solid #c8c6c4;padding:.25rem .5rem}</style></head><body>${body}</body></html>`;
}

/**
 * Finishes functions.json: sets `allowErrorForDataTypeAny` (the metadata generator has no JSDoc tag
 * for it), so that error values reach DEAL's `any` parameters and get a message naming the
 * argument instead of passing through the cell unexplained; and points help URLs at the host.
 */
class FinishFunctionsMetadataPlugin {
  constructor(hostUrl) {
    this.hostUrl = hostUrl;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FinishFunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "FinishFunctionsMetadataPlugin",
          stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return;
          const metadata = JSON.parse(asset.source.source().toString());
          metadata.allowErrorForDataTypeAny = true;
          for (const fn of metadata.functions)
            fn.helpUrl = fn.helpUrl.replace(urlDev, this.hostUrl);
          const json = JSON.stringify(metadata, null, 2);
          compilation.updateAsset("functions.json", new sources.RawSource(json));
        }
      );
    });
  }
}

/**
 * The development certificate. office-addin-dev-certs creates it and installs its CA as trusted;
 * where it cannot install the CA (Linux without sudo), the files it created are used as they are,
 * and the browser must be told to trust ca.crt (README, "Sideload into Excel").
 */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const read = (name) => fs.readFileSync(path.join(dir, name));
    console.warn(
      `The development CA could not be installed as trusted (${error.message}); using ${dir}.`
    );
    return { ca: read("ca.crt"), key: read("localhost.key"), cert: read("localhost.crt") };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    // Source maps for development only: production should not ship the sources.
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // ES modules, so that webpack can tree-shake (a CommonJS require of
            // @fluentui/react-components would bundle all of Fluent, icons included).
            options: {
              transpileOnly: true,
              compilerOptions: { sourceMap: true, module: "es2020" },
            },
          },
        },
      ],
    },
    // Excel's custom-functions runtime loads functions.js alone: no shared or runtime chunks.
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionFiles }),
      new FinishFunctionsMetadataPlugin(dev ? urlDev : urlProd),
      new HtmlWebpackPlugin({
        filename: "functions.html",
        template: "./src/functions/functions.html",
        chunks: ["functions"],
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: [],
      }),
      new HtmlWebpackPlugin({ filename: "help.html", templateContent: helpPage, inject: false }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd);
            },
          },
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: serving ? await httpsOptions() : undefined },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
