import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiFallback } from '../../src/exec/api-fallback.js';
import { findOnPath } from '../../src/exec/find-program.js';
import { openKubeApi, podsPath, type KubeApi } from '../../src/exec/kube-api.js';
import { Ledger } from '../../src/exec/ledger.js';
import { runOverrideFlow, type OverrideRequest } from '../../src/exec/override.js';
import { createPlanRunner } from '../../src/exec/plan-runner.js';
import type { Pod } from '../../src/k8s/index.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';

const POD = 'default/healthcheck-demo';
let cluster: TrainingCluster;
let kubeconfig: string;

beforeAll(async () => {
  kubeconfig = join(mkdtempSync(join(tmpdir(), 'override-')), 'kubeconfig');
  cluster = await startTrainingCluster({ port: 0, quiet: true, writeKubeconfig: kubeconfig, speed: 20 });
});
afterAll(async () => {
  await cluster?.close();
});

const base: OverrideRequest = { pod: POD, sameNode: false, keepInitContainers: true, dryRun: false, yes: false, cleanup: false, output: 'text', mode: 'run' };

/** The API, with every request it makes written down, so tests can assert what was (not) sent. */
function recordingApi(): { api: KubeApi; calls: string[] } {
  const api = openKubeApi({ kubeconfig });
  const calls: string[] = [];
  return { calls, api: { ...api, request: (method, path, body) => (calls.push(`${method} ${path}`), api.request(method, path, body)) } };
}

async function run(req: Partial<OverrideRequest>, options: { kubectl?: string | null; api?: KubeApi } = {}) {
  const api = options.api ?? openKubeApi({ kubeconfig });
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks = { out: '', err: '' };
  out.on('data', (c: Buffer) => (chunks.out += c.toString()));
  err.on('data', (c: Buffer) => (chunks.err += c.toString()));
  const request = { ...base, ...req };
  const runner = createPlanRunner({ mode: request.mode, kubectl: options.kubectl === undefined ? null : options.kubectl, fallback: createApiFallback(api) });
  const code = await runOverrideFlow(request, {
    api, runner, out, err, interactive: false, confirm: async () => false, ledger: new Ledger(), waitTimeoutMs: 60_000,
  });
  return { code, out: chunks.out, err: chunks.err, runner };
}

async function listPods(): Promise<string[]> {
  const res = await openKubeApi({ kubeconfig }).request('GET', podsPath('default'));
  return ((res.body as { items: Pod[] }).items ?? []).map((p) => p.metadata.name).sort();
}

async function getPod(name: string): Promise<Pod | undefined> {
  const res = await openKubeApi({ kubeconfig }).request('GET', podsPath('default', name));
  return res.status === 200 ? (res.body as Pod) : undefined;
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('override against the training cluster', () => {
  it('with --dry-run creates nothing and prints the kubectl commands, the diff and the debug equivalent', async () => {
    const before = await listPods();
    const r = await run({ dryRun: true });
    expect(r.code).toBe(0);
    expect(await listPods()).toEqual(before);
    expect(r.out).toContain(`kubectl --kubeconfig ${kubeconfig} -n default create --validate=false -f -`);
    expect(r.out).toMatch(/kubectl .*debug healthcheck-demo --copy-to=healthcheck-demo-crashcourse-[a-z0-9]{5} --container=busybox --profile=general -- /);
    expect(r.out).toMatch(/^-\s+livenessProbe:/m);
    expect(r.out).toContain('nothing was created');
  });

  it('in suggest mode sends nothing but reads, and prints the commands to run', async () => {
    const { api, calls } = recordingApi();
    const before = await listPods();
    const r = await run({ mode: 'suggest', yes: true }, { api });
    expect(r.code).toBe(0);
    expect(calls.filter((c) => !c.startsWith('GET '))).toEqual([]);
    expect(await listPods()).toEqual(before);
    expect(r.out).toContain('Suggest mode: nothing was created');
    expect(r.runner.records).toEqual([]);
  });

  it('with --yes --output json creates a running copy with the keep-alive and no probes, never touching the original', async () => {
    const { api, calls } = recordingApi();
    const original = (await getPod('healthcheck-demo'))!;
    const r = await run({ yes: true, output: 'json' }, { api });
    expect(r.code, r.err).toBe(0);
    const result = JSON.parse(r.out) as { copy: string; container: string; command: string[]; removedProbes: unknown[]; entrypoint: { source: string }; exec: string[]; cleanup: string[]; running: boolean };
    expect(result).toMatchObject({ container: 'busybox', running: true, removedProbes: [{ container: 'busybox', probe: 'liveness' }] });
    // The pod sets only args, so ENTRYPOINT comes from the image (busybox has none) and the args replace its CMD.
    expect(result.entrypoint).toMatchObject({ source: 'image', command: [], args: ['/bin/sh', '-c', 'sleep infinity'] });
    expect(result.exec).toEqual(expect.arrayContaining(['exec', '-it', '-c', 'busybox']));
    const copy = (await getPod(result.copy.split('/')[1]!))!;
    expect(copy.status?.phase).toBe('Running');
    expect(copy.spec.containers[0]!.command).toEqual(result.command);
    expect(copy.spec.containers[0]!.args).toBeUndefined();
    expect(copy.spec.containers[0]!.livenessProbe).toBeUndefined();
    expect(copy.metadata.labels).toEqual({ 'app.kubernetes.io/managed-by': 'kubectl-crashcourse', 'kubectl-crashcourse/source-pod': 'healthcheck-demo' });
    expect(copy.metadata.ownerReferences ?? []).toEqual([]);

    const after = (await getPod('healthcheck-demo'))!;
    expect(after.spec).toEqual(original.spec);
    expect(after.metadata.labels).toEqual(original.metadata.labels);
    if (JSON.stringify(after.status) === JSON.stringify(original.status)) expect(after.metadata.resourceVersion).toBe(original.metadata.resourceVersion);
    expect(calls.filter((c) => !c.startsWith('GET ') && c.split('?')[0]!.endsWith('/pods/healthcheck-demo'))).toEqual([]);

    const cleaned = await run({ cleanup: true, yes: true, output: 'json' });
    expect(cleaned.code).toBe(0);
    expect(JSON.parse(cleaned.out).cleanup.deleted).toEqual([copy.metadata.name]);
    await waitFor('the copy to be gone', async () => (await getPod(copy.metadata.name)) === undefined);
    expect(await getPod('healthcheck-demo')).toBeDefined();

    const again = await run({ cleanup: true, yes: true });
    expect(again.code).toBe(0);
    expect(again.out).toContain('nothing to clean up');
  });

  it('refuses to create without a yes when there is no terminal to ask on', async () => {
    const before = await listPods();
    await expect(run({})).rejects.toThrow(/without a yes/);
    expect(await listPods()).toEqual(before);
  });

  it('cleans up by label even when the source pod no longer exists', async () => {
    const r = await run({ pod: 'default/deleted-long-ago', cleanup: true, yes: true });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('nothing to clean up');
  });

  it('reports a pod that does not exist as a one-line user error', async () => {
    await expect(run({ pod: 'default/no-such-pod', dryRun: true })).rejects.toThrow(/pods "no-such-pod" not found in namespace "default"/);
  });

  it('reads ENTRYPOINT from the training registry when the pod spec sets no command', async () => {
    const r = await run({ pod: 'monitoring/grafana-snhbqlgdwr-tx6qh', dryRun: true, output: 'json' });
    expect(r.code, r.err).toBe(0);
    const result = JSON.parse(r.out) as { entrypoint: { command: string[]; source: string }; created: boolean };
    expect(result.entrypoint).toMatchObject({ source: 'image', command: ['/run.sh'] });
    expect(result.created).toBe(false);
  });

  it('explains a copy whose keep-alive is missing from the image and suggests --command', async () => {
    const r = await run({ pod: 'platform/config-server-qvb2bcxmgq-9fk2d', yes: true });
    expect(r.code).toBe(1);
    // The image has neither sleep, a shell nor tail: each keep-alive is tried in turn, then the user is told.
    expect(r.err).toMatch(/The copy did not start: the keep-alive in \S+ stopped \(StartError, exit code 128.*\(tried: sleep infinity; .*while true.*; tail -f \/dev\/null\)/);
    expect(r.err).toContain('--command');
    expect(r.runner.records.filter((x) => x.planId === 'override-create')).toHaveLength(3);
    expect(r.runner.records.filter((x) => x.planId === 'override-delete')).toHaveLength(2);
    const cleaned = await run({ pod: 'platform/config-server-qvb2bcxmgq-9fk2d', cleanup: true, yes: true });
    expect(cleaned.code, cleaned.err).toBe(0);
  });

  it('falls back to a shell loop when the image has a shell but no sleep, deleting the failed copy', async () => {
    const pod = 'monitoring/grafana-snhbqlgdwr-tx6qh';
    const r = await run({ pod, yes: true, output: 'json' });
    expect(r.code, r.err).toBe(0);
    const result = JSON.parse(r.out) as { copy: string; command: string[]; running: boolean };
    expect(result.running).toBe(true);
    expect(result.command).toEqual(['/bin/sh', '-c', 'while true; do sleep 3600; done']);
    const deletes = r.runner.records.filter((x) => x.planId === 'override-delete');
    expect(deletes).toHaveLength(1);
    await waitFor('only the working copy to remain', async () => {
      const res = await openKubeApi({ kubeconfig }).request('GET', `${podsPath('monitoring')}?labelSelector=${encodeURIComponent('app.kubernetes.io/managed-by=kubectl-crashcourse')}`);
      const names = ((res.body as { items: Pod[] }).items ?? []).map((p) => p.metadata.name);
      return names.length === 1 && names[0] === result.copy.split('/')[1];
    });
    expect((await run({ pod, cleanup: true, yes: true })).code).toBe(0);
  });

  it('through real kubectl, creates the copy and cleans it up', async () => {
    const kubectl = findOnPath('kubectl');
    if (!kubectl) {
      console.log('skipped: kubectl is not on PATH, so the override went through the API only');
      return;
    }
    const r = await run({ yes: true, output: 'json' }, { kubectl });
    expect(r.code, r.err).toBe(0);
    expect(r.runner.records.find((x) => x.planId === 'override-create')).toMatchObject({ outcome: 'ran', exitCode: 0 });
    const name = (JSON.parse(r.out) as { copy: string }).copy.split('/')[1]!;
    expect((await getPod(name))?.status?.phase).toBe('Running');
    const cleaned = await run({ cleanup: true, yes: true }, { kubectl });
    expect(cleaned.code, cleaned.err).toBe(0);
    expect(cleaned.runner.records[0]?.argv).toContain('delete');
    await waitFor('the copy to be gone', async () => (await getPod(name)) === undefined);
  });
});

describe('override without permission to create pods', () => {
  let forbidden: TrainingCluster;
  let config: string;
  beforeAll(async () => {
    config = join(mkdtempSync(join(tmpdir(), 'override-forbid-')), 'kubeconfig');
    forbidden = await startTrainingCluster({ port: 0, quiet: true, writeKubeconfig: config, forbid: ['create:pods'] });
  });
  afterAll(async () => {
    await forbidden?.close();
  });

  it('names the missing permission, prints the commands for someone who has it, and exits 1', async () => {
    const api = openKubeApi({ kubeconfig: config });
    const out = new PassThrough();
    const err = new PassThrough();
    let errText = '';
    let outText = '';
    err.on('data', (c: Buffer) => (errText += c.toString()));
    out.on('data', (c: Buffer) => (outText += c.toString()));
    const runner = createPlanRunner({ mode: 'run', kubectl: null, fallback: createApiFallback(api) });
    const code = await runOverrideFlow({ ...base, yes: true }, { api, runner, out, err, interactive: false, confirm: async () => false });
    expect(code).toBe(1);
    // One error line; the commands for someone with the permission are information, on stdout.
    expect(errText.trim().split('\n')).toHaveLength(1);
    expect(errText).toContain('not allowed to create pods in namespace default');
    expect(outText).toMatch(/kubectl .* create --validate=false -f copy\.yaml/);
    expect(outText).toMatch(/kubectl .* exec -it healthcheck-demo-crashcourse-/);
    expect(runner.records).toEqual([]);
  });
});
