// Where the shipped data lives (flows/, scenarios/), found from this module whether it runs from src/ (tests)
// or from the dist/ bundle: walk up to the package root.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'kubectl-crashcourse') return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('kubectl-crashcourse: cannot find the package root (package.json)');
    dir = up;
  }
}

export const builtinScenariosDir = (): string => join(packageRoot(), 'scenarios');
export const builtinFlowsDir = (): string => join(packageRoot(), 'flows');
