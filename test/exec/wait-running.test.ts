import { describe, expect, it } from 'vitest';
import type { KubeApi } from '../../src/exec/kube-api.js';
import { waitUntilRunning } from '../../src/exec/wait-running.js';
import type { Pod, PodStatus } from '../../src/k8s/index.js';

function apiServing(statuses: PodStatus[]): KubeApi {
  let i = 0;
  const pod = (status: PodStatus): Pod => ({ metadata: { name: 'copy', namespace: 'ns' }, spec: { containers: [{ name: 'app' }] }, status });
  return {
    context: 'c', namespace: 'ns', server: 'http://127.0.0.1', target: { namespace: 'ns' },
    request: async () => ({ status: 200, body: pod(statuses[Math.min(i++, statuses.length - 1)]!) }),
  };
}

describe('waitUntilRunning', () => {
  it('returns once the container runs, after seeing it pending', async () => {
    const api = apiServing([{ phase: 'Pending' }, { phase: 'Running', containerStatuses: [{ name: 'app', ready: true, restartCount: 0, state: { running: {} } }] }]);
    expect((await waitUntilRunning(api, 'ns', 'copy', 'app', { timeoutMs: 5000, intervalMs: 1 })).ok).toBe(true);
  });

  it('explains an image that cannot be pulled without waiting for the deadline', async () => {
    const api = apiServing([{ phase: 'Pending', containerStatuses: [{ name: 'app', ready: false, restartCount: 0, state: { waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image "x"' } } }] }]);
    const r = await waitUntilRunning(api, 'ns', 'copy', 'app', { timeoutMs: 60_000, intervalMs: 1 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/cannot be pulled \(ImagePullBackOff/);
  });

  it('says a pod that stays Pending was not scheduled, with the scheduler\'s message', async () => {
    const api = apiServing([{ phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: '0/3 nodes are available: 3 Insufficient memory.' }] }]);
    const r = await waitUntilRunning(api, 'ns', 'copy', 'app', { timeoutMs: 0, intervalMs: 1 });
    expect(!r.ok && r.reason).toMatch(/not scheduled \(Unschedulable: 0\/3 nodes are available/);
  });

  it('marks a keep-alive the image lacks so the caller can try another', async () => {
    const api = apiServing([{ phase: 'Failed', containerStatuses: [{ name: 'app', ready: false, restartCount: 0, state: { terminated: { exitCode: 127, reason: 'Error', message: 'sleep: not found' } } }] }]);
    const r = await waitUntilRunning(api, 'ns', 'copy', 'app', { timeoutMs: 1000, intervalMs: 1 });
    expect(!r.ok && r.keepAliveMissing).toBe(true);
    expect(!r.ok && r.hint).toContain('--command');
  });
});
