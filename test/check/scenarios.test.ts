// The built-in scenarios as check input: every scenario whose failure shows in its manifests is flagged with
// the rule that foresees it, at the line that holds the setting. The others are listed with why not.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/index.js';
import { scenarioFacts, scenarioManifests } from './scenario-facts.js';

const ROOT = join(import.meta.dirname, '../../scenarios');

// scenario → the rule, and a text the flagged line must contain (so the line number is the setting's own).
const FORESEEN: readonly [string, string, RegExp][] = [
  ['oom-killed-jvm', 'jvm-heap-over-limit', /-Xmx1536m/],
  ['read-only-root-nginx', 'read-only-root-unwritable', /readOnlyRootFilesystem: true/],
  ['command-not-in-path', 'command-not-in-image', /command:/],
  ['exec-format-arm64-node', 'image-arch-not-on-nodes', /image: registry\.example\.com\/edge\/sensor-gateway/],
  ['configmap-not-found', 'missing-reference', /name: /],
  ['configmap-subpath-start-error', 'configmap-subpath', /subPath: server\.yaml/],
  ['pvc-pending-missing-storageclass', 'missing-storage-class', /storageClassName: fast-ssd/],
  ['two-containers-one-port', 'duplicate-container-port', /containerPort:/],
  ['poststart-hook-missing-script', 'hook-command-not-in-image', /command:/],
  ['grafana-run-as-non-root-volume', 'pvc-without-fsgroup', /- (mountPath|name):/],
  ['liveness-probe-missing-file', 'liveness-file-never-created', /"command"/],
];

// What a manifest cannot show: the failure lives in the app, its data, the node or the order of events.
const NOT_FORESEEABLE = [
  'busybox-exit-3-istio', 'database-connection-refused', 'exits-zero-tomcat-startup-sh', 'image-pull-access-denied',
  'init-container-migration-fails', 'kruise-daemon-cri-socket', 'nginx-upstream-before-service',
  'node-reboot-exit-255', 'segfault-image-decoder', 'sigterm-from-outside', 'silent-exit-1-cronjob', 'unknown-flag',
  'unschedulable-insufficient-memory', 'volume-multi-attach',
];

describe('check on the built-in scenarios', () => {
  it('classifies every built-in scenario as foreseen or not (a new scenario must be added here)', () => {
    const all = readdirSync(ROOT).filter((n) => statSync(join(ROOT, n)).isDirectory()).sort();
    expect([...FORESEEN.map(([s]) => s), ...NOT_FORESEEABLE].sort()).toEqual(all);
  });

  it.each(FORESEEN)('foresees %s with %s, naming the file and the line of the setting', async (scenario, rule, lineText) => {
    const dir = join(ROOT, scenario);
    const findings = runCheck(scenarioManifests(dir), await scenarioFacts(dir)).filter((f) => f.rule === rule);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      const line = readFileSync(join(dir, f.file), 'utf8').split('\n')[f.line - 1] ?? '';
      expect(line).toMatch(lineText);
    }
  });

  it('reports each setting once, not again for the ReplicaSet and Pod made from the same template', async () => {
    const dir = join(ROOT, 'oom-killed-jvm');
    const heap = runCheck(scenarioManifests(dir), await scenarioFacts(dir)).filter((f) => f.rule === 'jvm-heap-over-limit');
    expect(heap.map((f) => f.object)).toEqual(['Deployment/ledger-service']);
  });

  it('does not blame the scenarios whose failure a manifest cannot show on their own cause', async () => {
    const causes = Object.fromEntries(await Promise.all(NOT_FORESEEABLE.map(async (s) => {
      const dir = join(ROOT, s);
      const meta = /^cause: (\S+)/m.exec(readFileSync(join(dir, 'scenario.yaml'), 'utf8'))![1]!;
      const errors = runCheck(scenarioManifests(dir), await scenarioFacts(dir)).filter((f) => f.severity === 'error' && f.cause === meta);
      return [s, errors.map((f) => f.rule)] as const;
    })));
    expect(causes).toEqual(Object.fromEntries(NOT_FORESEEABLE.map((s) => [s, []])));
  });
});
