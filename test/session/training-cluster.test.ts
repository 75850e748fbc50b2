// The session against the training cluster, with the real reader, analysis and executor: Enter pressed 30
// times, and a create left unconfirmed, change nothing in the cluster; a read runs through real kubectl.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnose } from '../../src/analysis/index.js';
import { openLiveReader } from '../../src/cluster/index.js';
import type { ClusterReader } from '../../src/cluster/read-port.js';
import { gatherEvidence } from '../../src/evidence/index.js';
import { createPlanRunner } from '../../src/exec/index.js';
import { loadBuiltinFlows, type Flow } from '../../src/flow/index.js';
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

async function podNames(): Promise<string[]> {
  return (await reader.listPods(undefined)).items.map((p) => `${p.metadata.namespace}/${p.metadata.name}`).sort();
}

function open(pod: string, runner = createPlanRunner({ mode: 'run' })): Session {
  const [namespace, name] = pod.split('/') as [string, string];
  const target = { kubeconfig, context, namespace };
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
});
