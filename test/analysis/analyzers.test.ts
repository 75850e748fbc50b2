// The small readings analyzers are built on, over real message formats.
import { describe, expect, it } from 'vitest';
import { mentionsService } from '../../src/analysis/analyzers/dependency-order.js';
import { imageArchitecture } from '../../src/analysis/analyzers/image.js';
import { probeBudgetSeconds } from '../../src/analysis/analyzers/probes.js';
import { jvmSettings } from '../../src/analysis/analyzers/resources.js';
import { eventIsAbout } from '../../src/analysis/event-helpers.js';
import { classifyStartError } from '../../src/analysis/start-error.js';
import { appContainer, event } from './support/pods.js';

describe('which container an event is about', () => {
  it.each([
    ['Container busybox failed liveness probe, will be restarted', 'busybox', true],
    ['Back-off restarting failed container app in pod api-7d9c6b5f4-x8k2p_shop(3f2a)', 'app', true],
    ['Back-off restarting failed container app-sidecar in pod x', 'app', false],
    ['Exec lifecycle hook ([/bin/sh -c x]) for Container "app" in Pod "p_ns(uid)" failed', 'app', true],
    ['Killing container with id docker://app:Container failed liveness probe.. Container will be killed and recreated.', 'app', true],
    ['Created container istio-proxy', 'istio', false],
  ])('reads %j as about %s: %s', (message, container, about) => {
    expect(eventIsAbout(event('Killing', message), container)).toBe(about);
  });

  it('trusts fieldPath over the message', () => {
    expect(eventIsAbout(event('Unhealthy', 'Liveness probe failed: x', { fieldPath: 'spec.containers{web}' }), 'web')).toBe(true);
    expect(eventIsAbout(event('Unhealthy', 'Liveness probe failed: x', { fieldPath: 'spec.initContainers{web}' }), 'app')).toBe(false);
  });
});

describe('runtime start errors', () => {
  it.each([
    ['OCI runtime create failed: runc create failed: unable to start container process: exec: "gunicorn": executable file not found in $PATH: unknown', 'command-not-found'],
    ['failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/app/run.sh": permission denied: unknown', 'command-not-found'],
    ['OCI runtime create failed: container_linux.go:349: starting container process caused "process_linux.go:449: container init caused \\"rootfs_linux.go:58: mounting \\\\\\"/var/lib/kubelet/pods/x/volume-subpaths/conf/app/2\\\\\\" to rootfs ... caused \\\\\\"no such file or directory\\\\\\"\\"": unknown', 'mount-failure'],
    ['runc create failed: unable to start container process: error during container init: error mounting "/var/lib/kubelet/pods/x/volumes/kubernetes.io~configmap/cfg" to rootfs at "/etc/app/app.yaml": mount /proc/self/fd/7:/etc/app/app.yaml (via /proc/self/fd/8), flags: 0x5001: not a directory: unknown: Are you trying to mount a directory onto a file (or vice-versa)?', 'mount-failure'],
    ['exec /usr/bin/app: exec format error', 'exec-format'],
  ])('classifies %j', (message, cause) => {
    expect(classifyStartError(message)?.cause).toBe(cause);
  });

  it('leaves an unrelated message unclassified', () => {
    expect(classifyStartError('context deadline exceeded')).toBeUndefined();
  });
});

describe('JVM memory settings', () => {
  it('reads -Xmx from JAVA_TOOL_OPTIONS', () => {
    expect(jvmSettings(appContainer({ env: [{ name: 'JAVA_TOOL_OPTIONS', value: '-Xms256m -Xmx1g' }] }))).toMatchObject({ xmx: 1024 ** 3, where: 'env JAVA_TOOL_OPTIONS' });
  });

  it('reads -Xmx and MaxRAMPercentage from the command line, the last one winning', () => {
    const c = appContainer({ command: ['java', '-Xmx512m', '-Xmx768m', '-XX:MaxRAMPercentage=80.0', '-jar', '/app.jar'] });
    expect(jvmSettings(c)).toMatchObject({ xmx: 768 * 1024 ** 2, maxRamPercentage: 80 });
  });

  it('finds nothing for a container that is not a JVM', () => {
    expect(jvmSettings(appContainer({ command: ['nginx', '-g', 'daemon off;'] }))).toBeUndefined();
  });
});

describe('other readings', () => {
  it('computes the probe budget with the kubelet defaults (period 10s, threshold 3)', () => {
    expect(probeBudgetSeconds({ httpGet: { port: 8080 } })).toBe(30);
    expect(probeBudgetSeconds({ exec: { command: ['cat', '/tmp/healthy'] }, initialDelaySeconds: 5, periodSeconds: 5 })).toBe(20);
  });

  it.each([['arm64v8/nginx:1.25', 'arm64'], ['ghcr.io/acme/app:2.1-amd64', 'amd64'], ['acme/app:linux-arm32v7', 'arm'], ['nginx:1.25', undefined]])('reads the architecture of %s as %s', (image, arch) => {
    expect(imageArchitecture(image)).toBe(arch);
  });

  const svc = { metadata: { name: 'backend', namespace: 'shop' } };
  it.each([
    ['host not found in upstream "backend" in /etc/nginx/conf.d/default.conf:3', true],
    ['dial tcp: lookup backend.shop.svc.cluster.local on 10.96.0.10:53: no such host', true],
    ['getaddrinfo ENOTFOUND backend', true],
    ['dial tcp: lookup backend.example.com: no such host', false],
    ['dial tcp: lookup backend-v2 on 10.96.0.10:53: no such host', false],
    ['dial tcp: lookup backend.other on 10.96.0.10:53: no such host', false],
  ])('matches Service shop/backend in %j: %s', (line, yes) => {
    expect(mentionsService(line, svc)).toBe(yes);
  });
});
