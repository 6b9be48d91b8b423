/**
 * One webpack config with named entries (Office-Addin-TaskPane-React layout): `taskpane` (the pane,
 * which is also the browser playground outside Office), `commands` (ribbon handlers, once they
 * exist), and the Web Workers `parser` (the playground's .xlsx reader) and `validator` (the pane's checks). Production builds go to dist/; the dev server serves https://localhost:3000.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const DEV_PORT = 3000;
const root = __dirname;
const exists = (relative) => fs.existsSync(path.join(root, relative));

/** Certificates made by `npx office-addin-dev-certs install`, used only if already installed. */
function officeDevCerts() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  if (!Object.values(files).every((file) => fs.existsSync(path.join(dir, file)))) return undefined;
  return Object.fromEntries(Object.entries(files).map(([k, file]) => [k, fs.readFileSync(path.join(dir, file))]));
}

function devServer(env) {
  const common = {
    // `--env port=N` lets the dev-server benchmark run beside a developer's own server.
    port: Number(env.port) || DEV_PORT,
    host: 'localhost',
    headers: { 'Access-Control-Allow-Origin': '*' },
    // Everything is served from memory; a stale dist/ must not shadow it.
    static: false,
    client: { overlay: { warnings: false } },
  };
  if (env.http) return { ...common, server: 'http' };
  const certs = officeDevCerts();
  if (certs) return { ...common, server: { type: 'https', options: certs } };
  console.warn(
    '[budget-lint] 未找到 ~/.office-addin-dev-certs 的开发证书：使用临时自签名证书（浏览器会提示不安全）。' +
      '如需在 Excel 中旁加载，请先运行 npx office-addin-dev-certs install。',
  );
  return { ...common, server: 'https' };
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const entries = {
    taskpane: './src/taskpane/index.tsx',
    // The playground's .xlsx parser runs in a Web Worker: a fixed name the page can start, chunks loaded
    // with importScripts (a worker has no document for the default script-tag loading).
    parser: { import: './src/playground/parse.worker.ts', filename: 'parser.js', chunkLoading: 'import-scripts' },
    // The pane validates in a Web Worker too, in Excel and the playground alike: served beside taskpane.html.
    validator: {
      import: './src/taskpane/validation/validator.worker.ts',
      filename: 'validator.js',
      chunkLoading: 'import-scripts',
    },
  };
  const pages = [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './src/taskpane/taskpane.html',
      chunks: ['taskpane'],
    }),
  ];
  if (exists('src/commands/commands.ts') && exists('src/commands/commands.html')) {
    entries.commands = './src/commands/commands.ts';
    pages.push(
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
    );
  }

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-source-map',
    entry: entries,
    output: {
      path: path.join(root, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      // exceljs ships a self-contained browser build; prefer it over its Node entry.
      mainFields: ['browser', 'module', 'main'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext' } } },
        },
      ],
    },
    // exceljs alone is ~1 MB; it lives in the lazily loaded playground chunk, never in Excel.
    performance: { hints: false },
    cache: { type: 'filesystem', buildDependencies: { config: [__filename] } },
    // webpack's own cache (and anything else written under node_modules/.cache) must not look like an edit:
    // a file written there while serving triggered a recompile, whose output was written there again.
    watchOptions: { ignored: ['**/node_modules/.cache/**', '**/.git/**'] },
    plugins: [
      ...pages,
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', noErrorOnMissing: true, globOptions: { ignore: ['**/.gitkeep'] } },
          { from: 'manifest*.xml', to: '[name][ext]', noErrorOnMissing: true },
          { from: 'samples/pingxiang-2023-department-budget.xlsx', to: 'assets/samples/[name][ext]' },
        ],
      }),
    ],
    // Only `webpack serve` needs (and should warn about) certificates.
    devServer: process.env.WEBPACK_SERVE ? devServer(env) : undefined,
  };
};
