import { mkdtempSync, writeFileSync, chmodSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPlanRunner } from '../../src/exec/plan-runner.js';
import { runArgv } from '../../src/exec/run-argv.js';
import type { Plan } from '../../src/contracts/plan.js';

// A stand-in kubectl that records its argv and stdin, so the tests see exactly what would have run.
function fakeKubectl(): { path: string; calls: () => string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'fake-kubectl-'));
  const log = join(dir, 'calls.log');
  const path = join(dir, 'kubectl');
  writeFileSync(path, `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\ncat >> '${log}'\nprintf 'done \\033[31mred\\033[0m\\n'\n`);
  chmodSync(path, 0o755);
  return { path, calls: () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []) };
}

const create: Plan = { id: 'override-create', title: 't', argv: ['kubectl', '-n', 'ns', 'create', '-f', '-'], purpose: 'p', risk: 'create', manifest: 'kind: Pod\n' };
const read: Plan = { id: 'describe', title: 't', argv: ['kubectl', '-n', 'ns', 'get', 'pods'], purpose: 'p', risk: 'read' };

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
    expect(k.calls()).toEqual(['-n ns create -f -', 'kind: Pod']);
  });

  it('in suggest mode shows a create even when confirmed, and runs nothing', async () => {
    const k = fakeKubectl();
    const runner = createPlanRunner({ mode: 'suggest', kubectl: k.path });
    const r = await runner.run(create, { confirmed: true });
    expect(r.outcome).toBe('shown');
    expect(r.output).toBe('kubectl -n ns create -f -');
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

describe('the plan runner and our own CLI', () => {
  it('runs a kubectl-crashcourse plan as a child node process, only after confirmation for a create', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'self-cli-'));
    const cli = join(dir, 'cli.js');
    writeFileSync(cli, 'process.stdout.write(JSON.stringify(process.argv.slice(2)))');
    const runner = createPlanRunner({ mode: 'run', kubectl: null, selfCli: cli });
    const plan: Plan = { id: 'override-copy', title: 't', argv: ['kubectl-crashcourse', 'override', 'ns/p', '--yes', '--output', 'json'], purpose: 'p', risk: 'create' };
    expect((await runner.run(plan, { confirmed: false })).outcome).toBe('declined');
    const r = await runner.run(plan, { confirmed: true });
    expect(r.outcome).toBe('ran');
    expect(JSON.parse(r.output)).toEqual(['override', 'ns/p', '--yes', '--output', 'json']);
  });
});

describe('interactive plans', () => {
  const shell: Plan = { id: 'override-shell', title: 't', argv: ['kubectl', '-n', 'ns', 'exec', '-it', 'copy', '-c', 'app', '--', 'sh'], purpose: 'p', risk: 'read', interactive: true };

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
