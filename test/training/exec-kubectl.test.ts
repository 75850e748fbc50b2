import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pod } from '../../src/k8s/objects.js';
import type { ContainerContext } from '../../src/training/exec/index.js';
import { kubectlMissing, runKubectl, runOnPty, startFakeApi, type FakeApi } from './exec-test-server.js';

const pod = (name: string): Pod => ({
  metadata: { name, namespace: 'default', uid: `uid-${name}` },
  spec: { containers: [{ name: 'app', image: 'busybox:1.36' }] },
  status: { phase: 'Running' },
});

const web: ContainerContext = {
  podName: 'web',
  namespace: 'default',
  container: 'app',
  image: 'busybox:1.36',
  env: { GREETING: 'hello' },
  files: { '/etc/config/app.yaml': 'port: 8080\n' },
  hasShell: true,
  entrypoint: { command: ['/app/server'], log: 'listening on :8080\npanic: runtime error: invalid memory address\n', exitCode: 2 },
};

describe('real kubectl exec against the fake container', () => {
  let api: FakeApi;
  let skip: string | undefined;

  beforeAll(async () => {
    skip = await kubectlMissing();
    api = await startFakeApi({ pods: [pod('web'), pod('distroless')], containers: { web, distroless: { ...web, podName: 'distroless', hasShell: false } } });
  });
  afterAll(async () => api.close());

  const skipped = (): boolean => {
    if (skip) console.log(`skipped: ${skip}`);
    return skip !== undefined;
  };

  it('exits 3 and says so when the command exits 3', async () => {
    if (skipped()) return;
    const result = await runKubectl(api, ['exec', 'web', '--', 'sh', '-c', 'echo about to fail; exit 3']);
    expect(result.stdout).toBe('about to fail\n');
    expect(result.stderr).toContain('command terminated with exit code 3');
    expect(result.code).toBe(3);
  });

  it('runs a piped script through an interactive sh', async () => {
    if (skipped()) return;
    const result = await runKubectl(api, ['exec', '-i', 'web', '--', 'sh'], 'echo hi\necho $GREETING\nexit\n');
    expect(result.stdout).toBe('hi\nhello\n');
    expect(result.code).toBe(0);
  });

  it('reads a mounted ConfigMap file with a one-off command', async () => {
    if (skipped()) return;
    const result = await runKubectl(api, ['exec', 'web', '-c', 'app', '--', 'cat', '/etc/config/app.yaml']);
    expect(result.stdout).toBe('port: 8080\n');
    expect(result.code).toBe(0);
  });

  it('reproduces the crash by running the original entrypoint', async () => {
    if (skipped()) return;
    const result = await runKubectl(api, ['exec', 'web', '--', '/app/server']);
    expect(result.stdout).toContain('panic: runtime error');
    expect(result.stderr).toContain('command terminated with exit code 2');
    expect(result.code).toBe(2);
  });

  it('gives kubectl exec -it a shell that echoes, edits, interrupts and exits with its status', async () => {
    if (skipped()) return;
    const steps = [
      { until: '/ # ', count: 1, send: 'ecx\u007fho hi $GREETING\r' },
      { until: '/ # ', count: 2, send: 'sleep 5\r' },
      { until: 'sleep 5\r\n', count: 1, send: '\u0003' },
      { until: '/ # ', count: 3, send: 'exit 7\r' },
    ];
    const result = await runOnPty(['--kubeconfig', api.kubeconfigPath, '--cache-dir', api.cacheDir, 'exec', '-it', 'web', '--', 'sh'], steps);
    if (typeof result === 'string') {
      console.log(`skipped: ${result}`);
      return;
    }
    expect(result.output).toBe('/ # ecx\b \bho hi $GREETING\r\nhi hello\r\n/ # sleep 5\r\n^C\r\n/ # exit 7\r\ncommand terminated with exit code 7\r\n');
    expect(result.exit).toBe(7);
  });

  it('fails with the runtime error when the image has no shell', async () => {
    if (skipped()) return;
    const result = await runKubectl(api, ['exec', 'distroless', '--', 'sh']);
    expect(result.stderr).toMatch(/^error: Internal error occurred: .*exec: "sh": executable file not found in \$PATH: unknown$/m);
    expect(result.code).toBe(1);
  });
});
