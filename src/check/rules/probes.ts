// Probe settings that kill healthy containers: liveness with no startupProbe on a slow starter, liveness
// identical to readiness (a slow moment becomes a restart), default 1 s timeouts on heavy runtimes.
import type { Container, Probe } from '../../k8s/index.js';
import { isHeavyRuntime } from '../heavy-runtime.js';
import { said } from '../finding-words.js';
import type { CheckRule } from '../types.js';
import { containersOf, objectName } from '../workloads.js';

// Kubelet defaults (k8s.io/api core/v1 Probe): period 10 s, failureThreshold 3, timeout 1 s, no initial delay.
const budget = (p: Probe): number => (p.initialDelaySeconds ?? 0) + (p.periodSeconds ?? 10) * (p.failureThreshold ?? 3);
// A JVM or similar runtime often needs more than this to serve its first request.
const SLOW_START_SECONDS = 60;

const same = (a: Probe, b: Probe): boolean => JSON.stringify(a) === JSON.stringify(b);

export const livenessWithoutStartup: CheckRule = {
  id: 'liveness-without-startup-probe', cause: 'liveness-probe', severity: 'warning', needs: 'manifest',
  description: 'a liveness probe with no startupProbe kills a slow-starting container before it is up',
  run: ({ template, facts }) => containersOf(template).flatMap(({ container: c, path, init }) => {
    if (init || !c.livenessProbe || c.startupProbe) return [];
    const heavy = isHeavyRuntime(c, facts.images.get(c.image ?? ''));
    const b = budget(c.livenessProbe);
    if (!heavy || b >= SLOW_START_SECONDS) return [];
    return [{
      object: objectName(template), container: c.name, file: template.doc.file, line: template.doc.lineOf([...path, 'livenessProbe']),
      ...said('check.livenessWithoutStartup', { container: c.name, runtime: heavy, seconds: String(b) }),
    }];
  }),
};

export const livenessEqualsReadiness: CheckRule = {
  id: 'liveness-equals-readiness', cause: 'liveness-probe', severity: 'warning', needs: 'manifest',
  description: 'a liveness probe identical to the readiness probe restarts a container that is only busy',
  run: ({ template }) => containersOf(template).flatMap(({ container: c, path }) =>
    c.livenessProbe && c.readinessProbe && same(c.livenessProbe, c.readinessProbe)
      ? [{ object: objectName(template), container: c.name, file: template.doc.file, line: template.doc.lineOf([...path, 'livenessProbe']),
        ...said('check.livenessEqualsReadiness', { container: c.name }) }]
      : []),
};

export const defaultProbeTimeout: CheckRule = {
  id: 'probe-timeout-default', cause: 'liveness-probe', severity: 'note', needs: 'manifest',
  description: 'a heavy runtime probed with the default 1 s timeout fails its probe under load or GC pauses',
  run: ({ template, facts }) => containersOf(template).flatMap(({ container: c, path }) => {
    const heavy = isHeavyRuntime(c, facts.images.get(c.image ?? ''));
    const probe = c.livenessProbe;
    if (!heavy || !probe || probe.exec || probe.timeoutSeconds !== undefined) return [];
    return [{ object: objectName(template), container: c.name, file: template.doc.file, line: template.doc.lineOf([...path, 'livenessProbe']),
      ...said('check.probeTimeoutDefault', { container: c.name, runtime: heavy }) }];
  }),
};

export type { Container };
