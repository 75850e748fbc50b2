// One derivation of every kubectl command: a typed intent → planArgv (src/plans/plan-argv.ts). A file that
// writes ['kubectl', …] or calls the kubectl(target, …) helper itself builds an argv nothing else can reason
// about (the API fallback, the session's "was this cleaned up", the display all read the intent). This fails
// when a new one appears.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');
// A literal argv starting with "kubectl", or a call of the contracts' kubectl(target, …) helper.
const HAND_BUILT = /\[\s*['"`]kubectl['"`]\s*[,\]]|(?<![.\w])kubectl\(/;
const ALLOWED = new Map([
  ['plans/plan-argv.ts', 'the one intent → argv function'],
  ['contracts/kubectl-target.ts', 'defines the kubectl(target, …) prefix planArgv uses'],
  ['watch/result.ts', 'names this tool as a kubectl plugin (`kubectl crashcourse NS/POD`), not a kubectl command'],
]);

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* sourceFiles(p);
    else if (/\.tsx?$/.test(name)) yield p;
  }
}

// Comments may name commands; only code counts.
const code = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

describe('kubectl argvs', () => {
  it('the pattern catches both ways of building one by hand', () => {
    expect(HAND_BUILT.test("const a = ['kubectl', 'get', 'pods'];")).toBe(true);
    expect(HAND_BUILT.test('steps.push(kubectl(target, "logs", pod));')).toBe(true);
    expect(HAND_BUILT.test("const a = planArgv(intent); x.kubectl(y); 'kubectl-crashcourse'")).toBe(false);
  });

  it('are built only by planArgv from a typed intent', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const rel = relative(SRC, file).split('\\').join('/');
      if (ALLOWED.has(rel)) continue;
      code(readFileSync(file, 'utf8')).split('\n').forEach((line, i) => {
        if (HAND_BUILT.test(line)) offenders.push(`${rel}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
