// The session against the training cluster, with the real reader, analysis and executor: Enter pressed 30
// times, and a create left unconfirmed, change nothing in the cluster; a read runs through real kubectl.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnose } from '../../src/report/diagnose.js';
import { openLiveReader } from '../../src/cluster/index.js';
import type { ClusterReader } from '../../src/contracts/read-port.js';
import { gatherEvidence } from '../../src/evidence/index.js';
import { createPlanRunner } from '../../src/exec/index.js';
import { makeRunner } from '../../src/cli/wizard-runner.js';
import type { PlanRunner } from '../../src/contracts/plan.js';
import { loadBuiltinFlows, type Flow } from '../../src/flow/index.js';
import { packageRoot } from '../../src/paths.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { createSession, type Session } from '../../src/session/index.js';
import { waitFor } from './fakes.js';

let cluster: TrainingCluster;
let reader: ClusterReader;
let context: string;
let kubeconfig: string;
let flows: Flow[];

beforeAll(async () => {
  kubeconfig = join(mkdtempSync(join(tmpdir(), 'session-training-')), 'kubeconfig');
  cluster = await startTrainingCluster({ port: 0, writeKubeconfig: kubeconfig, quiet: true });
  const handle = await openLiveReader({ kubeconfig });
  reader = handle.reader;
  context = handle.context;
  flows = await loadBuiltinFlows();
});
afterAll(async () => {
  await cluster?.close();
});

/** Pods that exist and are not on their way out (a deleted pod lingers as Terminating for its grace period). */
async function podNames(): Promise<string[]> {
  return (await reader.listPods(undefined)).items
    .filter((p) => !p.metadata.deletionTimestamp)
    .map((p) => `${p.metadata.namespace}/${p.metadata.name}`)
    .sort();
}

function open(pod: string, given?: PlanRunner): Session {
  const [namespace, name] = pod.split('/') as [string, string];
  const target = { kubeconfig, context, namespace };
  // The wizard's own runner: kubectl for reads, our override in this process.
  const runner = given ?? makeRunner({ mode: 'run', readOnly: false, training: false, scenarios: [], color: false }, target);
  return createSession({
    pod,
    target,
    gather: () => gatherEvidence(reader, namespace, name, { tailLines: 200, limitBytes: 1 << 20, target }),
    diagnose: (evidence) => diagnose({ evidence, target }),
    runner,
    flows,
  });
}

describe('a session on the training cluster', () => {
  it('creates nothing when Enter is pressed 30 times, nor when an override is asked for and never confirmed', async () => {
    const before = await podNames();
    const pods = cluster.scenarios.filter((s) => s.meta.pod && s.meta.cause).map((s) => s.meta.pod!);
    expect(pods.length).toBeGreaterThan(0);
    for (const pod of pods.slice(0, 6)) {
      const session = open(pod);
      await waitFor(session, (s) => s.phase === 'walking', `${pod} to be diagnosed`, 15_000);
      for (let i = 0; i < 30; i++) session.send({ type: 'NEXT' });
      expect(session.getSnapshot().step?.result, pod).toBeDefined();
      session.send({ type: 'CHOOSE', choice: 'look-inside' });
      if (session.getSnapshot().step?.id === 'look-inside') {
        session.send({ type: 'RUN', plan: 'override-copy' });
        for (let i = 0; i < 30; i++) session.send({ type: 'NEXT' });
        session.send({ type: 'CONFIRM', yes: false });
      }
      expect(session.getSnapshot().created).toEqual([]);
      expect(session.getSnapshot().runs.every((r) => r.outcome === 'declined')).toBe(true);
      session.stop();
    }
    expect(await podNames()).toEqual(before);
  });

  it('runs a read plan through kubectl and records its output', async () => {
    const runner = createPlanRunner({ mode: 'run' });
    if (!runner.kubectlPath) {
      console.log('kubectl is not on PATH: the read cannot run through it here');
      return;
    }
    const pod = cluster.scenarios.find((s) => s.meta.cause === 'oom-killed')?.meta.pod ?? cluster.scenarios.find((s) => s.meta.pod)!.meta.pod!;
    const session = open(pod, runner);
    await waitFor(session, (s) => s.phase === 'walking', `${pod} to be diagnosed`, 15_000);
    session.send({ type: 'RUN', plan: 'describe-pod' });
    const s = await waitFor(session, (x) => x.runs.length === 1 && x.phase === 'walking', 'kubectl describe to finish', 60_000);
    expect(s.runs[0]).toMatchObject({ planId: 'describe-pod', outcome: 'ran', exitCode: 0 });
    expect(s.runs[0]!.output).toContain(pod.split('/')[1]);
    session.stop();
  });

  it('creates the override copy only after yes, and deletes it when the user quits and agrees', async () => {
    const scenario = cluster.scenarios.find((s) => s.meta.cause === 'unknown' && s.meta.pod) ?? cluster.scenarios.find((s) => s.meta.cause === 'oom-killed')!;
    const pod = scenario.meta.pod!;
    const [namespace, name] = pod.split('/') as [string, string];
    const original = await reader.getPod(namespace, name);
    const before = await podNames();
    const session = open(pod);
    await waitFor(session, (s) => s.phase === 'walking', `${pod} to be diagnosed`, 15_000);
    for (let i = 0; i < 30 && session.getSnapshot().step?.id !== 'look-inside'; i++) session.send({ type: 'NEXT' });
    if (session.getSnapshot().step?.id !== 'look-inside') session.send({ type: 'CHOOSE', choice: 'look-inside' });
    expect(session.getSnapshot().step?.id).toBe('look-inside');

    session.send({ type: 'RUN', plan: 'override-copy' });
    expect(await podNames()).toEqual(before);
    session.send({ type: 'CONFIRM', yes: true });
    let s = await waitFor(session, (x) => x.phase === 'walking' && x.runs.length === 1, 'the copy to be made', 120_000);
    expect(s.runs[0], s.runs[0]?.output).toMatchObject({ planId: 'override-copy', outcome: 'ran', exitCode: 0 });
    const copy = s.created[0]!;
    expect(copy.namespace).toBe(namespace);
    expect(await podNames()).toEqual([...before, `${namespace}/${copy.name}`].sort());
    expect(s.step?.plans.find((p) => p.id === 'override-shell')?.argv).toContain(copy.name);

    session.send({ type: 'QUIT' });
    expect(session.getSnapshot().pendingConfirmation?.risk).toBe('delete');
    session.send({ type: 'CONFIRM', yes: true });
    s = await waitFor(session, (x) => x.phase === 'done', 'the cleanup to finish', 60_000);
    expect(s.created[0]?.cleanedUp).toBe(true);
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && (await podNames()).length !== before.length) await new Promise((r) => setTimeout(r, 100));
    expect(await podNames()).toEqual(before);
    const after = await reader.getPod(namespace, name);
    expect(after.spec).toEqual(original.spec);
    session.stop();
  });
});
