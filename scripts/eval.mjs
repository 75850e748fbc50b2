// `npm run eval`: bundles bench/eval/main.ts (which imports the TypeScript cases under test/) with esbuild into a
// temporary directory and runs it; precision and recall per cause are printed. `--misses` lists each miss.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Inside node_modules so the bundle's external packages (yaml, …) resolve as they do for the sources.
const cache = join(root, 'node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const out = mkdtempSync(join(cache, 'crashcourse-eval-'));
try {
  await build({
    entryPoints: [join(root, 'bench/eval/main.ts')], outfile: join(out, 'eval.mjs'), bundle: true, format: 'esm', platform: 'node',
    target: 'node20', packages: 'external', logLevel: 'warning',
  });
  await import(pathToFileURL(join(out, 'eval.mjs')).href);
} finally {
  rmSync(out, { recursive: true, force: true });
}
