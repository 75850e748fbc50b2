// Scenario and dump files are untrusted too: a wrong type, an alias bomb or a kubeconfig bomb is named with
// its file and line, never an internal error.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureOutput } from '../support/capture-output.js';
import { POD_YAML, tempTree } from './scenario-fixtures.js';

const tree = tempTree();
afterAll(() => tree.cleanup());
afterEach(() => vi.restoreAllMocks());

async function run(argv: string[]): Promise<{ code: number; err: string }> {
  const io = captureOutput();
  const code = await main(argv);
  return { code, err: io.err() };
}

const BOMB = `a: &a ["x","x","x","x","x","x","x","x","x"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
`;

describe('diagnose --from names malformed scenario objects', () => {
  it.each([
    ['containerStatuses "garbage"', POD_YAML.replace(/  containerStatuses:[\s\S]*$/, '  containerStatuses: garbage\n'), /web-1\.yaml:\d+: .*status\.containerStatuses: expected array/],
    ['phase {a: b}', POD_YAML.replace('phase: Running', 'phase: {a: b}'), /web-1\.yaml:\d+: .*status\.phase: expected string/],
    ['an exit code that is text', POD_YAML.replace('exitCode: 1', 'exitCode: one'), /lastState\.terminated\.exitCode: expected number/],
    ['containers that are a mapping', POD_YAML.replace(/  containers:\n  - name: app/, '  containers:\n    app:\n      name: app\n  x:\n  - name: app'), /spec\.containers: expected array/],
  ])('%s', async (name, yaml, expected) => {
    const dir = tree.write({ [`${name.replace(/\W+/g, '-')}/web-1.yaml`]: yaml });
    const r = await run(['diagnose', 'web-1', '--from', `${dir}/${name.replace(/\W+/g, '-')}`]);
    expect(r.err).not.toMatch(/internal error/);
    expect(r.err).toMatch(expected);
    expect(r.code).toBe(1);
  });

  it('a YAML alias bomb is refused with the file named', async () => {
    const dir = tree.write({ 'bomb/web-1.yaml': `${POD_YAML}---\n${BOMB}` });
    const r = await run(['diagnose', 'web-1', '--from', `${dir}/bomb`]);
    expect(r.err).not.toMatch(/internal error/);
    expect(r.err).toMatch(/web-1\.yaml.*alias/i);
  });

  it('a kubeconfig alias bomb is refused with the file named', async () => {
    const dir = tree.write({ 'kc/config': `apiVersion: v1\nkind: Config\n${BOMB}` });
    const r = await run(['diagnose', 'web-1', '--kubeconfig', `${dir}/kc/config`]);
    expect(r.err).not.toMatch(/internal error/);
    expect(r.err).toMatch(/kc\/config.*alias/i);
    expect(r.code).toBe(1);
  });
});
