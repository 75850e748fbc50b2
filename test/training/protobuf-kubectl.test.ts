import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pod } from '../../src/k8s/objects.js';
import { decodePodProtobuf, PROTOBUF_CONTENT_TYPE } from '../../src/training/protobuf/index.js';
import { kubectlMissing, runKubectl, startFakeApi, type FakeApi } from './exec-test-server.js';

const web: Pod = {
  metadata: { name: 'web', namespace: 'default', uid: 'uid-web', labels: { app: 'web' } },
  spec: {
    nodeName: 'node-1',
    restartPolicy: 'Always',
    containers: [
      {
        name: 'app',
        image: 'busybox:1.36',
        command: ['sh', '-c', 'sleep 5; exit 3'],
        resources: { limits: { memory: '64Mi', cpu: '250m' }, requests: { memory: '32Mi' } },
        ports: [{ containerPort: 8080, protocol: 'TCP' }],
        env: [{ name: 'MODE', value: 'prod' }],
      },
    ],
  },
  status: { phase: 'Running' },
};

describe('a Pod that real kubectl sends as protobuf', () => {
  let api: FakeApi;
  let skip: string | undefined;

  beforeAll(async () => {
    skip = await kubectlMissing();
    api = await startFakeApi({ pods: [web] });
  });
  afterAll(async () => api.close());

  it('decodes the body of kubectl debug --copy-to with the new command, image and resources', async () => {
    if (skip) {
      console.log(`skipped: ${skip}`);
      return;
    }
    const result = await runKubectl(api, ['debug', 'web', '--copy-to=web-debug', '--container=app', '--', 'sleep', 'infinity']);
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.code).toBe(0);
    expect(api.created).toHaveLength(1);
    const [sent] = api.created;
    expect(sent?.contentType).toBe(PROTOBUF_CONTENT_TYPE);
    const pod = decodePodProtobuf(sent?.body ?? Buffer.alloc(0));
    expect(pod.metadata.name).toBe('web-debug');
    const app = pod.spec.containers.find((c) => c.name === 'app');
    expect(app?.command).toEqual(['sleep', 'infinity']);
    expect(app?.args).toBeUndefined();
    expect(app?.image).toBe('busybox:1.36');
    expect(app?.resources).toEqual({ limits: { memory: '64Mi', cpu: '250m' }, requests: { memory: '32Mi' } });
    expect(app?.ports).toEqual([{ containerPort: 8080, protocol: 'TCP' }]);
    expect(app?.env).toEqual([{ name: 'MODE', value: 'prod' }]);
    expect(pod.spec.restartPolicy).toBe('Always');
  });
});
