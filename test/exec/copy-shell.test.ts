// The wizard's shell in a copy runs as the override actor's last leg: after the shell, a typed yes deletes the
// copy; a no prints its exact delete command. Driven with a stand-in kubectl and a recording runner.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Plan, RunRecord } from '../../src/contracts/plan.js';
import { runCopyShell } from '../../src/exec/copy-shell.js';
import { planOf } from '../../src/plans/plan-argv.js';

const target = { namespace: 'shop', context: 'kind' };
const shell = planOf('override-shell', 't', { target, kind: 'exec-shell', pod: 'web-crashcourse-ab12c', container: 'app', shells: ['sh', '/bin/sh'] }, 'p', 'read', { interactive: true });

function kubectl(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'copy-shell-')), 'kubectl');
  writeFileSync(path, '#!/bin/sh\nexit 0\n');
  chmodSync(path, 0o755);
  return path;
}

async function run(answer: boolean, deleteExit = 0) {
  const ran: Plan[] = [];
  const out = new PassThrough();
  let text = '';
  out.on('data', (c) => (text += String(c)));
  const runner = { run: async (plan: Plan): Promise<RunRecord> => (ran.push(plan), { planId: plan.id, argv: plan.argv, startedAt: 0, durationMs: 0, exitCode: deleteExit, output: deleteExit ? 'forbidden' : '', outcome: 'ran' }) };
  const result = await runCopyShell(shell, { kubectlPath: kubectl(), runner, out, confirm: async () => answer });
  return { result, ran, text };
}

describe('the wizard\'s shell in a copy', () => {
  it('after the shell, a typed yes deletes the copy and says so', async () => {
    const { result, ran, text } = await run(true);
    expect(result).toMatchObject({ shellExit: 0, deleted: { namespace: 'shop', name: 'web-crashcourse-ab12c' }, output: { copy: 'deleted', exitCode: 0 } });
    expect(ran.map((p) => p.argv.join(' '))).toEqual(['kubectl --context kind -n shop delete pod web-crashcourse-ab12c --grace-period=1 --wait=false --ignore-not-found']);
    expect(text).toContain('Deleted web-crashcourse-ab12c.');
  });

  it('a no, or a delete that fails, prints the exact delete command and deletes nothing more', async () => {
    for (const [answer, exit] of [[false, 0], [true, 1]] as const) {
      const { result, text } = await run(answer, exit);
      expect(result.deleted).toBeUndefined();
      expect(result.output.copy).toBe('declared');
      expect(text).toContain('Delete it with:\n  kubectl --context kind -n shop delete pod web-crashcourse-ab12c --grace-period=1 --wait=false --ignore-not-found');
    }
  });
});
