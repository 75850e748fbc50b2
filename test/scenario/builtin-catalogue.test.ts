import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { CAUSE_IDS, isCauseId } from '../../src/contracts/causes.js';
import type { KubeEvent, Pod } from '../../src/k8s/index.js';
import { loadScenarios } from '../../src/scenario/index.js';
import { builtinScenariosDir } from '../../src/paths.js';

const scenarios = await loadScenarios([builtinScenariosDir()]);

describe('the built-in scenario catalogue', () => {
  it('loads at least the three scenarios other engineers test with', () => {
    const names = scenarios.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['busybox-exit-3-istio', 'liveness-probe-missing-file', 'oom-killed-jvm']));
  });

  it.each(scenarios.map((s) => [s.name, s] as const))('%s names a pod it holds and a known cause', (_name, scenario) => {
    expect(isCauseId(scenario.meta.cause)).toBe(true);
    for (const id of scenario.meta.also ?? []) expect(isCauseId(id)).toBe(true);
    const [ns, name] = String(scenario.meta.pod).split('/');
    const pod = scenario.objects.find((o) => o.kind === 'Pod' && o.metadata.namespace === ns && o.metadata.name === name) as Pod | undefined;
    expect(pod).toBeDefined();
    expect(scenario.meta.title).toBeTruthy();
    expect(scenario.meta.source).toBeTruthy();
  });

  it.each(scenarios.map((s) => [s.name, s] as const))('%s keeps its times consistent with its recordedAt', (_name, scenario) => {
    for (const object of scenario.objects) {
      for (const key of ['creationTimestamp'] as const) {
        const value = object.metadata[key];
        if (typeof value === 'string') expect(Date.parse(value), `${object.kind} ${object.metadata.name}`).toBeLessThanOrEqual(scenario.recordedAt);
      }
      if (object.kind === 'Event') {
        const last = (object as { lastTimestamp?: string }).lastTimestamp;
        if (last) expect(Date.parse(last), `event ${object.metadata.name}`).toBeLessThanOrEqual(scenario.recordedAt);
      }
    }
  });

  it.each(scenarios.map((s) => [s.name, s] as const))('%s ties every pod event to its pod by uid', (_name, scenario) => {
    const uids = new Map(scenario.objects.filter((o) => o.kind === 'Pod').map((o) => [`${o.metadata.namespace}/${o.metadata.name}`, o.metadata.uid]));
    for (const object of scenario.objects) {
      if (object.kind !== 'Event') continue;
      const involved = (object as KubeEvent).involvedObject;
      if (involved.kind !== 'Pod') continue;
      expect(involved.uid, `event ${object.metadata.name}`).toBe(uids.get(`${involved.namespace}/${involved.name}`));
    }
  });

  it.each(scenarios.map((s) => [s.name, s] as const))('%s gives a crash-looping container the kubelet back-off message with its pod uid', (_name, scenario) => {
    for (const pod of scenario.objects.filter((o): o is Pod => o.kind === 'Pod')) {
      for (const status of [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])]) {
        if (status.state?.waiting?.reason !== 'CrashLoopBackOff') continue;
        expect(status.state.waiting.message).toMatch(
          new RegExp(`^back-off \\d+m?\\d*s restarting failed container=${status.name} pod=${pod.metadata.name}_${pod.metadata.namespace}\\(${pod.metadata.uid}\\)$`),
        );
        const finished = status.lastState?.terminated?.finishedAt;
        expect(finished && Date.parse(finished) < scenario.recordedAt).toBe(true);
      }
    }
  });

  it('covers every cause id of causes.md with at least one scenario', () => {
    // The shared spec sits beside the checkout while we build; a clean clone has only CAUSE_IDS, its mirror.
    const specFile = new URL('../../../shared/spec/causes.md', import.meta.url);
    if (existsSync(specFile)) {
      const documented = [...readFileSync(specFile, 'utf8').matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
      expect(documented.sort()).toEqual([...CAUSE_IDS].sort());
    }
    const covered = new Set(scenarios.map((s) => s.meta.cause));
    const missing = CAUSE_IDS.filter((id) => !covered.has(id));
    expect(missing).toEqual([]);
  });
});

describe('the catalogue served as one cluster', () => {
  it('has no object that two scenarios both define', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const scenario of scenarios) {
      for (const object of scenario.objects) {
        const key = `${object.kind}/${object.metadata.namespace ?? ''}/${object.metadata.name}`;
        const other = owners.get(key);
        if (other && other !== scenario.name) clashes.push(`${key}: ${other} and ${scenario.name}`);
        owners.set(key, scenario.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('describes the image of every container that failed to run, so the wizard can show its entrypoint', () => {
    const missing: string[] = [];
    for (const scenario of scenarios.filter((s) => s.meta.cause !== 'image-pull')) {
      const pod = scenario.objects.find((o) => o.kind === 'Pod' && `${o.metadata.namespace}/${o.metadata.name}` === scenario.meta.pod) as Pod;
      const failing = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])].filter((s) => s.restartCount > 0 || s.state?.waiting);
      const specs = [...pod.spec.containers, ...(pod.spec.initContainers ?? [])];
      for (const status of failing) {
        const image = specs.find((c) => c.name === status.name)?.image;
        if (image && status.state?.waiting?.reason !== 'PodInitializing' && !scenario.meta.images?.[image]) missing.push(`${scenario.name}: ${image}`);
      }
    }
    expect(missing).toEqual([]);
    const distroless = scenarios.flatMap((s) => Object.values(s.meta.images ?? {})).filter((image) => !image.shell);
    expect(distroless.length).toBeGreaterThan(0);
  });
});
