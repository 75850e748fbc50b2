// A kubeconfig whose context (or cluster, user, path) name holds a control or bidi character used to put raw
// ESC into `diagnose -o json` through the next-step argvs. Such a name is now refused where the kubeconfig is
// read, with one line that shows it in $'…' quoting; and every displayed command pastes back as the same argv.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { displayCommand, quoteArg } from '../../src/contracts/kubectl-target.js';
import { UserError } from '../../src/errors.js';
import { resolveTarget } from '../../src/target/index.js';
import { UNSAFE } from '../../src/text/sanitize.js';
import { captureOutput } from '../support/capture-output.js';

const dir = mkdtempSync(join(tmpdir(), 'crashcourse-safe-names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const kubeconfig = (names: { context?: string; cluster?: string; user?: string }): string => {
  const { context = 'ctx', cluster = 'c', user = 'u' } = names;
  const file = join(dir, `kc${n++}`);
  const q = JSON.stringify;
  writeFileSync(file, `apiVersion: v1\nkind: Config\ncurrent-context: ${q(context)}\nclusters: [{name: ${q(cluster)}, cluster: {server: "http://127.0.0.1:9"}}]\nusers: [{name: ${q(user)}, user: {token: t}}]\ncontexts: [{name: ${q(context)}, context: {cluster: ${q(cluster)}, user: ${q(user)}, namespace: default}}]\n`);
  return file;
};

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('kubeconfig names with control or bidi characters', () => {
  it('refuses a context named ESC, showing it quoted and how to rename it', () => {
    const msg = refusal(() => resolveTarget({ kubeconfig: kubeconfig({ context: '\u001b' }) }, {}));
    expect(msg).not.toMatch(UNSAFE);
    expect(msg).toContain("context $'\\x1b' holds a control or bidi character");
    expect(msg).toContain("kubectl config rename-context $'\\x1b' NEW-NAME");
  });

  it.each([
    ['a bidi override in the context', { context: 'prod\u202eved' }, "$'prod\\xe2\\x80\\xaeved'"],
    ['a C1 control in the cluster', { cluster: 'c\u009b2J' }, "$'c\\xc2\\x9b2J'"],
    ['a newline in the user', { user: 'u\nx' }, "$'u\\x0ax'"],
  ])('refuses %s', (_what, names, shown) => {
    const msg = refusal(() => resolveTarget({ kubeconfig: kubeconfig(names) }, {}));
    expect(msg).toContain(shown);
    expect(msg).not.toMatch(UNSAFE);
  });

  it('refuses a --kubeconfig path with a control character before reading anything', () => {
    const msg = refusal(() => resolveTarget({ kubeconfig: `${dir}/x\u001b]2;t\u0007` }, {}));
    expect(msg).not.toMatch(UNSAFE);
    expect(msg).toContain("\\x1b]2;t\\x07'");
  });

  it('accepts ordinary names, including quotes and spaces', () => {
    expect(resolveTarget({ kubeconfig: kubeconfig({ context: "it's my ctx", user: 'dev@corp' }) }, {}).contextName).toBe("it's my ctx");
  });

  it.each(['text', 'json', 'markdown'])('diagnose -o %s ends in one clean line, exit 1, nothing on stdout', async (output) => {
    const io = captureOutput();
    try {
      const code = await main(['diagnose', 'web-1', '--kubeconfig', kubeconfig({ context: '\u001b' }), '-o', output, '--request-timeout', '30s']);
      expect(code).toBe(1);
      expect(io.out()).toBe('');
      expect(io.err()).toMatch(/^kubectl-crashcourse: context \$'\\x1b' holds a control or bidi character[^\n]*\n$/);
    } finally {
      vi.restoreAllMocks();
    }
  });
});

describe('scan --all-contexts over a hostile context name', () => {
  it.each(['json', 'text'])('-o %s names the context in $\'…\' quoting, with no raw control character', async (output) => {
    const io = captureOutput();
    try {
      const code = await main(['scan', '--all-contexts', '--kubeconfig', kubeconfig({ context: '\u001b' }), '-o', output, '--request-timeout', '30s']);
      expect(code).toBe(1);
      expect(io.out()).not.toMatch(UNSAFE);
      expect(io.err()).not.toMatch(UNSAFE);
      if (output === 'json') expect(JSON.stringify(JSON.parse(io.out()))).not.toMatch(/\\u001b/);
      expect(io.out()).toContain(output === 'json' ? "$'\\\\x1b'" : "$'\\x1b'");
    } finally {
      vi.restoreAllMocks();
    }
  });
});

describe('displayed commands', () => {
  const names = ['\u001b', 'prod\u202eved', "it's\n\ttabbed\\", '\u0085x', 'plain', 'with space', "a'b"];

  it('never show a raw control or bidi character', () => {
    for (const name of names) expect(displayCommand(['kubectl', '--context', name, 'get', 'pods'])).not.toMatch(UNSAFE);
  });

  // The command shown must still work when pasted: the shell turns it back into exactly the same argument.
  it.skipIf(spawnSync('bash', ['-c', 'true']).status !== 0)('paste back into bash as the same bytes', () => {
    for (const name of names) {
      const r = spawnSync('bash', ['-c', `printf '%s' ${quoteArg(name)}`]);
      expect(r.stdout.toString('utf8')).toBe(name);
    }
  });
});
