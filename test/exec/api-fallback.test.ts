import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiFallback } from '../../src/exec/api-fallback.js';
import { openKubeApi } from '../../src/exec/kube-api.js';
import { createPlanRunner } from '../../src/exec/plan-runner.js';
import { kubectl } from '../../src/contracts/kubectl-target.js';
import type { Plan, PlanIntent } from '../../src/contracts/plan.js';
import { planArgv, planOf } from '../../src/plans/plan-argv.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';

let cluster: TrainingCluster;
let kubeconfig: string;
beforeAll(async () => {
  kubeconfig = join(mkdtempSync(join(tmpdir(), 'fallback-')), 'kubeconfig');
  cluster = await startTrainingCluster({ port: 0, quiet: true, static: true, writeKubeconfig: kubeconfig });
});
afterAll(async () => {
  await cluster?.close();
});

const read = (intent: PlanIntent): Plan => planOf('r', 't', intent, 'p', 'read');

describe('reads without kubectl go through the API', () => {
  it('reads previous logs, events and the pod as YAML, as the commands would show them', async () => {
    const api = openKubeApi({ kubeconfig });
    const runner = createPlanRunner({ mode: 'run', kubectl: null, fallback: createApiFallback(api) });
    const target = { kubeconfig, namespace: 'default' };
    const pod = await runner.run(read({ target, kind: 'get-yaml', resource: 'pod', name: 'healthcheck-demo' }), { confirmed: false });
    expect(pod).toMatchObject({ outcome: 'ran', exitCode: 0 });
    expect(pod.output).toMatch(/livenessProbe:/);
    const events = await runner.run(read({ target, kind: 'read-events', pod: 'healthcheck-demo' }), { confirmed: false });
    expect(events.output).toMatch(/Unhealthy|Killing|BackOff/);
    const missing = await runner.run(read({ target, kind: 'read-logs', pod: 'no-such-pod', container: 'app', previous: true, tailLines: 100 }), { confirmed: false });
    expect(missing).toMatchObject({ outcome: 'ran', exitCode: 1 });
    expect(missing.output).toMatch(/NotFound|not found/);
  });
});

describe('plans carry a typed intent', () => {
  it('the fallback acts on the intent, not on a re-parse of the argv shown', async () => {
    const api = openKubeApi({ kubeconfig });
    const calls: string[] = [];
    const recording = { ...api, request: (m: 'GET' | 'POST' | 'DELETE', p: string, b?: unknown) => (calls.push(`${m} ${p}`), api.request(m, p, b)) };
    const runner = createPlanRunner({ mode: 'run', kubectl: null, fallback: createApiFallback(recording) });
    // The argv names another pod and namespace: only the intent decides what is deleted.
    const plan: Plan = {
      id: 'override-delete', title: 't', purpose: 'p', risk: 'delete',
      argv: kubectl({ namespace: 'elsewhere' }, 'delete', 'pod', 'some-other-pod'),
      intent: { target: { namespace: 'default' }, kind: 'delete-copy', name: 'gone-copy-abc12', gracePeriodSeconds: 0, ignoreNotFound: true },
    };
    const r = await runner.run(plan, { confirmed: true });
    expect(r).toMatchObject({ outcome: 'ran', exitCode: 0 });
    expect(calls).toEqual(['DELETE /api/v1/namespaces/default/pods/gone-copy-abc12?gracePeriodSeconds=0']);
  });

  it('a read goes where its intent says, whatever its argv claims', async () => {
    const api = openKubeApi({ kubeconfig });
    const calls: string[] = [];
    const recording = { ...api, request: (m: 'GET' | 'POST' | 'DELETE', p: string, b?: unknown) => (calls.push(`${m} ${p}`), api.request(m, p, b)) };
    const runner = createPlanRunner({ mode: 'run', kubectl: null, fallback: createApiFallback(recording) });
    const intent: PlanIntent = { target: { kubeconfig, namespace: 'default' }, kind: 'read-logs', pod: 'healthcheck-demo', container: 'app', previous: false, tailLines: 5 };
    const r = await runner.run({ ...planOf('logs-current', 't', intent, 'p', 'read'), argv: kubectl({ namespace: 'elsewhere' }, 'get', 'secrets') }, { confirmed: false });
    expect(r.outcome).toBe('ran');
    expect(calls).toEqual(['GET /api/v1/namespaces/default/pods/healthcheck-demo/log?limitBytes=262144&container=app&tailLines=5']);
  });

  it('every argv shown is derived from the intent by one function', () => {
    const target = { context: 'kind', namespace: 'shop' };
    expect(planArgv({ target, kind: 'read-logs', pod: 'web', container: 'app', previous: true, tailLines: 200 })).toEqual(['kubectl', '--context', 'kind', '-n', 'shop', 'logs', 'web', '-c', 'app', '--previous', '--tail=200']);
    expect(planArgv({ target, kind: 'delete-copy', name: 'web-crashcourse-ab12c', gracePeriodSeconds: 0, ignoreNotFound: true })).toEqual(['kubectl', '--context', 'kind', '-n', 'shop', 'delete', 'pod', 'web-crashcourse-ab12c', '--grace-period=0', '--force', '--ignore-not-found']);
    expect(planArgv({ target, kind: 'start-override', pod: 'web', container: 'app', dryRun: true })).toEqual(['kubectl-crashcourse', 'override', 'shop/web', '--container', 'app', '--dry-run', '--context', 'kind']);
  });
});
