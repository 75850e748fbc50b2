// The catalogue as the training cluster serves it: every scenario's pod and its logs reach an API client
// unchanged, so what a trainee reads with kubectl is what the scenario files say.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KubeList, KubeEvent, Pod } from '../../src/k8s/index.js';
import { readScenarioLog, type Scenario } from '../../src/scenario/index.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { shiftTimes } from '../../src/training/log-clock.js';

let cluster: TrainingCluster;
beforeAll(async () => {
  cluster = await startTrainingCluster({ port: 0, static: true, quiet: true });
});
afterAll(async () => cluster?.close());

const get = async (path: string): Promise<Response> => fetch(`${cluster.url}${path}`);
const podPath = (s: Scenario): string => {
  const [ns, name] = String(s.meta.pod).split('/');
  return `/api/v1/namespaces/${ns}/pods/${name}`;
};

describe('the built-in catalogue on the training cluster', () => {
  it('serves every scenario\'s pod with the status the files give it', async () => {
    for (const scenario of cluster.scenarios) {
      const response = await get(podPath(scenario));
      expect(response.status, scenario.name).toBe(200);
      const served = (await response.json()) as Pod;
      const [ns, name] = String(scenario.meta.pod).split('/');
      const file = scenario.objects.find((o) => o.kind === 'Pod' && o.metadata.namespace === ns && o.metadata.name === name) as Pod;
      expect(served.metadata.uid, scenario.name).toBe(file.metadata.uid);
      expect(served.status?.phase, scenario.name).toBe(file.status?.phase);
      const reasons = (p: Pod) => [...(p.status?.initContainerStatuses ?? []), ...(p.status?.containerStatuses ?? [])].map((c) => [c.name, c.restartCount, c.lastState?.terminated?.exitCode]);
      expect(reasons(served), scenario.name).toEqual(reasons(file));
    }
  });

  it('serves each failing container\'s previous log byte for byte, its timestamps moved as its run was', async () => {
    for (const scenario of cluster.scenarios) {
      for (const log of scenario.logs.filter((l) => l.previous && l.size > 0)) {
        const response = await get(`/api/v1/namespaces/${log.namespace}/pods/${log.pod}/log?container=${log.container}&previous=true&tailLines=200`);
        expect(response.status, `${scenario.name} ${log.container}`).toBe(200);
        const served = Buffer.from(await response.arrayBuffer());
        // The run's start as recorded and as served: the log's own times move by the same whole seconds.
        const startOf = (p: Pod | undefined): number => Date.parse([...(p?.status?.containerStatuses ?? []), ...(p?.status?.initContainerStatuses ?? [])].find((c) => c.name === log.container)?.lastState?.terminated?.startedAt ?? '');
        const file = scenario.objects.find((o) => o.kind === 'Pod' && (o.metadata.namespace ?? 'default') === log.namespace && o.metadata.name === log.pod) as Pod | undefined;
        const live = (await (await get(`/api/v1/namespaces/${log.namespace}/pods/${log.pod}`)).json()) as Pod;
        const seconds = (startOf(live) - startOf(file)) / 1000;
        expect(Number.isInteger(seconds), `${scenario.name} ${log.container}`).toBe(true);
        const expected = shiftTimes((await readScenarioLog(log, { tailLines: 200 })).bytes, seconds, startOf(file));
        expect(served.equals(expected), `${scenario.name} ${log.container}`).toBe(true);
      }
    }
  });

  it('finds each scenario pod\'s events by the pod\'s uid', async () => {
    for (const scenario of cluster.scenarios) {
      const served = (await (await get(podPath(scenario))).json()) as Pod;
      const ns = served.metadata.namespace ?? 'default';
      const response = await get(`/api/v1/namespaces/${ns}/events?fieldSelector=${encodeURIComponent(`involvedObject.uid=${served.metadata.uid}`)}`);
      expect(response.status, scenario.name).toBe(200);
      const events = (await response.json()) as KubeList<KubeEvent>;
      expect(events.items.length, scenario.name).toBeGreaterThan(0);
    }
  });
});
