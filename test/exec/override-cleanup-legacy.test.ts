// One release of grace after the rename: `override --cleanup` still finds the copies made under the former
// name, deletes them like its own, says that they carry that name, and still touches nothing else.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiFallback } from '../../src/exec/api-fallback.js';
import { openKubeApi, podsPath } from '../../src/exec/kube-api.js';
import { Ledger } from '../../src/exec/ledger.js';
import { runOverrideFlow } from '../../src/exec/override.js';
import { createPlanRunner } from '../../src/exec/plan-runner.js';
import type { Pod } from '../../src/k8s/index.js';
import { LEGACY_MANAGED_BY_VALUE, LEGACY_SOURCE_POD_LABEL, MANAGED_BY_LABEL } from '../../src/plans/override-copy.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';

let cluster: TrainingCluster;
let kubeconfig: string;

beforeAll(async () => {
  kubeconfig = join(mkdtempSync(join(tmpdir(), 'crashcourse-legacy-')), 'kubeconfig');
  cluster = await startTrainingCluster({ port: 0, quiet: true, writeKubeconfig: kubeconfig, static: true });
});
afterAll(async () => {
  await cluster?.close();
});

const podWith = (name: string, labels: Record<string, string>): Pod => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', labels },
  spec: { containers: [{ name: 'busybox', image: 'busybox', command: ['sleep', 'infinity'] }], restartPolicy: 'Never' },
});

describe('override --cleanup after the rename', () => {
  it('deletes a copy labelled with the former name, says so, and leaves a look-alike of another pod alone', async () => {
    const api = openKubeApi({ kubeconfig });
    const legacy = podWith('healthcheck-demo-oldname-ab12c', { [MANAGED_BY_LABEL]: LEGACY_MANAGED_BY_VALUE, [LEGACY_SOURCE_POD_LABEL]: 'healthcheck-demo' });
    const stranger = podWith('web-oldname-zz999', { [MANAGED_BY_LABEL]: LEGACY_MANAGED_BY_VALUE, [LEGACY_SOURCE_POD_LABEL]: 'web' });
    for (const p of [legacy, stranger]) expect((await api.request('POST', podsPath('default'), p)).status).toBeLessThan(300);

    const out = new PassThrough();
    let text = '';
    out.on('data', (c: Buffer) => (text += c.toString()));
    const runner = createPlanRunner({ mode: 'run', kubectl: null, fallback: createApiFallback(api) });
    const code = await runOverrideFlow(
      { pod: 'default/healthcheck-demo', sameNode: false, keepInitContainers: true, dryRun: false, yes: true, cleanup: true, output: 'text', mode: 'run' },
      { api, runner, out, err: new PassThrough(), interactive: false, confirm: async () => false, ledger: new Ledger(), waitTimeoutMs: 10_000 },
    );

    expect(code).toBe(0);
    expect(text).toContain(`${legacy.metadata.name} carries the former name (labelled ${LEGACY_MANAGED_BY_VALUE})`);
    expect(text).toContain(`Deleted ${legacy.metadata.name}`);
    const gone = await api.request('GET', podsPath('default', legacy.metadata.name));
    expect(gone.status === 404 || Boolean((gone.body as Pod).metadata.deletionTimestamp)).toBe(true);
    expect((await api.request('GET', podsPath('default', stranger.metadata.name))).status).toBe(200);
  });
});
