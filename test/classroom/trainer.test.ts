// Trainer controls against a running training cluster: reveal the answer to the room, reset a fixed pod so it
// fails again, and inject a fresh failing copy mid-session. The pods are read back through the API.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { openKubeApi } from '../../src/exec/index.js';
import { podsPath } from '../../src/exec/kube-api.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { captureOutput } from '../support/capture-output.js';

const dir = mkdtempSync(join(tmpdir(), 'crashcourse-trainer-'));
const kc = join(dir, 'kc.yaml');
let cluster: TrainingCluster;
beforeAll(async () => {
  cluster = await startTrainingCluster({ port: 0, quiet: true, writeKubeconfig: kc, speed: 50 });
});
afterAll(async () => {
  await cluster.close();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => vi.restoreAllMocks());

const api = () => openKubeApi({ kubeconfig: kc, context: 'kubectl-crashcourse-training' });
type PodBody = { spec: { containers: { args?: string[] }[] }; status?: { containerStatuses?: { ready: boolean; restartCount: number }[] } };
const getPod = async (name: string) => (await api().request('GET', podsPath('default', name))).body as PodBody;
const until = async (cond: () => Promise<boolean>): Promise<void> => {
  for (let i = 0; !(await cond()); i++) {
    if (i > 100) throw new Error('condition not met in 10 s');
    await new Promise((r) => setTimeout(r, 100));
  }
};

async function run(argv: string[]) {
  const io = captureOutput();
  const code = await main(argv);
  return { code, out: io.out(), err: io.err() };
}

describe('trainer controls', () => {
  it('reveals the answer, its evidence and the shortest path, in the room’s language', async () => {
    const r = await run(['class', 'reveal', 'liveness-probe-missing-file', '--lang', 'zh-CN']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('已向全班公布答案：存活探针（liveness probe）杀掉了容器 (liveness-probe)');
    expect(r.out).toMatch(/failed liveness probe/);
    expect(r.out).toContain('最短路径（4 步）：事件说明了什么 → 探针检查失败');
  });

  it('resets a fixed pod: the scenario’s failing spec is back, and it is not Ready', async () => {
    await api().request('DELETE', podsPath('default', 'healthcheck-demo'));
    await until(async () => (await api().request('GET', podsPath('default', 'healthcheck-demo'))).status === 404);
    const fixed = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'healthcheck-demo', namespace: 'default' }, spec: { containers: [{ name: 'busybox', image: 'busybox', args: ['/bin/sh', '-c', 'touch /tmp/healthy; sleep infinity'] }] } };
    expect((await api().request('POST', podsPath('default'), fixed)).status).toBe(201);
    await until(async () => (await getPod('healthcheck-demo')).status?.containerStatuses?.[0]?.ready === true);

    const r = await run(['class', 'reset', 'liveness-probe-missing-file', '--kubeconfig', kc]);
    expect(r).toMatchObject({ code: 0, out: 'Scenario liveness-probe-missing-file reset.\n' });
    const pod = await getPod('healthcheck-demo');
    expect(pod.spec.containers[0]!.args).toEqual(['/bin/sh', '-c', 'sleep infinity']);
    // The simulated kubelet kills it again on its failing probe: it restarts and is never Ready for long.
    await until(async () => ((await getPod('healthcheck-demo')).status?.containerStatuses?.[0]?.restartCount ?? 0) > 0);
  });

  it('injects a fresh failing copy under a new name', async () => {
    const r = await run(['class', 'inject', 'liveness-probe-missing-file', '--kubeconfig', kc, '--name', 'hc-injected']);
    expect(r).toMatchObject({ code: 0, out: 'Injected: liveness-probe-missing-file (default/hc-injected).\n' });
    await until(async () => ((await getPod('hc-injected')).status?.containerStatuses?.[0]?.restartCount ?? 0) > 0);
  });

  it('refuses to change any cluster but the training one', async () => {
    const other = join(dir, 'other.yaml');
    writeFileSync(other, `apiVersion: v1\nkind: Config\nclusters: [{name: prod, cluster: {server: "${cluster.url}", insecure-skip-tls-verify: true}}]\nusers: [{name: u, user: {}}]\ncontexts: [{name: prod, context: {cluster: prod, user: u}}]\ncurrent-context: prod\n`);
    const r = await run(['class', 'reset', 'all', '--kubeconfig', other]);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/^kubectl-crashcourse: .*kubectl-crashcourse-training/);
  });
});
