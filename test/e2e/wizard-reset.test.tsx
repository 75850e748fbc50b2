// End to end: the wizard on a real training cluster, through the real backend (kubeconfig and the admin file
// training-cluster --write-kubeconfig wrote). While the trainee's pod keeps crashing and they add objects, R
// and a typed yes put the scenario back: the pod with its recorded restart count and clock, their additions gone.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanup, render } from 'ink-testing-library';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeBackend } from '../../src/cli/wizard-backend.js';
import type { Pod } from '../../src/k8s/index.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { App } from '../../src/ui/app.js';
import { ENTER, waitForText } from '../ui/helpers.js';

const NAME = 'feature-flags-cwxjpcq22n-6hzq4';
let cluster: TrainingCluster;
let dir: string;
let recorded: Pod;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wizard-reset-'));
  cluster = await startTrainingCluster({ port: 0, speed: 100, scenarios: [join(builtinScenariosDir(), 'unknown-flag')], writeKubeconfig: join(dir, 'kubeconfig') });
  recorded = await pod();
});

afterEach(cleanup);
afterAll(async () => {
  await cluster?.close();
  await rm(dir, { recursive: true, force: true });
});

async function pod(): Promise<Pod> {
  return (await (await fetch(`${cluster.url}/api/v1/namespaces/platform/pods/${NAME}`)).json()) as Pod;
}
const restarts = (p: Pod): number => p.status?.containerStatuses?.[0]?.restartCount ?? -1;
/** How long before now the last run finished: the pod's clock as a trainee reads it (AGE, "5m ago"). */
const finishedAgo = (p: Pod): number => Date.now() - Date.parse(p.status?.containerStatuses?.[0]?.lastState?.terminated?.finishedAt ?? '');

describe('the wizard resets a training scenario', () => {
  it('R, yes, Enter: the pod is back with its restart count and clock, and what the trainee added is gone', async () => {
    const atStart = finishedAgo(recorded);
    // The crash loop goes on at --speed 100, and the trainee adds a ConfigMap of their own.
    for (let i = 0; i < 80 && restarts(await pod()) <= restarts(recorded); i++) await new Promise((r) => setTimeout(r, 100));
    expect(restarts(await pod())).toBeGreaterThan(restarts(recorded));
    const added = await fetch(`${cluster.url}/api/v1/namespaces/platform/configmaps`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ metadata: { name: 'trainee-attempt' }, data: { a: '1' } }) });
    expect(added.status).toBe(201);

    const backend = await makeBackend({ kubeconfig: join(dir, 'kubeconfig'), training: false, scenarios: [], mode: 'run', readOnly: false, color: false });
    const connection = await backend.connect(await backend.defaultContext());
    expect(connection.scenarioReset).toBeDefined();
    const { lastFrame, stdin } = render(
      <App backend={backend} start={{ kind: 'pods', connection, namespace: 'platform' }} readOnly={false} color={false} actions={{ copy: async () => '', save: async () => '' }} onExit={() => undefined} />,
    );
    await waitForText(lastFrame, 'feature-flags', 15_000);
    stdin.write('R');
    await waitForText(lastFrame, 'Scenarios to restore: unknown-flag', 15_000);
    stdin.write('yes');
    await waitForText(lastFrame, /cancel: yes/);
    stdin.write(ENTER);
    await waitForText(lastFrame, 'Reset unknown-flag', 15_000);

    const back = await pod();
    expect(restarts(back)).toBe(restarts(recorded));
    // The same distance from now as when the cluster started (a reset shifts the clock to the new now).
    expect(Math.abs(finishedAgo(back) - atStart)).toBeLessThan(5000);
    const left = await fetch(`${cluster.url}/api/v1/namespaces/platform/configmaps/trainee-attempt`);
    expect(left.status).toBe(404);
  }, 40_000);
});
