// Bundles the CLI with esbuild: unbundled, Ink + client-node take over a second to start on Node 20;
// bundled with code splitting, commands that do not draw a UI never load Ink or React.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { chmodSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
rmSync(outdir, { recursive: true, force: true });

await build({
  entryPoints: { cli: join(root, 'src/cli/entry.ts'), complete: join(root, 'src/cli/complete-entry.ts') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  chunkNames: 'chunks/[name]-[hash]',
  // client-node's URL parser (tr46) requires the `punycode` builtin, which Node 21+ deprecates with a warning
  // on stderr for code outside node_modules: the userland package is the same code without the warning.
  alias: { 'react-devtools-core': join(root, 'scripts/stubs/react-devtools-core.js'), punycode: join(root, 'node_modules/punycode/punycode.js') },
  define: { 'process.env.NODE_ENV': '"production"', __CRASHCOURSE_VERSION__: JSON.stringify(version), __CRASHCOURSE_PARSE_CACHE__: 'true' },
  // Bundled CommonJS dependencies (client-node) still call require().
  banner: { js: "import { createRequire as __crashcourseCreateRequire } from 'node:module'; const require = __crashcourseCreateRequire(import.meta.url);" },
});
for (const bin of ['cli.js', 'complete.js']) chmodSync(join(outdir, bin), 0o755);

// The built-in scenarios parsed once, here, with the code just bundled: the training cluster then starts without
// parsing their YAML (src/scenario/parse-cache.ts). The builder is bundled into dist/ (so it finds the package
// root), run, and removed.
const builder = join(outdir, '.parse-cache-build.mjs');
await build({
  entryPoints: [join(root, 'src/scenario/parse-cache-build.ts')],
  outfile: builder,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  define: { __CRASHCOURSE_VERSION__: JSON.stringify(version), __CRASHCOURSE_PARSE_CACHE__: 'false' },
  banner: { js: "import { createRequire as __crashcourseCreateRequire } from 'node:module'; const require = __crashcourseCreateRequire(import.meta.url);" },
});
execFileSync(process.execPath, [builder, join(outdir, 'parse-cache.json')], { stdio: 'inherit' });
rmSync(builder);
