// What a container needs, judged from its spec and the world: each need met and unmet, in the program's words.
import { describe, expect, it } from 'vitest';
import type { Container, Pod } from '../../src/k8s/index.js';
import { configError } from '../../src/training/needs/config-refs.js';
import { unmetNeeds } from '../../src/training/needs/evaluate-needs.js';
import type { Needs } from '../../src/training/needs/needs-schema.js';
import type { World } from '../../src/training/needs/world.js';

const world = (over: Partial<World> = {}): World => ({
  keys: (kind, _ns, name) => (kind === 'ConfigMap' && name === 'rules' ? ['threshold'] : undefined),
  readyEndpoints: (_ns, svc) => (svc === 'db' ? 1 : svc === 'empty' ? 0 : undefined),
  nodeArchitecture: () => 'arm64',
  configValues: (_ns, name) => (name === 'sql' ? ['CREATE INDEX i ON t (c);'] : undefined),
  ...over,
});

const pod = (c: Partial<Container>, spec: Partial<Pod['spec']> = {}): [Pod, Container] => {
  const container = { name: 'app', image: 'img', ...c } as Container;
  return [{ metadata: { name: 'p', namespace: 'ns' }, spec: { containers: [container], nodeName: 'n', ...spec } } as Pod, container];
};

const needs = (n: Partial<Needs>): Needs => n as Needs;
const unmet = (p: [Pod, Container], n: Partial<Needs>, w = world()): string[] => unmetNeeds(p[0], p[1], needs(n), undefined, w).map((u) => u.need);

describe('needs against the spec', () => {
  it('memory: a limit below the need is an OOM kill; with jvmOverhead the need follows -Xmx', () => {
    expect(unmet(pod({ resources: { limits: { memory: '1Gi' } } }), { memory: 1.5 * 2 ** 30 })).toEqual(['memory']);
    expect(unmet(pod({ resources: { limits: { memory: '2Gi' } } }), { memory: 1.5 * 2 ** 30 })).toEqual([]);
    const jvm = (xmx: string, limit: string) => pod({ env: [{ name: 'JAVA_TOOL_OPTIONS', value: `-Xms256m -Xmx${xmx}` }], resources: { limits: { memory: limit } } });
    expect(unmet(jvm('1536m', '1536Mi'), { memory: 2 ** 31, jvmOverhead: 250 * 2 ** 20 })).toEqual(['memory']);
    expect(unmet(jvm('700m', '1Gi'), { memory: 2 ** 31, jvmOverhead: 250 * 2 ** 20 })).toEqual([]);
  });

  it('startupSeconds: liveness must allow the start-up, through a startupProbe or a long enough delay', () => {
    const live = { httpGet: { port: 8080 }, periodSeconds: 10, failureThreshold: 3 };
    expect(unmet(pod({ livenessProbe: live }), { startupSeconds: 90 })).toEqual(['startup']);
    expect(unmet(pod({ livenessProbe: { ...live, initialDelaySeconds: 70 } }), { startupSeconds: 90 })).toEqual([]);
    expect(unmet(pod({ livenessProbe: live, startupProbe: { httpGet: { port: 8080 }, periodSeconds: 10, failureThreshold: 12 } }), { startupSeconds: 90 })).toEqual([]);
  });

  it('writablePaths under a read-only root need a writable volume; files need a volume that holds them', () => {
    const ro = { securityContext: { readOnlyRootFilesystem: true } } as Partial<Container>;
    expect(unmet(pod(ro), { writablePaths: ['/var/cache/nginx'] })).toEqual(['writablePaths']);
    expect(unmet(pod({ ...ro, volumeMounts: [{ name: 'c', mountPath: '/var/cache' }] } as Partial<Container>, { volumes: [{ name: 'c', emptyDir: {} }] }), { writablePaths: ['/var/cache/nginx'] })).toEqual([]);
    const cm = pod({ volumeMounts: [{ name: 'r', mountPath: '/etc/rules' }] } as Partial<Container>, { volumes: [{ name: 'r', configMap: { name: 'rules' } }] });
    expect(unmet(cm, { files: ['/etc/rules/threshold'] })).toEqual([]);
    expect(unmet(cm, { files: ['/etc/rules/version'] })).toEqual(['files']);
  });

  it('services need a ready endpoint; rejected args, architectures and fsGroup are checked too', () => {
    expect(unmet(pod({}), { services: ['db', 'empty', 'missing'] })).toEqual(['services', 'services']);
    expect(unmet(pod({ args: ['-log-format=json'] }), { rejectsArgs: ['-log-format'] })).toEqual(['rejectsArgs']);
    expect(unmet(pod({}), { architectures: ['amd64'] })).toEqual(['architectures']);
    expect(unmet(pod({}, { securityContext: { runAsUser: 472 } as never }), { fsGroup: 472 })).toEqual(['fsGroup']);
    expect(unmet(pod({}, { securityContext: { runAsUser: 472, fsGroup: 472 } as never }), { fsGroup: 472 })).toEqual([]);
    expect(unmet(pod({}), { failsOnConfig: { configMap: 'sql', contains: 'CREATE INDEX i' } })).toEqual(['config']);
    expect(unmet(pod({}), { failsOnConfig: { configMap: 'sql', contains: 'CREATE INDEX j' } })).toEqual([]);
  });

  it('an exec liveness probe on a file passes only when something provides the file', () => {
    const probe = { exec: { command: ['cat', '/tmp/healthy'] } };
    expect(unmet(pod({ livenessProbe: probe, args: ['sh', '-c', 'sleep infinity'] }), {})).toEqual(['liveness']);
    expect(unmet(pod({ livenessProbe: probe, args: ['sh', '-c', 'touch /tmp/healthy; sleep infinity'] }), {})).toEqual([]);
  });
});

describe("the kubelet's config check", () => {
  it('names a missing ConfigMap, then a missing key, and lets optional references pass', () => {
    const ref = (name: string, key: string, optional = false) => ({ name: 'X', valueFrom: { configMapKeyRef: { name, key, optional } } });
    expect(configError({ name: 'a', env: [ref('other', 'k')] } as Container, 'ns', world())).toBe('configmap "other" not found');
    expect(configError({ name: 'a', env: [ref('rules', 'version')] } as Container, 'ns', world())).toBe("couldn't find key version in ConfigMap ns/rules");
    expect(configError({ name: 'a', env: [ref('rules', 'threshold'), ref('other', 'k', true)] } as Container, 'ns', world())).toBeUndefined();
  });
});
