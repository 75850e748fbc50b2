import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiFallback } from '../../src/exec/api-fallback.js';
import { openKubeApi } from '../../src/exec/kube-api.js';
import { createPlanRunner } from '../../src/exec/plan-runner.js';
import { kubectl } from '../../src/contracts/kubectl-target.js';
import type { Plan } from '../../src/contracts/plan.js';
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

const read = (argv: string[]): Plan => ({ id: 'r', title: 't', argv, purpose: 'p', risk: 'read' });

describe('reads without kubectl go through the API', () => {
  it('reads previous logs, events and the pod as YAML, as the commands would show them', async () => {
    const api = openKubeApi({ kubeconfig });
    const runner = createPlanRunner({ mode: 'run', kubectl: null, fallback: createApiFallback(api) });
    const target = { kubeconfig, namespace: 'default' };
    const pod = await runner.run(read(kubectl(target, 'get', 'pod', 'healthcheck-demo', '-o', 'yaml')), { confirmed: false });
    expect(pod).toMatchObject({ outcome: 'ran', exitCode: 0 });
    expect(pod.output).toMatch(/livenessProbe:/);
    const events = await runner.run(read(kubectl(target, 'get', 'events', '--field-selector', 'involvedObject.name=healthcheck-demo')), { confirmed: false });
    expect(events.output).toMatch(/Unhealthy|Killing|BackOff/);
    const missing = await runner.run(read(kubectl(target, 'logs', 'no-such-pod', '--previous')), { confirmed: false });
    expect(missing).toMatchObject({ outcome: 'ran', exitCode: 1 });
    expect(missing.output).toMatch(/NotFound|not found/);
  });
});

describe('changing plans carry a typed intent', () => {
  it('the fallback acts on the intent, not on a re-parse of the argv shown', async () => {
    const api = openKubeApi({ kubeconfig });
    const calls: string[] = [];
    const recording = { ...api, request: (m: 'GET' | 'POST' | 'DELETE', p: string, b?: unknown) => (calls.push(`${m} ${p}`), api.request(m, p, b)) };
    const runner = createPlanRunner({ mode: 'run', kubectl: null, fallback: createApiFallback(recording) });
    // The argv names another pod and namespace: only the intent decides what is deleted.
    const plan: Plan = {
      id: 'override-delete', title: 't', purpose: 'p', risk: 'delete',
      argv: kubectl({ namespace: 'elsewhere' }, 'delete', 'pod', 'some-other-pod'),
      intent: { kind: 'delete-copy', namespace: 'default', name: 'gone-copy-abc12', gracePeriodSeconds: 0, ignoreNotFound: true },
    };
    const r = await runner.run(plan, { confirmed: true });
    expect(r).toMatchObject({ outcome: 'ran', exitCode: 0 });
    expect(calls).toEqual(['DELETE /api/v1/namespaces/default/pods/gone-copy-abc12?gracePeriodSeconds=0']);
  });
});
