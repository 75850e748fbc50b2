import { describe, expect, it } from 'vitest';
import type { Pod } from '../../src/k8s/index.js';
import { buildOverrideCopy, copyName, isOurCopy, KEEP_ALIVE_SLEEP, MANAGED_BY_LABEL, SOURCE_POD_LABEL, sourcePodLabelValue } from '../../src/plans/override-copy.js';
import { chooseKeepAlive, debugProfile, parseCommandLine, pickContainer, psaLevel } from '../../src/plans/override-choices.js';
import { UserError } from '../../src/errors.js';

const probe = { httpGet: { path: '/healthz', port: 8080 }, periodSeconds: 5 };
const pod: Pod = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {
    name: 'web-7d9f8b6c5-x2k4p',
    namespace: 'shop',
    uid: 'u-1',
    resourceVersion: '42',
    creationTimestamp: '2026-01-01T00:00:00Z',
    labels: { app: 'web', 'pod-template-hash': '7d9f8b6c5' },
    ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-7d9f8b6c5', controller: true }],
  },
  spec: {
    nodeName: 'node-a',
    initContainers: [{ name: 'migrate', image: 'flyway/flyway:10', command: ['flyway', 'migrate'] }],
    containers: [
      { name: 'app', image: 'ghcr.io/acme/web:1.0', command: ['/app/web'], args: ['--port=8080'], livenessProbe: probe, readinessProbe: probe, startupProbe: probe, lifecycle: { preStop: { exec: { command: ['sleep', '5'] } } } },
      { name: 'istio-proxy', image: 'istio/proxyv2:1.20', readinessProbe: probe },
    ],
    ephemeralContainers: [{ name: 'debugger', image: 'busybox' }],
    volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'web-data' } }, { name: 'cfg', configMap: { name: 'web-config' } }],
    restartPolicy: 'Always',
  },
  status: {
    phase: 'Running',
    initContainerStatuses: [{ name: 'migrate', ready: true, restartCount: 0, state: { terminated: { exitCode: 0, reason: 'Completed' } } }],
    containerStatuses: [
      { name: 'app', ready: false, restartCount: 7, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { exitCode: 1 } } },
      { name: 'istio-proxy', ready: true, restartCount: 1, state: { running: {} } },
    ],
  },
};

const build = (over: Partial<Parameters<typeof buildOverrideCopy>[0]> = {}) =>
  buildOverrideCopy({ pod, container: { name: 'app', init: false }, keepAlive: KEEP_ALIVE_SLEEP, sameNode: false, keepInitContainers: true, suffix: 'ab12c', now: '2026-02-02T10:00:00.000Z', claims: { 'web-data': ['ReadWriteMany'] }, ...over });

describe('buildOverrideCopy', () => {
  it('replaces the failing container\'s command with the keep-alive and clears its args and hooks', () => {
    const copy = build();
    const app = copy.pod.spec.containers.find((c) => c.name === 'app')!;
    expect(app.command).toEqual(['sleep', 'infinity']);
    expect(app.args).toBeUndefined();
    expect(app.lifecycle).toBeUndefined();
    expect(copy.removedHooks).toBe(true);
    expect(copy.pod.spec.containers.find((c) => c.name === 'istio-proxy')!.image).toBe('istio/proxyv2:1.20');
  });

  it('removes liveness, readiness and startup probes from every container and lists them', () => {
    const copy = build();
    for (const c of copy.pod.spec.containers) {
      expect(c.livenessProbe ?? c.readinessProbe ?? c.startupProbe).toBeUndefined();
    }
    expect(copy.removedProbes).toEqual([
      { container: 'app', probe: 'liveness' },
      { container: 'app', probe: 'readiness' },
      { container: 'app', probe: 'startup' },
      { container: 'istio-proxy', probe: 'readiness' },
    ]);
  });

  it('drops the original labels and owner references and marks the copy as ours', () => {
    const copy = build();
    expect(copy.pod.metadata.ownerReferences).toBeUndefined();
    expect(copy.pod.metadata.labels).toEqual({ [MANAGED_BY_LABEL]: 'kubectl-crashcourse', [SOURCE_POD_LABEL]: 'web-7d9f8b6c5-x2k4p' });
    expect(copy.pod.metadata.annotations).toMatchObject({ 'kubectl-crashcourse/source-pod': 'web-7d9f8b6c5-x2k4p', 'kubectl-crashcourse/container': 'app', 'kubectl-crashcourse/created-at': '2026-02-02T10:00:00.000Z' });
    expect(JSON.parse(copy.pod.metadata.annotations!['kubectl-crashcourse/original-command']!)).toEqual({ command: ['/app/web'], args: ['--port=8080'] });
    expect(isOurCopy(copy.pod, 'web-7d9f8b6c5-x2k4p')).toBe(true);
    expect(isOurCopy(pod, 'web-7d9f8b6c5-x2k4p')).toBe(false);
  });

  it('strips what the server owns and ephemeral containers, and never restarts the keep-alive', () => {
    const copy = build();
    expect(copy.pod.status).toBeUndefined();
    expect(copy.pod.metadata.uid).toBeUndefined();
    expect(copy.pod.metadata.resourceVersion).toBeUndefined();
    expect(copy.pod.metadata.creationTimestamp).toBeUndefined();
    expect(copy.pod.spec.ephemeralContainers).toBeUndefined();
    expect(copy.pod.spec.restartPolicy).toBe('Never');
    expect(copy.pod.spec.nodeName).toBeUndefined();
  });

  it('does not modify the original pod object', () => {
    const before = JSON.stringify(pod);
    build({ sameNode: true });
    expect(JSON.stringify(pod)).toBe(before);
  });

  it('pins to the node when a ReadWriteOnce claim is mounted, or when asked', () => {
    expect(build({ claims: { 'web-data': ['ReadWriteOnce'] } }).pinnedTo).toMatchObject({ node: 'node-a' });
    expect(build({ claims: { 'web-data': ['ReadWriteOnce'] } }).pod.spec.nodeName).toBe('node-a');
    expect(build({ sameNode: true }).pinnedTo?.why).toBe('--same-node');
    expect(build().pinnedTo).toBeUndefined();
    expect(build({ claims: {} }).pinnedTo?.why).toMatch(/could not be read/);
  });

  it('keeps init containers by default and drops them with keepInitContainers false', () => {
    expect(build().pod.spec.initContainers?.map((c) => c.name)).toEqual(['migrate']);
    const without = build({ keepInitContainers: false });
    expect(without.pod.spec.initContainers).toBeUndefined();
    expect(without.droppedInitContainers).toEqual(['migrate']);
  });

  it('runs a failing init container as the copy\'s only container, after the init containers before it', () => {
    const copy = build({ container: { name: 'migrate', init: true } });
    expect(copy.pod.spec.initContainers).toBeUndefined();
    expect(copy.pod.spec.containers.map((c) => c.name)).toEqual(['migrate']);
    expect(copy.pod.spec.containers[0]!.command).toEqual(['sleep', 'infinity']);
    expect(copy.droppedInitContainers).toEqual(['migrate']);
  });

  it('names the copy <pod>-crashcourse-<suffix> within 63 characters', () => {
    expect(build().name).toBe('web-7d9f8b6c5-x2k4p-crashcourse-ab12c');
    const long = copyName('a'.repeat(80), 'zz999');
    expect(long.length).toBeLessThanOrEqual(63);
    expect(long).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
    expect(sourcePodLabelValue('b'.repeat(100)).length).toBeLessThanOrEqual(63);
  });
});

describe('override choices', () => {
  it('picks the crash-looping container over a restarting sidecar, and honours --container', () => {
    expect(pickContainer(pod)).toEqual({ name: 'app', init: false });
    expect(pickContainer(pod, 'istio-proxy')).toEqual({ name: 'istio-proxy', init: false });
    expect(pickContainer(pod, 'migrate')).toEqual({ name: 'migrate', init: true });
    expect(() => pickContainer(pod, 'nope')).toThrow(/has no container "nope"/);
  });

  it('picks a failing init container first', () => {
    const failingInit: Pod = { ...pod, status: { ...pod.status, initContainerStatuses: [{ name: 'migrate', ready: false, restartCount: 3, state: { waiting: { reason: 'CrashLoopBackOff' } } }] } };
    expect(pickContainer(failingInit)).toEqual({ name: 'migrate', init: true });
  });

  it('chooses the profile each Pod Security level admits', () => {
    expect(debugProfile(psaLevel({}, true))).toBe('general');
    expect(debugProfile(psaLevel({ 'pod-security.kubernetes.io/enforce': 'baseline' }, true))).toBe('baseline');
    expect(debugProfile(psaLevel({ 'pod-security.kubernetes.io/enforce': 'restricted' }, true))).toBe('restricted');
    expect(debugProfile(psaLevel(undefined, false))).toBe('restricted');
  });

  it('falls back to a shell loop for BusyBox and to tail when an image has no sleep', () => {
    expect(chooseKeepAlive('nginx:1.25')).toEqual(['sleep', 'infinity']);
    expect(chooseKeepAlive('busybox:1.36')).toEqual(['/bin/sh', '-c', 'while true; do sleep 3600; done']);
    expect(chooseKeepAlive('x', { shell: null, binaries: ['tail'] })).toEqual(['tail', '-f', '/dev/null']);
  });

  it('splits --command into an argv like a shell would, without running one', () => {
    expect(parseCommandLine('tail -f /dev/null')).toEqual(['tail', '-f', '/dev/null']);
    expect(parseCommandLine(`/bin/sh -c 'while true; do sleep 3600; done'`)).toEqual(['/bin/sh', '-c', 'while true; do sleep 3600; done']);
    expect(parseCommandLine('echo "a \\"b\\"" c\\ d $(x)')).toEqual(['echo', 'a "b"', 'c d', '$(x)']);
    expect(() => parseCommandLine('sh -c "oops')).toThrow(UserError);
    expect(() => parseCommandLine('   ')).toThrow(UserError);
  });
});

describe('the copy under Pod Security restricted', () => {
  it('keeps the pod and container security settings the namespace requires', () => {
    const restricted: Pod = {
      ...pod,
      spec: {
        ...pod.spec,
        securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
        containers: [{ ...pod.spec.containers[0]!, securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, runAsUser: 1000 } }],
      },
    };
    const copy = buildOverrideCopy({ pod: restricted, container: { name: 'app', init: false }, keepAlive: KEEP_ALIVE_SLEEP, sameNode: false, keepInitContainers: true, suffix: 'zz000', now: 'now', claims: {} });
    expect(copy.pod.spec.securityContext).toEqual({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    const c = copy.pod.spec.containers[0]!;
    expect(c.securityContext).toEqual({ allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, runAsUser: 1000 });
    expect(JSON.stringify(copy.pod)).not.toContain('SYS_PTRACE');
  });
});
