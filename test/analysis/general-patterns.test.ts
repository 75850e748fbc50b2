// General patterns issue 10 (item 7) names as still read wrong: a pod being stopped from outside is not healthy,
// a CreateContainer(Config)Error naming a missing volume path is a mount failure, and a read-only root with an
// immediate, silent exit makes read-only-fs a candidate. Each failed before its fix.
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/report/diagnose.js';
import type { Pod } from '../../src/k8s/index.js';
import { evidenceOf, log } from './support/evidence.js';
import { appContainer, at, crashLooping, event, NOW, podOf } from './support/pods.js';

const target = { namespace: 'shop' };
const run = (parts: Omit<Parameters<typeof evidenceOf>[0], 'collectedAt'>) => diagnose({ evidence: evidenceOf({ ...parts, collectedAt: NOW }), target });
const runningApp = { name: 'app', ready: true, restartCount: 0, started: true, state: { running: { startedAt: at(3000) } } };
const deleting = (p: Pod): Pod => ({ ...p, metadata: { ...p.metadata, deletionTimestamp: at(10) } });

describe('a pod being stopped from outside is not healthy', () => {
  it('preempted: names the scheduler', () => {
    const pod = podOf([appContainer()], [runningApp], { conditions: [
      { type: 'DisruptionTarget', status: 'True', reason: 'PreemptionByScheduler', message: 'Kubernetes Scheduler: preempting to accommodate a higher priority pod', lastTransitionTime: at(12) },
      { type: 'Ready', status: 'True', lastTransitionTime: at(3000) }] });
    const d = run({ pod: deleting(pod), events: [event('Killing', 'Stopping container app', { fieldPath: 'spec.containers{app}', ago: 10 })] });
    expect(d.cause).toBe('killed-externally');
    expect(d.summary).toMatch(/preempt/i);
    expect(d.rule).toBe('pod-being-stopped');
  });
  it('drained: names the Eviction API', () => {
    const pod = podOf([appContainer()], [runningApp], { conditions: [
      { type: 'DisruptionTarget', status: 'True', reason: 'EvictionByEvictionAPI', message: 'Eviction API: evicting', lastTransitionTime: at(12) }] });
    const d = run({ pod: deleting(pod) });
    expect(d.cause).toBe('killed-externally');
    expect(d.summary).toMatch(/drain|Eviction API/);
  });
  it('deleted (no condition, an older cluster): says it is being deleted', () => {
    const d = run({ pod: deleting(podOf([appContainer()], [runningApp])), events: [event('Killing', 'Stopping container app', { fieldPath: 'spec.containers{app}', ago: 5 })] });
    expect(d.cause).toBe('killed-externally');
    expect(d.summary).toMatch(/delet/);
  });
  it('a running pod nobody is stopping is still healthy', () => {
    expect(run({ pod: podOf([appContainer()], [runningApp]) }).cause).toBeNull();
  });
});

describe('a missing volume path at container creation is a mount failure', () => {
  const withHostPath = (reason: string, message: string) => podOf(
    [appContainer({ volumeMounts: [{ name: 'shared', mountPath: '/srv/shared' }] })],
    [{ name: 'app', ready: false, restartCount: 0, state: { waiting: { reason, message } } }],
    { phase: 'Pending', spec: { volumes: [{ name: 'shared', hostPath: { path: '/mnt/disks/shared' } }] } });
  it('CreateContainerConfigError: stat of the hostPath fails', () => {
    expect(run({ pod: withHostPath('CreateContainerConfigError', 'stat /mnt/disks/shared: no such file or directory') }).cause).toBe('mount-failure');
  });
  it('CreateContainerError: the bind source path does not exist', () => {
    expect(run({ pod: withHostPath('CreateContainerError', 'Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /mnt/disks/shared') }).cause).toBe('mount-failure');
  });
  it('a ConfigMap that is missing is still missing config', () => {
    expect(run({ pod: withHostPath('CreateContainerConfigError', 'configmap "api-settings" not found') }).cause).toBe('missing-config');
  });
});

describe('read-only root filesystem and a silent, immediate exit', () => {
  it('makes read-only-fs a candidate', () => {
    const c = appContainer({ securityContext: { readOnlyRootFilesystem: true } });
    const d = run({ pod: podOf([c], [crashLooping('app', { exitCode: 1, lived: 0 })]), logs: [log('app', 'previous', '')] });
    expect(d.alternatives.find((a) => a.cause === 'read-only-fs')).toMatchObject({ verdict: 'ruled-in' });
    expect(d.cause).not.toBe('bad-config');
  });
  it('is not a candidate when the container ran for minutes', () => {
    const c = appContainer({ securityContext: { readOnlyRootFilesystem: true } });
    const d = run({ pod: podOf([c], [crashLooping('app', { exitCode: 1, lived: 600 })]), logs: [log('app', 'previous', '')] });
    expect(d.alternatives.find((a) => a.cause === 'read-only-fs')).toBeUndefined();
  });
});
