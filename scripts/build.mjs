// Bundles the CLI with esbuild: unbundled, Ink + client-node take over a second to start on Node 20;
// bundled with code splitting, commands that do not draw a UI never load Ink or React.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { chmodSync, readFileSync, rmSync } from 'node:fs';

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
  define: { 'process.env.NODE_ENV': '"production"', __CRASHCOURSE_VERSION__: JSON.stringify(version) },
  // Bundled CommonJS dependencies (client-node) still call require().
  banner: { js: "import { createRequire as __crashcourseCreateRequire } from 'node:module'; const require = __crashcourseCreateRequire(import.meta.url);" },
});
for (const bin of ['cli.js', 'complete.js']) chmodSync(join(outdir, bin), 0o755);
