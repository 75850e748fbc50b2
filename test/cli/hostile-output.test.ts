// Outside text carrying terminal escapes (status reasons, messages, titles, names) must reach no output raw.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import { main } from '../../src/cli/main.js';
import { UNSAFE } from '../../src/text/sanitize.js';
import { captureOutput } from '../support/capture-output.js';

const CLIPBOARD = '\u001b]52;c;ZWNobyBwd25lZA==\u0007';
const TITLE = '\u001b]2;owned';
const BIDI = '\u202e\u2066';
const C1 = '\u009b2J\u0085';
const HOSTILE = `${CLIPBOARD}${TITLE}${BIDI}${C1}`;

const root = mkdtempSync(join(tmpdir(), 'crashcourse-hostile-'));
const dir = join(root, 'db');
cpSync('scenarios/database-connection-refused', dir, { recursive: true });
const podFile = join(dir, 'invoice-api.yaml');
const docs = parseAllDocuments(readFileSync(podFile, 'utf8')).map((d) => d.toJS() as Record<string, any>);
const pod = docs.find((d) => d['kind'] === 'Pod')!;
for (const s of pod['status']['containerStatuses']) {
  if (s.state?.waiting) s.state.waiting = { reason: `CrashLoopBackOff${HOSTILE}`, message: `back-off 5m0s restarting failed container${HOSTILE}` };
  if (s.lastState?.terminated) s.lastState.terminated.reason = `Error${HOSTILE}`;
}
writeFileSync(podFile, docs.map((d) => stringify(d)).join('---\n'));
const metaFile = join(dir, 'scenario.yaml');
writeFileSync(metaFile, readFileSync(metaFile, 'utf8').replace(/^title: .*$/m, `title: ${JSON.stringify(`Hostile ${HOSTILE} title`)}`));
const kubeconfig = join(root, 'kubeconfig');
writeFileSync(kubeconfig, `apiVersion: v1
kind: Config
current-context: x
clusters: [{name: c, cluster: {server: "https://127.0.0.1:9"}}]
contexts: [{name: x, context: {cluster: c}}]
users: []
`);
const POD = `billing/${pod['metadata'].name}`;

afterEach(() => vi.restoreAllMocks());
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** JSON.stringify escapes C0 controls itself; what matters is the strings a consumer decodes. */
function decodedStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(decodedStrings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...decodedStrings(v)]);
  return [];
}

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureOutput();
  const code = await main(argv);
  return { code, out: io.out(), err: io.err() };
}

describe('hostile text from a scenario never reaches the terminal raw', () => {
  it.each(['text', 'json', 'markdown'])('diagnose -o %s prints no control or bidi character', async (output) => {
    const r = await run(['diagnose', POD, '--from', dir, '-o', output, '--no-color']);
    expect(r.out).toContain('ECONNREFUSED');
    expect(r.out).not.toMatch(UNSAFE);
    if (output === 'json') expect(decodedStrings(JSON.parse(r.out)).filter((t) => UNSAFE.test(t))).toEqual([]);
    expect(r.err).not.toMatch(UNSAFE);
  });

  it.each(['text', 'json'])('scan -o %s prints no control or bidi character and still names the status', async (output) => {
    const r = await run(['scan', '-A', '--from', dir, '-o', output, '--no-color']);
    expect(r.out).toContain(pod['metadata'].name);
    expect(r.out).not.toMatch(UNSAFE);
    if (output === 'json') expect(decodedStrings(JSON.parse(r.out)).filter((t) => UNSAFE.test(t))).toEqual([]);
  });

  it('training-cluster --list prints titles without control characters', async () => {
    const r = await run(['training-cluster', '--scenarios', dir, '--list']);
    expect(r.out).toContain('Hostile');
    expect(r.out).not.toMatch(UNSAFE);
  });
});

describe('error messages do not echo control characters from arguments', () => {
  it.each([
    ['a pod argument', ['diagnose', `web${HOSTILE}`, '--from', dir]],
    ['a context name', ['diagnose', 'web', '--context', `prod${HOSTILE}`, '--kubeconfig', kubeconfig]],
    ['a missing --from directory', ['scan', '--from', join(root, `nope${HOSTILE}`)]],
    ['an unknown command', [`scna${HOSTILE}`]],
    ['an unknown option', ['scan', `--x${HOSTILE}`]],
  ])('%s', async (_what, argv) => {
    const r = await run(argv);
    expect(r.code).not.toBe(0);
    expect(r.err.length).toBeGreaterThan(0);
    expect(r.err).not.toMatch(UNSAFE);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});
