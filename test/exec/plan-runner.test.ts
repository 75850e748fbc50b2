import { mkdtempSync, writeFileSync, chmodSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPlanRunner } from '../../src/exec/plan-runner.js';
import { runArgv } from '../../src/exec/run-argv.js';
import type { Plan } from '../../src/contracts/plan.js';
import { planOf } from '../../src/plans/plan-argv.js';

const ns = { namespace: 'ns' };

// A stand-in kubectl that records its argv and stdin, so the tests see exactly what would have run.
function fakeKubectl(): { path: string; calls: () => string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'fake-kubectl-'));
  const log = join(dir, 'calls.log');
  const path = join(dir, 'kubectl');
  writeFileSync(path, `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\ncat >> '${log}'\nprintf 'done \\033[31mred\\033[0m\\n'\n`);
  chmodSync(path, 0o755);
  return { path, calls: () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []) };
}

const create = planOf('override-create', 't', { target: ns, kind: 'create-copy', dryRun: false }, 'p', 'create', { manifest: 'kind: Pod\n' });
const read = planOf('get-pods', 't', { target: ns, kind: 'list', resources: 'pods' }, 'p', 'read');

describe('the plan runner', () => {
  it('runs a read at once, and records it with sanitised output', async () => {
    const k = fakeKubectl();
    const runner = createPlanRunner({ mode: 'run', kubectl: k.path });
    const r = await runner.run(read, { confirmed: false });
    expect(r.outcome).toBe('ran');
    expect(r.exitCode).toBe(0);
    expect(r.output).toBe('done red\n');
    expect(k.calls()).toEqual(['-n ns get pods']);
    expect(runner.records).toHaveLength(1);
  });

  it('does not create without confirmation, and pipes the manifest when confirmed', async () => {
    const k = fakeKubectl();
    const runner = createPlanRunner({ mode: 'run', kubectl: k.path });
    expect((await runner.run(create, { confirmed: false })).outcome).toBe('declined');
    expect(k.calls()).toEqual([]);
    expect((await runner.run(create, { confirmed: true })).outcome).toBe('ran');
    expect(k.calls()).toEqual(['-n ns create --validate=false -f -', 'kind: Pod']);
  });

  it('in suggest mode shows a create even when confirmed, and runs nothing', async () => {
    const k = fakeKubectl();
    const runner = createPlanRunner({ mode: 'suggest', kubectl: k.path });
    const r = await runner.run(create, { confirmed: true });
    expect(r.outcome).toBe('shown');
    expect(r.output).toBe('kubectl -n ns create --validate=false -f -');
    expect(k.calls()).toEqual([]);
  });

  it('in read-only mode refuses anything that changes the cluster', async () => {
    const k = fakeKubectl();
    const runner = createPlanRunner({ mode: 'run', readOnly: true, kubectl: k.path });
    const r = await runner.run({ ...create, risk: 'delete' }, { confirmed: true });
    expect(r.outcome).toBe('failed');
    expect(r.output).toMatch(/read-only/);
    expect(k.calls()).toEqual([]);
  });

  it('without kubectl, uses the API fallback when it knows the plan and says why otherwise', async () => {
    const runner = createPlanRunner({ mode: 'run', kubectl: null, fallback: (p) => (p.id === 'override-create' ? Promise.resolve({ exitCode: 0, output: 'pod/x created' }) : undefined) });
    expect(await runner.run(create, { confirmed: true })).toMatchObject({ outcome: 'ran', output: 'pod/x created' });
    const r = await runner.run(read, { confirmed: false });
    expect(r.outcome).toBe('failed');
    expect(r.output).toMatch(/kubectl is not on PATH/);
  });
});

describe('runArgv', () => {
  it('passes arguments through without a shell and keeps at most maxBytes of output', async () => {
    const r = await runArgv(['node', '-e', 'process.stdout.write("x".repeat(5000)); console.log(process.argv[1])', '$(rm -rf /); `id`'], { maxBytes: 100 });
    expect(r.exitCode).toBe(0);
    expect(r.output.startsWith('x'.repeat(100))).toBe(true);
    expect(r.output).toMatch(/more bytes not kept/);
  });

  it('reports a program that is not installed instead of throwing', async () => {
    const r = await runArgv(['kubectl-crashcourse-no-such-program']);
    expect(r.exitCode).toBeNull();
    expect(r.startError).toMatch(/not installed or not on PATH/);
  });

  it('kills a program that runs past its time-out', async () => {
    const r = await runArgv(['node', '-e', 'setTimeout(() => {}, 60000)'], { timeoutMs: 300 });
    expect(r.timedOut).toBe(true);
  });
});

describe('the plan runner and our own commands', () => {
  const override = planOf('override-copy', 't', { target: ns, kind: 'start-override', pod: 'p', container: 'app', dryRun: false }, 'p', 'create',
    { undoIntent: { target: ns, kind: 'cleanup-override', pod: 'p' } });

  it('calls the in-process function for the intent (never a child CLI), only after confirmation for a create', async () => {
    const calls: unknown[] = [];
    const own = {
      'start-override': async (intent: unknown) => (calls.push(intent), { exitCode: 0, output: 'Created ns/p-crashcourse-ab12c.', created: [{ namespace: 'ns', name: 'p-crashcourse-ab12c' }] }),
      'cleanup-override': async () => ({ exitCode: 0, output: '' }),
      'trace-entrypoint': async () => ({ exitCode: 0, output: '' }),
    };
    const runner = createPlanRunner({ mode: 'run', kubectl: fakeKubectl().path, own });
    expect((await runner.run(override, { confirmed: false })).outcome).toBe('declined');
    expect(calls).toEqual([]);
    const r = await runner.run(override, { confirmed: true });
    expect(r).toMatchObject({ outcome: 'ran', exitCode: 0, created: [{ namespace: 'ns', name: 'p-crashcourse-ab12c' }] });
    expect(calls).toEqual([override.intent]);
  });

  it('without the in-process functions, says to run the command shown instead of spawning anything', async () => {
    const k = fakeKubectl();
    const r = await createPlanRunner({ mode: 'run', kubectl: k.path }).run(override, { confirmed: true });
    expect(r.outcome).toBe('failed');
    expect(r.output).toContain('run it yourself: kubectl-crashcourse override ns/p --container app --yes');
    expect(k.calls()).toEqual([]);
  });
});

describe('interactive plans', () => {
  const shell: Plan = planOf('override-shell', 't', { target: ns, kind: 'exec-shell', pod: 'copy', container: 'app', shells: ['sh', '/bin/sh', '/busybox/sh'] }, 'p', 'read', { interactive: true });

  it('are only shown when nobody can give them the terminal', async () => {
    const runner = createPlanRunner({ mode: 'run', kubectl: fakeKubectl().path });
    expect(await runner.run(shell, { confirmed: false })).toMatchObject({ outcome: 'shown', output: 'kubectl -n ns exec -it copy -c app -- sh' });
  });

  it('get the terminal between release and reclaim, trying the next shell when one is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-exec-'));
    const log = join(dir, 'calls.log');
    const path = join(dir, 'kubectl');
    // Exits 127 for "sh" (not in the image) and 0 for "/bin/sh", like kubectl exec does.
    writeFileSync(path, `#!/bin/sh\nfor last; do :; done\nprintf '%s\\n' "$last" >> '${log}'\n[ "$last" = sh ] && exit 127\nexit 0\n`);
    chmodSync(path, 0o755);
    const events: string[] = [];
    const runner = createPlanRunner({ mode: 'run', kubectl: path, terminal: { release: () => void events.push('release'), reclaim: () => void events.push('reclaim') } });
    const r = await runner.run(shell, { confirmed: false });
    expect(r).toMatchObject({ outcome: 'ran', exitCode: 0 });
    expect(r.output).toContain('/bin/sh');
    expect(readFileSync(log, 'utf8').split('\n').filter(Boolean)).toEqual(['sh', '/bin/sh']);
    expect(events).toEqual(['release', 'reclaim']);
  });
});
