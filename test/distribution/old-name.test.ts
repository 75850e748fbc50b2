// After the rename nothing may still say the former name, except the one path that cleans up copies made
// under it (for one release) and the changelog that tells users. The patterns are assembled from pieces so
// that this file does not match itself.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';

const OLD = 'tri' + 'age';
const FORMS = [
  new RegExp(`kubectl[-_ ]${OLD}`, 'i'), // the bin, the plugin, the package
  new RegExp(`_complete-${OLD}`, 'i'), // kubectl's plugin completion executable
  new RegExp(`${OLD}/(source-pod|container|original-command|created-at)`, 'i'), // label and annotation keys
  // copy names (POD-<old>-xxxxx, or built in a template literal); not the English word in an anchor like first-<old>-in
  new RegExp(`-${OLD}-(\\$\\{|[a-z0-9]{5}\\b)`, 'i'),
  new RegExp(`['"\`/]${OLD}-`, 'i'), // report file names
];
const ALLOWED = new Set(['CHANGELOG.md', 'src/plans/override-copy.ts']);

function trackedFiles(root: string): string[] {
  const list = (args: string[]) => execFileSync('git', ['ls-files', '-z', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 }).split('\0').filter(Boolean);
  return [...new Set([...list([]), ...list(['--others', '--exclude-standard'])])];
}

describe('the rename', () => {
  it('left the former name nowhere but the cleanup grace path and the changelog', () => {
    const root = packageRoot();
    const hits: string[] = [];
    for (const file of trackedFiles(root)) {
      if (ALLOWED.has(file) || file === 'package-lock.json') continue;
      let text: string;
      try {
        text = readFileSync(join(root, file), 'utf8');
      } catch {
        continue; // deleted in the working tree
      }
      text.split('\n').forEach((line, i) => {
        if (FORMS.some((re) => re.test(line))) hits.push(`${file}:${i + 1}: ${line.trim().slice(0, 120)}`);
      });
    }
    expect(hits).toEqual([]);
  });

  it('keeps the grace path: the former label value is still known to cleanup', () => {
    const source = readFileSync(join(packageRoot(), 'src/plans/override-copy.ts'), 'utf8');
    expect(source).toMatch(new RegExp(`LEGACY_MANAGED_BY_VALUE = 'kubectl-${OLD}'`));
  });
});
