import { describe, expect, it } from 'vitest';
import { decodePodProtobuf, ProtobufError } from '../../src/training/protobuf/index.js';

// A tiny protobuf encoder written from the wire-format spec, independent of the decoder under test. It writes
// fields the way gogo-proto does: plain strings and bools even when empty or false.
const enc = new TextEncoder();
const cat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));
function varint(value: number | bigint): Uint8Array {
  let v = BigInt.asUintN(64, BigInt(value));
  const out: number[] = [];
  do {
    const byte = Number(v & 0x7fn);
    v >>= 7n;
    out.push(v ? byte | 0x80 : byte);
  } while (v);
  return Uint8Array.from(out);
}
const key = (field: number, wire: number): Uint8Array => varint((field << 3) | wire);
const bytes = (field: number, payload: Uint8Array): Uint8Array => cat(key(field, 2), varint(payload.length), payload);
const s = (field: number, text: string): Uint8Array => bytes(field, enc.encode(text));
const m = (field: number, ...parts: Uint8Array[]): Uint8Array => bytes(field, cat(...parts));
const v = (field: number, n: number | bigint | boolean): Uint8Array => cat(key(field, 0), varint(typeof n === 'boolean' ? Number(n) : n));
const entry = (field: number, k: string, value: string): Uint8Array => m(field, s(1, k), s(2, value));
const qty = (field: number, k: string, value: string): Uint8Array => m(field, s(1, k), m(2, s(1, value)));
const envelope = (pod: Uint8Array, kind = 'Pod'): Uint8Array =>
  cat(Uint8Array.from([0x6b, 0x38, 0x73, 0x00]), m(1, s(1, 'v1'), s(2, kind)), bytes(2, pod), s(3, ''), s(4, ''));

const container = cat(
  s(1, 'app'),
  s(2, 'registry.example/shop/api:1.4.2'),
  s(3, '/app/server'),
  s(4, '--config=/etc/config/app.yaml'),
  s(5, ''),
  m(6, s(1, 'http'), v(2, 0), v(3, 8080), s(4, 'TCP'), s(5, '')),
  m(7, s(1, 'LOG_LEVEL'), s(2, 'debug')),
  m(7, s(1, 'DB_HOST'), s(2, ''), m(3, m(3, m(1, s(1, 'db-config')), s(2, 'host')))),
  m(7, s(1, 'DB_PASSWORD'), s(2, ''), m(3, m(4, m(1, s(1, 'db-secret')), s(2, 'password'), v(3, true)))),
  m(7, s(1, 'POD_NAME'), s(2, ''), m(3, m(1, s(1, 'v1'), s(2, 'metadata.name')))),
  m(8, qty(1, 'memory', '128Mi'), qty(1, 'cpu', '500m'), qty(2, 'cpu', '250m')),
  m(9, s(1, 'config'), v(2, true), s(3, '/etc/config'), s(4, ''), s(6, '')),
  m(9, s(1, 'data'), v(2, false), s(3, '/var/lib/data'), s(4, 'api')),
  m(10, m(1, m(1, s(1, 'cat'), s(1, '/tmp/healthy'))), v(2, 5), v(3, 1), v(4, 10), v(5, 1), v(6, 3)),
  m(11, m(1, m(2, s(1, '/ready'), m(2, v(1, 1), v(2, 0), s(3, 'http')), s(3, ''), s(4, 'HTTP'))), v(2, 0), v(4, 5)),
  m(22, m(1, m(3, m(1, v(1, 0), v(2, 8080)), s(2, ''))), v(6, 30)),
  m(12, m(2, m(1, s(1, 'sh'), s(1, '-c'), s(1, 'sleep 5')))),
  s(13, '/dev/termination-log'),
  s(14, 'IfNotPresent'),
  m(15, m(1, s(1, 'NET_BIND_SERVICE'), s(2, 'ALL')), v(4, 1000), v(5, true), v(6, true), v(7, false)),
  v(16, false),
  v(17, false),
  v(18, false),
  s(20, 'File'),
);

const podBytes = cat(
  m(
    1,
    s(1, 'api-7d9f8-debug'),
    s(2, ''),
    s(3, 'shop'),
    v(7, 0),
    m(8, v(1, 0), v(2, 0)),
    entry(11, 'app', 'api'),
    entry(11, 'tier', 'backend'),
    entry(12, 'kubectl.kubernetes.io/default-container', 'app'),
    m(13, s(1, 'ReplicaSet'), s(3, 'api-7d9f8'), s(4, 'uid-1'), s(5, 'apps/v1'), v(6, true), v(7, true)),
  ),
  m(
    2,
    m(1, s(1, 'config'), m(2, m(19, m(1, s(1, 'api-config')), m(2, s(1, 'app.yaml'), s(2, 'app.yaml')), v(3, 420)))),
    m(1, s(1, 'data'), m(2, m(10, s(1, 'api-data'), v(2, false)))),
    m(1, s(1, 'scratch'), m(2, m(2, s(1, '')))),
    m(1, s(1, 'creds'), m(2, m(6, s(1, 'db-secret'), v(3, 256)))),
    m(1, s(1, 'host'), m(2, m(1, s(1, '/var/log'), s(2, 'Directory')))),
    m(1, s(1, 'token'), m(2, m(26, m(1, m(4, s(1, ''), v(2, 3607), s(3, 'token'))), m(1, m(3, m(1, s(1, 'kube-root-ca.crt'))))))),
    m(2, container),
    m(20, s(1, 'migrate'), s(2, 'busybox:1.36'), s(3, 'sh'), s(3, '-c'), s(3, 'exit 0'), v(16, false)),
    m(34, m(1, s(1, 'debugger-x7k2'), s(2, 'busybox:1.36'), v(16, true), v(18, true)), s(2, 'app')),
    s(3, 'Always'),
    v(4, 30),
    s(6, 'ClusterFirst'),
    entry(7, 'kubernetes.io/os', 'linux'),
    s(8, 'api'),
    s(10, ''),
    v(11, false),
    v(12, false),
    m(14, v(2, 0), v(3, false), v(5, 2000), m(10, s(1, 'RuntimeDefault'))),
    m(15, s(1, 'regcred')),
    s(19, 'default-scheduler'),
    m(22, s(1, 'node.kubernetes.io/not-ready'), s(2, 'Exists'), s(3, ''), s(4, 'NoExecute'), v(5, 300)),
    v(25, 0),
    v(27, true),
  ),
  m(
    3,
    s(1, 'Running'),
    m(8, s(1, 'app'), m(3, m(3, v(1, 137), s(3, 'OOMKilled'), m(6, v(1, 1_700_000_000)))), v(4, false), v(5, 7)),
  ),
);

describe('decodePodProtobuf', () => {
  it('decodes a realistic Pod to the JSON kubectl would have sent, dropping the empty values gogo-proto writes', () => {
    const pod = decodePodProtobuf(envelope(podBytes));
    expect(pod).toEqual({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: 'api-7d9f8-debug',
        namespace: 'shop',
        labels: { app: 'api', tier: 'backend' },
        annotations: { 'kubectl.kubernetes.io/default-container': 'app' },
        ownerReferences: [{ kind: 'ReplicaSet', name: 'api-7d9f8', uid: 'uid-1', apiVersion: 'apps/v1', controller: true, blockOwnerDeletion: true }],
      },
      spec: {
        volumes: [
          { name: 'config', configMap: { name: 'api-config', items: [{ key: 'app.yaml', path: 'app.yaml' }], defaultMode: 420 } },
          { name: 'data', persistentVolumeClaim: { claimName: 'api-data' } },
          { name: 'scratch', emptyDir: {} },
          { name: 'creds', secret: { secretName: 'db-secret', defaultMode: 256 } },
          { name: 'host', hostPath: { path: '/var/log', type: 'Directory' } },
          {
            name: 'token',
            projected: { sources: [{ serviceAccountToken: { expirationSeconds: 3607, path: 'token' } }, { configMap: { name: 'kube-root-ca.crt' } }] },
          },
        ],
        containers: [
          {
            name: 'app',
            image: 'registry.example/shop/api:1.4.2',
            command: ['/app/server'],
            args: ['--config=/etc/config/app.yaml'],
            ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }],
            env: [
              { name: 'LOG_LEVEL', value: 'debug' },
              { name: 'DB_HOST', valueFrom: { configMapKeyRef: { name: 'db-config', key: 'host' } } },
              { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db-secret', key: 'password', optional: true } } },
              { name: 'POD_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.name' } } },
            ],
            resources: { limits: { memory: '128Mi', cpu: '500m' }, requests: { cpu: '250m' } },
            volumeMounts: [
              { name: 'config', readOnly: true, mountPath: '/etc/config' },
              { name: 'data', mountPath: '/var/lib/data', subPath: 'api' },
            ],
            livenessProbe: { exec: { command: ['cat', '/tmp/healthy'] }, initialDelaySeconds: 5, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 },
            readinessProbe: { httpGet: { path: '/ready', port: 'http', scheme: 'HTTP' }, periodSeconds: 5 },
            startupProbe: { tcpSocket: { port: 8080 }, failureThreshold: 30 },
            lifecycle: { preStop: { exec: { command: ['sh', '-c', 'sleep 5'] } } },
            terminationMessagePath: '/dev/termination-log',
            imagePullPolicy: 'IfNotPresent',
            securityContext: {
              capabilities: { add: ['NET_BIND_SERVICE'], drop: ['ALL'] },
              runAsUser: 1000,
              runAsNonRoot: true,
              readOnlyRootFilesystem: true,
              allowPrivilegeEscalation: false,
            },
            terminationMessagePolicy: 'File',
          },
        ],
        initContainers: [{ name: 'migrate', image: 'busybox:1.36', command: ['sh', '-c', 'exit 0'] }],
        ephemeralContainers: [{ name: 'debugger-x7k2', image: 'busybox:1.36', stdin: true, tty: true, targetContainerName: 'app' }],
        restartPolicy: 'Always',
        terminationGracePeriodSeconds: 30,
        dnsPolicy: 'ClusterFirst',
        nodeSelector: { 'kubernetes.io/os': 'linux' },
        serviceAccountName: 'api',
        securityContext: { runAsUser: 0, runAsNonRoot: false, fsGroup: 2000, seccompProfile: { type: 'RuntimeDefault' } },
        imagePullSecrets: [{ name: 'regcred' }],
        schedulerName: 'default-scheduler',
        tolerations: [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }],
        priority: 0,
        shareProcessNamespace: true,
      },
      status: {
        phase: 'Running',
        containerStatuses: [
          { name: 'app', lastState: { terminated: { exitCode: 137, reason: 'OOMKilled', finishedAt: '2023-11-14T22:13:20Z' } }, ready: false, restartCount: 7 },
        ],
      },
    });
  });

  it('skips fields it does not know, whatever their wire type', () => {
    const unknown = cat(
      v(99, 12345),
      cat(key(98, 1), Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8])),
      cat(key(97, 5), Uint8Array.from([1, 2, 3, 4])),
      s(96, 'future field'),
    );
    const pod = decodePodProtobuf(envelope(cat(unknown, m(1, s(1, 'web'), unknown), m(2, m(2, s(1, 'app'), unknown, s(2, 'nginx')), unknown))));
    expect(pod.metadata.name).toBe('web');
    expect(pod.spec.containers).toEqual([{ name: 'app', image: 'nginx' }]);
  });

  it('reads negative numbers as two’s complement and keeps an explicit zero where Go has a pointer', () => {
    const pod = decodePodProtobuf(envelope(m(2, m(2, s(1, 'app'), m(15, v(4, 0), v(8, -1))), v(4, 0))));
    expect(pod.spec.containers[0]?.securityContext).toEqual({ runAsUser: 0, runAsGroup: -1 });
    expect(pod.spec.terminationGracePeriodSeconds).toBe(0);
  });

  it.each([
    ['a body without the k8s magic', Uint8Array.from([0x7b, 0x7d]), /magic/],
    ['an envelope holding another kind', envelope(m(1, s(1, 'x')), 'Service'), /holds a Service, not a Pod/],
    ['a truncated length-delimited field', envelope(podBytes).subarray(0, 60), /claims \d+ bytes/],
    ['a truncated varint', cat(envelope(m(1, s(1, 'x'))).subarray(0, 4), Uint8Array.from([0x0a, 0xff])), /truncated varint|claims/],
    ['an unsupported wire type', envelope(cat(key(5, 3))), /unsupported wire type 3/],
    ['a field with the wrong wire type', envelope(m(1, v(1, 5))), /pod\.metadata\.name \(field 1\) should be length-delimited/],
    ['invalid UTF-8 in a string', envelope(m(1, bytes(1, Uint8Array.from([0xff, 0xfe])))), /not valid UTF-8/],
    ['an envelope with no object', cat(Uint8Array.from([0x6b, 0x38, 0x73, 0x00]), m(1, s(2, 'Pod'))), /no object/],
  ])('rejects %s with a clear error', (_name, body, message) => {
    expect(() => decodePodProtobuf(body)).toThrow(ProtobufError);
    expect(() => decodePodProtobuf(body)).toThrow(message);
  });
});
