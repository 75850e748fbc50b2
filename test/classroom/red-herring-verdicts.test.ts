// Every red-herring variant on every built-in scenario it fits: written as a scenario folder, read back through
// the offline reader, diagnosed as the wizard would. The cause must be the original's, and the herring must be
// there to see (a stale warning, a second container with its noisy log, the wrapper's exit 137).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HERRINGS, RED_HERRINGS, SIDECAR_NAME, WRAPPED_EXIT } from '../../src/classroom/index.js';
import { herringInput, writeVariant } from '../../src/cli/red-herring-dir.js';
import { openOfflineReader } from '../../src/cluster/index.js';
import { gatherEvidence } from '../../src/evidence/index.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { diagnose } from '../../src/report/diagnose.js';
import { loadScenarios, type Scenario } from '../../src/scenario/index.js';

const tmp = await mkdtemp(join(tmpdir(), 'crashcourse-herrings-'));
afterAll(() => rm(tmp, { recursive: true, force: true }));

const scenarios = (await loadScenarios([builtinScenariosDir()])).filter((s) => s.meta.pod && s.meta.cause);

async function diagnosed(dir: string, podKey: string) {
  const [namespace, pod] = podKey.split('/') as [string, string];
  const evidence = await gatherEvidence(await openOfflineReader(dir), namespace, pod, { tailLines: 500, limitBytes: 1 << 20, target: { namespace } });
  return { evidence, diagnosis: diagnose({ evidence, target: { namespace } }) };
}

const inputs = new Map(await Promise.all(scenarios.map(async (s) => [s.name, await herringInput(s)] as const)));
const fitting = (kind: (typeof RED_HERRINGS)[number]): Scenario[] =>
  scenarios.filter((s) => { const input = inputs.get(s.name); return input !== undefined && HERRINGS[kind].unfit(input) === null; });

// Which scenarios each variant fits, stated so that a change in what fits is a decision, not an accident.
const EXPECTED_FIT: Record<(typeof RED_HERRINGS)[number], (s: Scenario) => boolean> = {
  'stale-event': () => true,
  'noisy-sidecar': (s) => !['configmap-not-found', 'image-pull-access-denied', 'init-container-migration-fails', 'pvc-pending-missing-storageclass', 'unschedulable-insufficient-memory', 'volume-multi-attach'].includes(s.name),
  // busybox-exit-3-istio's program exits 3 without a word: with nothing in the log, the code is all there is.
  'misleading-exit-code': (s) => ['database-connection-refused', 'grafana-run-as-non-root-volume', 'kruise-daemon-cri-socket', 'nginx-upstream-before-service', 'read-only-root-nginx', 'two-containers-one-port', 'unknown-flag'].includes(s.name),
};

describe.each(RED_HERRINGS)('the %s red herring', (kind) => {
  it('fits the scenarios it is meant for', async () => {
    const names = fitting(kind).map((s) => s.name);
    expect(names).toEqual(scenarios.filter(EXPECTED_FIT[kind]).map((s) => s.name));
    expect(names.length).toBeGreaterThanOrEqual(3);
  });

  it.each(fitting(kind).map((s) => [s.name, s] as const))('leaves the diagnosis of %s as it was', async (name, s) => {
    const input = inputs.get(name)!;
    const dir = join(tmp, `${kind}-${name}`);
    await writeVariant(s, input.pod, HERRINGS[kind].apply(input), dir);
    const before = await diagnosed(s.dir, s.meta.pod!);
    const after = await diagnosed(dir, s.meta.pod!);
    expect(after.diagnosis.cause, JSON.stringify(after.diagnosis.findings.map((f) => [f.id, f.cause, f.confidence]))).toBe(before.diagnosis.cause);
    expect(after.diagnosis.container).toBe(before.diagnosis.container);
    if (kind === 'stale-event') expect(after.evidence.events.length).toBe(before.evidence.events.length + 1);
    if (kind === 'noisy-sidecar') expect(after.evidence.pod.spec.containers[0]!.name).toBe(SIDECAR_NAME);
    if (kind === 'misleading-exit-code') {
      expect(after.diagnosis.exitCode).toBe(WRAPPED_EXIT);
      expect(before.diagnosis.exitCode).not.toBe(WRAPPED_EXIT);
    }
  });
});
