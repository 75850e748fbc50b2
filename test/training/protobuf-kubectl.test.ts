import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pod } from '../../src/k8s/objects.js';
import { decodePodProtobuf, PROTOBUF_CONTENT_TYPE } from '../../src/training/protobuf/index.js';
import { kubectlMissing, runKubectl, startFakeApi, type FakeApi } from './exec-test-server.js';

const appContainer = {
  name: 'app',
  image: 'busybox:1.36',
  command: ['sh', '-c', 'sleep 5; exit 3'],
  args: ['--verbose'],
  workingDir: '/srv',
  resources: { limits: { memory: '64Mi', cpu: '250m' }, requests: { memory: '32Mi' } },
  ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }],
  env: [
    { name: 'MODE', value: 'prod' },
    { name: 'DB_HOST', valueFrom: { configMapKeyRef: { name: 'web-config', key: 'db_host' } } },
    { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'web-secret', key: 'password', optional: false } } },
    { name: 'POD_IP', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.podIP' } } },
  ],
  envFrom: [{ prefix: 'CFG_', configMapRef: { name: 'web-config' } }],
  volumeMounts: [
    { name: 'config', mountPath: '/etc/config', readOnly: true },
    { name: 'data', mountPath: '/data', subPath: 'web' },
  ],
  livenessProbe: { exec: { command: ['cat', '/tmp/healthy'] }, initialDelaySeconds: 5, periodSeconds: 10, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 },
  readinessProbe: { httpGet: { path: '/ready', port: 'http', scheme: 'HTTP' }, periodSeconds: 5 },
  startupProbe: { tcpSocket: { port: 8080 }, failureThreshold: 30 },
  lifecycle: { preStop: { exec: { command: ['sh', '-c', 'sleep 2'] } } },
  securityContext: { runAsUser: 1000, runAsNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] } },
  imagePullPolicy: 'IfNotPresent',
  terminationMessagePath: '/dev/termination-log',
  terminationMessagePolicy: 'FallbackToLogsOnError',
};

const volumes = [
  { name: 'config', configMap: { name: 'web-config', items: [{ key: 'app.yaml', path: 'app.yaml' }], defaultMode: 420 } },
  { name: 'data', persistentVolumeClaim: { claimName: 'web-data' } },
  { name: 'scratch', emptyDir: { sizeLimit: '1Gi' } },
  { name: 'creds', secret: { secretName: 'web-secret', defaultMode: 256 } },
  { name: 'logs', hostPath: { path: '/var/log', type: 'Directory' } },
];

const web: Pod = {
  metadata: { name: 'web', namespace: 'default', uid: 'uid-web', labels: { app: 'web' }, annotations: { team: 'shop' } },
  spec: {
    nodeName: 'node-1',
    restartPolicy: 'Always',
    terminationGracePeriodSeconds: 30,
    dnsPolicy: 'ClusterFirst',
    serviceAccountName: 'web',
    nodeSelector: { 'kubernetes.io/os': 'linux' },
    securityContext: { runAsUser: 1000, fsGroup: 2000, seccompProfile: { type: 'RuntimeDefault' } },
    imagePullSecrets: [{ name: 'regcred' }],
    tolerations: [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }],
    priority: 0,
    volumes,
    initContainers: [{ name: 'migrate', image: 'busybox:1.36', command: ['sh', '-c', 'exit 0'], resources: {} }],
    containers: [appContainer],
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
    // Everything kubectl keeps must survive the trip through protobuf unchanged.
    const { command: _c, args: _a, ...appRest } = appContainer;
    expect(app).toEqual({ ...appRest, command: ['sleep', 'infinity'] });
    const { nodeName: _n, containers: _cs, ...specRest } = web.spec;
    expect({ ...pod.spec, containers: undefined }).toEqual({ ...specRest, containers: undefined });
  });
});
