// One diagnosis per cause, from the status fields, events and log lines a real cluster shows for it.
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/report/diagnose.js';
import { evidenceOf, log } from './support/evidence.js';
import { appContainer, at, crashLooping, event, node, NOW, podOf } from './support/pods.js';

const target = { namespace: 'shop', context: 'prod-eu' };
const run = (parts: Omit<Parameters<typeof evidenceOf>[0], 'collectedAt'>) => diagnose({ evidence: evidenceOf({ ...parts, collectedAt: NOW }), target });

describe('pods that never start', () => {
  it('reads PodScheduled=False / FailedScheduling as unschedulable', () => {
    const pod = podOf([appContainer()], [], { phase: 'Pending', spec: { nodeName: undefined }, conditions: [
      { type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: '0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.' }] });
    const d = run({ pod, events: [event('FailedScheduling', '0/3 nodes are available: 3 Insufficient memory.', { count: 12 })] });
    expect(d).toMatchObject({ cause: 'unschedulable', confidence: 'confirmed' });
    expect(d.evidence.map((e) => e.text).join('\n')).toMatch(/Insufficient memory/);
  });

  it('reads ImagePullBackOff as image-pull', () => {
    const pod = podOf([appContainer({ image: 'nginx:1.25-typo' })], [{ name: 'app', ready: false, restartCount: 0, state: { waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image "nginx:1.25-typo"' } } }], { phase: 'Pending' });
    const events = [event('Failed', 'Failed to pull image "nginx:1.25-typo": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:1.25-typo": failed to resolve reference "docker.io/library/nginx:1.25-typo": docker.io/library/nginx:1.25-typo: not found', { fieldPath: 'spec.containers{app}' })];
    const d = run({ pod, events });
    expect(d).toMatchObject({ cause: 'image-pull', confidence: 'confirmed', container: 'app' });
    expect(d.nextSteps.some((s) => s.command.includes('logs'))).toBe(false);
  });

  it('reads CreateContainerConfigError as missing-config', () => {
    const pod = podOf([appContainer()], [{ name: 'app', ready: false, restartCount: 0, state: { waiting: { reason: 'CreateContainerConfigError', message: 'configmap "api-settings" not found' } } }], { phase: 'Pending' });
    const d = run({ pod, references: [{ kind: 'ConfigMap', name: 'api-settings', usedBy: 'envFrom of app', optional: false, exists: false }] });
    expect(d).toMatchObject({ cause: 'missing-config', confidence: 'confirmed' });
    expect(d.nextSteps.some((s) => s.command.join(' ').includes('get configmap api-settings'))).toBe(true);
  });

  it('reads ContainerCreating with FailedMount and a Pending PVC as volume-pending', () => {
    const pod = podOf([appContainer()], [{ name: 'app', ready: false, restartCount: 0, state: { waiting: { reason: 'ContainerCreating' } } }], { phase: 'Pending' });
    const events = [event('FailedMount', 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-x2v9k]: timed out waiting for the condition', { count: 4 })];
    const d = run({ pod, events, references: [{ kind: 'PersistentVolumeClaim', name: 'data-api-0', usedBy: 'volume data', optional: false, exists: true, phase: 'Pending' }] });
    expect(d).toMatchObject({ cause: 'volume-pending', confidence: 'confirmed' });
  });
});

describe('containers that crash', () => {
  it('proves an OOM kill and sizes the fix from the JVM heap', () => {
    const c = appContainer({ resources: { limits: { memory: '1Gi' }, requests: { memory: '1Gi' } }, env: [{ name: 'JAVA_TOOL_OPTIONS', value: '-Xms512m -Xmx1536m' }] });
    const d = run({ pod: podOf([c], [crashLooping('app', { exitCode: 137, reason: 'OOMKilled', lived: 80 })]) });
    expect(d).toMatchObject({ cause: 'oom-killed', confidence: 'confirmed' });
    expect(d.findings.find((f) => f.id === 'memory-limit-tight')).toBeDefined();
    expect(d.fix).toMatch(/-Xmx/);
  });

  it('flags MaxRAMPercentage=100 as leaving no room under the limit', () => {
    const c = appContainer({ resources: { limits: { memory: '512Mi' } }, env: [{ name: 'JAVA_OPTS', value: '-XX:MaxRAMPercentage=100.0' }] });
    const d = run({ pod: podOf([c], [crashLooping('app', { exitCode: 137, reason: 'OOMKilled' })]) });
    expect(d.findings.some((f) => f.id === 'memory-limit-tight')).toBe(true);
  });

  it('says a startupProbe would fix a liveness probe that kills a slow start', () => {
    const c = appContainer({ livenessProbe: { httpGet: { path: '/actuator/health', port: 8080 }, initialDelaySeconds: 10, periodSeconds: 5, failureThreshold: 3 } });
    const events = [
      event('Unhealthy', 'Liveness probe failed: Get "http://10.244.3.18:8080/actuator/health": dial tcp 10.244.3.18:8080: connect: connection refused', { count: 21, fieldPath: 'spec.containers{app}' }),
      event('Killing', 'Container app failed liveness probe, will be restarted', { type: 'Normal', count: 7, fieldPath: 'spec.containers{app}' }),
    ];
    const logs = [log('app', 'previous', '2024-05-20 13:59:01.120  INFO 1 --- [main] o.s.b.StartupInfoLogger : Starting ApiApplication v1.4.2\n2024-05-20 13:59:24.410  INFO 1 --- [main] o.h.e.t.j.p.i.JtaPlatformInitiator : HHH000490: Using JtaPlatform\n')];
    const d = run({ pod: podOf([c], [crashLooping('app', { exitCode: 143, lived: 27 })]), events, logs });
    expect(d).toMatchObject({ cause: 'liveness-probe', confidence: 'confirmed' });
    expect(d.findings.find((f) => f.id === 'probe-too-early')?.facts).toMatchObject({ budgetSeconds: 25, livedSeconds: 27 });
    expect(d.fix).toMatch(/startupProbe/);
  });

  it('notices a probe on a port the container does not declare', () => {
    const c = appContainer({ livenessProbe: { tcpSocket: { port: 9090 } } });
    const d = run({ pod: podOf([c], [crashLooping('app', { exitCode: 137 })]) });
    expect(d.findings.some((f) => f.id === 'probe-port-mismatch')).toBe(true);
  });

  it('names a Service created after the container started as the dependency-order fix', () => {
    const c = appContainer({ name: 'nginx', image: 'nginx:1.25' });
    const status = crashLooping('nginx', { exitCode: 1, lived: 1, finishedAgo: 120 });
    const logs = [log('nginx', 'previous', '2024/05/20 13:57:59 [emerg] 1#1: host not found in upstream "backend.shop.svc.cluster.local" in /etc/nginx/conf.d/default.conf:3\nnginx: [emerg] host not found in upstream "backend.shop.svc.cluster.local" in /etc/nginx/conf.d/default.conf:3\n')];
    const svc = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'backend', namespace: 'shop', creationTimestamp: at(60) }, spec: { ports: [{ port: 80 }] } };
    const d = run({ pod: podOf([c], [status]), logs, services: [svc] });
    expect(d).toMatchObject({ cause: 'missing-dependency', confidence: 'confirmed' });
    expect(d.fix).toMatch(/Restart the pod now/);
    expect(d.findings.find((f) => f.id === 'dependency-order')?.facts?.service).toBe('shop/backend');
  });

  it('does not blame deployment order when the Service existed before the start', () => {
    const logs = [log('app', 'previous', 'level=fatal msg="dial tcp: lookup backend on 10.96.0.10:53: no such host"\n')];
    const svc = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'backend', namespace: 'shop', creationTimestamp: at(86400) } };
    const d = run({ pod: podOf([appContainer()], [crashLooping('app', { exitCode: 1 })]), logs, services: [svc] });
    expect(d.cause).toBe('missing-dependency');
    expect(d.findings.some((f) => f.id === 'dependency-order')).toBe(false);
  });

  it('prefers a configuration error over a connection error in the same crashed run', () => {
    const logs = [log('app', 'previous', 'ERROR redis: dial tcp 10.96.3.3:6379: connect: connection refused\nFATAL invalid configuration: LISTEN_ADDR must be set\n')];
    const d = run({ pod: podOf([appContainer()], [crashLooping('app', { exitCode: 1 })]), logs });
    expect(d.cause).toBe('bad-config');
    expect(d.alternatives.find((a) => a.cause === 'missing-dependency')?.verdict).toBe('ruled-in');
  });

  it('reads a StartError "executable file not found" as command-not-found', () => {
    const msg = 'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "gunicorn": executable file not found in $PATH: unknown';
    const c = appContainer({ command: ['gunicorn', '--bind', '0.0.0.0:8000', 'app.wsgi'] });
    const d = run({ pod: podOf([c], [crashLooping('app', { exitCode: 128, reason: 'StartError', message: msg, lived: 0 })]) });
    expect(d).toMatchObject({ cause: 'command-not-found', confidence: 'confirmed', exitCode: 128 });
    expect(d.fix).toContain('gunicorn');
  });

  it('reads exit 127 with "not found" in the log as command-not-found', () => {
    const d = run({ pod: podOf([appContainer({ command: ['/bin/sh', '-c', 'start-server'] })], [crashLooping('app', { exitCode: 127 })]), logs: [log('app', 'previous', '/bin/sh: 1: start-server: not found\n')] });
    expect(d.cause).toBe('command-not-found');
  });

  it('reads a subPath StartError as mount-failure and names the mount', () => {
    const msg = 'failed to create containerd task: OCI runtime create failed: container_linux.go:349: starting container process caused "process_linux.go:449: container init caused \\"rootfs_linux.go:58: mounting \\\\\\"/var/lib/kubelet/pods/d6f90d2b/volume-subpaths/conf/app/2\\\\\\" to rootfs at \\\\\\"/app/conf/server.yaml\\\\\\" caused \\\\\\"no such file or directory\\\\\\"\\"": unknown';
    const c = appContainer({ volumeMounts: [{ name: 'conf', mountPath: '/app/conf/server.yaml', subPath: 'server.yaml' }] });
    const d = run({ pod: podOf([c], [crashLooping('app', { exitCode: 128, reason: 'StartError', message: msg, lived: 0 })], { spec: { volumes: [{ name: 'conf', configMap: { name: 'server-conf' } }] } }) });
    expect(d).toMatchObject({ cause: 'mount-failure', confidence: 'confirmed' });
    expect(d.summary).toMatch(/subPath/);
  });

  it('reads exec format error on an arm64 node as exec-format', () => {
    const c = appContainer({ image: 'registry.example.com/edge/gateway:2.1-amd64' });
    const d = run({ pod: podOf([c], [crashLooping('app', { exitCode: 255, lived: 0 })]), node: node('arm64'), logs: [log('app', 'previous', 'exec /usr/local/bin/gateway: exec format error\n')] });
    expect(d.cause).toBe('exec-format');
    expect(d.findings.find((f) => f.id === 'arch-mismatch')?.facts).toMatchObject({ imageArch: 'amd64', nodeArch: 'arm64' });
  });

  it('reads exit 0 Completed under restartPolicy Always as exits-zero', () => {
    const d = run({ pod: podOf([appContainer()], [crashLooping('app', { exitCode: 0, reason: 'Completed', lived: 2 })]) });
    expect(d).toMatchObject({ cause: 'exits-zero', confidence: 'confirmed', exitCode: 0 });
  });

  it('reads exit 255 after a node Rebooted event as node-restart', () => {
    const status = { ...crashLooping('app', { exitCode: 255, reason: 'Unknown', finishedAgo: 600, lived: 86400 }), state: { running: { startedAt: at(500) } }, ready: true };
    const nodeEvents = [event('Rebooted', 'Node worker-1 has been rebooted, boot id: 6b1d2a4e-9c3f-4e58-8a7b-2f0c9d1e3a56', { kind: 'Node', ago: 560 })];
    const d = run({ pod: podOf([appContainer()], [status]), nodeEvents, node: node() });
    expect(d).toMatchObject({ cause: 'node-restart', confidence: 'confirmed', exitCode: 255 });
    expect(d.findings.find((f) => f.id === 'node-restarted')?.facts?.bootID).toBe('6b1d2a4e-9c3f-4e58-8a7b-2f0c9d1e3a56');
  });

  it('reads exit 255 with no node event as the program failing, not a reboot', () => {
    const d = run({ pod: podOf([appContainer()], [crashLooping('app', { exitCode: 255 })]), logs: [log('app', 'previous', 'fatal: could not open repository\n')] });
    expect(d.cause).not.toBe('node-restart');
  });

  it('reads exit 139 as segfault', () => {
    const d = run({ pod: podOf([appContainer()], [crashLooping('app', { exitCode: 139 })]) });
    expect(d).toMatchObject({ cause: 'segfault', signal: 'SIGSEGV' });
  });

  it('reads a FailedPostStartHook event as lifecycle-hook even with exit 137', () => {
    const events = [event('FailedPostStartHook', 'Exec lifecycle hook ([/bin/sh -c /opt/register.sh]) for Container "app" in Pod "api-7d9c6b5f4-x8k2p_shop(3f2a9c1e-6b7d-4e8f-9a0b-1c2d3e4f5a6b)" failed - error: command \'/bin/sh -c /opt/register.sh\' exited with 127: /bin/sh: /opt/register.sh: not found\n, message: "/bin/sh: /opt/register.sh: not found\\n"', { fieldPath: 'spec.containers{app}' })];
    const d = run({ pod: podOf([appContainer()], [crashLooping('app', { exitCode: 137 })]), events });
    expect(d).toMatchObject({ cause: 'lifecycle-hook', confidence: 'confirmed' });
  });

  it('reads "Read-only file system" with readOnlyRootFilesystem as read-only-fs', () => {
    const c = appContainer({ securityContext: { readOnlyRootFilesystem: true } });
    const d = run({ pod: podOf([c], [crashLooping('app', { exitCode: 1 })]), logs: [log('app', 'previous', "OSError: [Errno 30] Read-only file system: '/app/cache'\n")] });
    expect(d.cause).toBe('read-only-fs');
    expect(d.evidence.some((e) => e.source === 'spec')).toBe(true);
  });

  it('reads "permission denied" under runAsNonRoot as permission-denied', () => {
    const d = run({ pod: podOf([appContainer({ securityContext: { runAsNonRoot: true, runAsUser: 1000 } })], [crashLooping('app', { exitCode: 1 })]), logs: [log('app', 'previous', 'Error: open /var/lib/app/data.db: permission denied\n')] });
    expect(d.cause).toBe('permission-denied');
  });

  it('reads "address already in use" with two containers on one port as port-in-use', () => {
    const a = appContainer({ name: 'web' });
    const b = appContainer({ name: 'metrics', ports: [{ containerPort: 8080, protocol: 'TCP' }] });
    const d = run({ pod: podOf([a, b], [{ name: 'web', ready: true, restartCount: 0, state: { running: { startedAt: at(900) } } }, crashLooping('metrics', { exitCode: 1 })]),
      logs: [log('metrics', 'previous', 'level=error msg="listen tcp :8080: bind: address already in use"\n')] });
    expect(d).toMatchObject({ cause: 'port-in-use', container: 'metrics' });
    expect(d.findings.some((f) => f.id === 'duplicate-port')).toBe(true);
  });
});

describe('gaps', () => {
  it('names a forbidden log read, lowers confidence and does not guess from the missing logs', () => {
    const gaps = [{ what: 'previous logs of container app', reason: 'forbidden: cannot get pods/log', command: ['kubectl', '-n', 'shop', 'logs', 'api-7d9c6b5f4-x8k2p', '-c', 'app', '--previous'] }];
    const d = run({ pod: podOf([appContainer()], [crashLooping('app', { exitCode: 143 })]), gaps });
    expect(d.gaps).toEqual(gaps);
    expect(d.confidence).toBe('possible');
    expect(d.explanation).toMatch(/logs could not be read/);
  });

  it('keeps a cause proved by a status field confirmed when the logs are missing', () => {
    const gaps = [{ what: 'previous logs of container app', reason: 'forbidden' }];
    const d = run({ pod: podOf([appContainer()], [crashLooping('app', { exitCode: 137, reason: 'OOMKilled' })]), gaps });
    expect(d.confidence).toBe('confirmed');
  });

  it('offers the entrypoint override when the cause is unknown', () => {
    const d = run({ pod: podOf([appContainer()], [crashLooping('app', { exitCode: 1 })]), logs: [log('app', 'previous', '')] });
    expect(d.cause).toBe('unknown');
    expect(d.nextSteps.some((s) => s.command[0] === 'kubectl-crashcourse' && s.command.includes('override') && s.command.includes('prod-eu'))).toBe(true);
  });

  it('carries --context and -n in every kubectl next step', () => {
    const d = run({ pod: podOf([appContainer()], [crashLooping('app', { exitCode: 1 })]) });
    for (const s of d.nextSteps.filter((x) => x.command[0] === 'kubectl')) expect(s.command.slice(0, 5)).toEqual(['kubectl', '--context', 'prod-eu', '-n', 'shop']);
    const events = d.nextSteps.find((s) => s.intent?.kind === 'read-events');
    expect(events?.intent).toMatchObject({ kind: 'read-events', uid: '3f2a9c1e-6b7d-4e8f-9a0b-1c2d3e4f5a6b' });
    expect(events?.command).toContain('--field-selector=involvedObject.uid=3f2a9c1e-6b7d-4e8f-9a0b-1c2d3e4f5a6b');
  });
});

describe('startup probes', () => {
  it('explains a startup probe kill with the startupProbe budget', () => {
    const c = appContainer({ startupProbe: { httpGet: { path: '/status.html', port: 8080 }, periodSeconds: 5, failureThreshold: 6 } });
    const events = [
      event('Unhealthy', 'Startup probe failed: Get "http://10.128.3.91:8080/status.html": dial tcp 10.128.3.91:8080: connect: connection refused', { count: 30, fieldPath: 'spec.containers{app}' }),
      event('Killing', 'Container app failed startup probe, will be restarted', { type: 'Normal', count: 5, fieldPath: 'spec.containers{app}' }),
    ];
    const d = run({ pod: podOf([c], [crashLooping('app', { exitCode: 143, lived: 31 })]), events });
    expect(d).toMatchObject({ cause: 'liveness-probe', confidence: 'confirmed' });
    expect(d.summary).toMatch(/startup probe/);
    expect(d.fix).toMatch(/30s/);
  });
});

describe('a root cause before a crash', () => {
  it('reads a missing config file behind a Node stack trace as bad-config, with the crash ruled in', () => {
    const text = "node:fs:601\n  handleError((ctx.path = path), ctx);\n  ^\n\nError: ENOENT: no such file or directory, open '/app/config/production.json'\n    at Object.openSync (node:fs:601:3)\n    at Object.readFileSync (node:fs:469:35)\n";
    const d = run({ pod: podOf([appContainer()], [crashLooping('app', { exitCode: 1 })]), logs: [log('app', 'previous', text)] });
    expect(d.cause).toBe('bad-config');
    expect(d.alternatives.find((a) => a.cause === 'app-crash')?.verdict).toBe('ruled-in');
  });
});

describe('untrusted text', () => {
  it('strips escape sequences from a termination message before quoting it', () => {
    const status = crashLooping('app', { exitCode: 1, message: '\u001b]0;pwned\u0007\u001b[31mFATAL invalid configuration: PORT must be set\u001b[0m' });
    const d = run({ pod: podOf([appContainer()], [status]) });
    expect(d.cause).toBe('bad-config');
    for (const e of d.evidence) expect(e.text).not.toMatch(/[\u001b\u0007]/);
  });
});

describe('more ways to run out of memory or lose a node', () => {
  it('reads exit 137 after the JVM logged OutOfMemoryError as an OOM, likely', () => {
    const logs = [log('app', 'previous', 'java.lang.OutOfMemoryError: Java heap space\nDumping heap to /tmp/heapdump.hprof ...\n# -XX:OnOutOfMemoryError="kill -9 %p"\n#   Executing /bin/sh -c "kill -9 1"...\n')];
    const d = run({ pod: podOf([appContainer()], [crashLooping('app', { exitCode: 137 })]), logs });
    expect(d).toMatchObject({ cause: 'oom-killed', confidence: 'likely' });
  });

  it('reads exit 3 after "Terminating due to java.lang.OutOfMemoryError" as an OOM inside the heap', () => {
    const logs = [log('app', 'previous', 'Terminating due to java.lang.OutOfMemoryError: Java heap space\n')];
    const d = run({ pod: podOf([appContainer()], [crashLooping('app', { exitCode: 3 })]), logs });
    expect(d.cause).toBe('oom-killed');
    expect(d.explanation).toMatch(/ran out of memory itself/);
  });

  it('reads exit 255 with reason Unknown and no node events as a possible node restart', () => {
    const d = run({ pod: podOf([appContainer()], [crashLooping('app', { exitCode: 255, reason: 'Unknown' })]) });
    expect(d).toMatchObject({ cause: 'node-restart', confidence: 'possible' });
  });
});

describe('metrics', () => {
  it('sizes the OOM fix from current usage when metrics are served', () => {
    const d = diagnose({ evidence: { ...evidenceOf({ pod: podOf([appContainer()], [crashLooping('app', { exitCode: 137, reason: 'OOMKilled' })]), collectedAt: NOW }), metrics: { containers: [{ name: 'app', memory: '500Mi' }] } }, target });
    expect(d.cause).toBe('oom-killed');
    expect(d.fix).toMatch(/at least 750Mi/);
  });
});

describe('hooks reported on the status', () => {
  it('reads a waiting reason PostStartHookError as lifecycle-hook', () => {
    const status = { ...crashLooping('app', { exitCode: 137 }), state: { waiting: { reason: 'PostStartHookError', message: "command '/bin/bash /post-start-hook.sh' exited with 126: " } } };
    const d = run({ pod: podOf([appContainer()], [status]) });
    expect(d).toMatchObject({ cause: 'lifecycle-hook', confidence: 'confirmed' });
  });
});

describe('evicted pods', () => {
  it('reads an Evicted pod with no container statuses as killed from outside, not healthy', () => {
    const pod = podOf([appContainer()], [], { phase: 'Failed', status: { reason: 'Evicted', message: 'The node was low on resource: memory. Threshold quantity: 100Mi, available: 61456Ki. Container app was using 1536Mi, request is 256Mi, has larger consumption of memory.' } });
    const d = run({ pod });
    expect(d).toMatchObject({ cause: 'killed-externally', confidence: 'confirmed' });
    expect(d.evidence[0]!.text).toMatch(/Evicted: The node was low on resource: memory/);
  });
});

describe('the last decisive lines', () => {
  it('prefers the error the run ended on over one it logged and survived long before', () => {
    const early = 'WARN invalid value for CACHE_TTL, using default 60s\n';
    const filler = Array.from({ length: 120 }, (_, i) => `2024-05-20T13:58:${String(i % 60).padStart(2, '0')}Z INFO handled request ${i}`).join('\n');
    const end = '\nERROR db: dial tcp 10.96.3.3:5432: connect: connection refused\nFATAL giving up after 5 attempts\n';
    const d = run({ pod: podOf([appContainer()], [crashLooping('app', { exitCode: 1 })]), logs: [log('app', 'previous', early + filler + end)] });
    expect(d.cause).toBe('missing-dependency');
  });
});
