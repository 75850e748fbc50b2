// Test helper: the Evidence for a scenario's pod, read through the offline reader and the real evidence
// gathering, as `diagnose --from` would see it.
import { openOfflineReader } from '../../src/cluster/index.js';
import { gatherEvidence } from '../../src/evidence/index.js';
import type { Evidence } from '../../src/contracts/evidence.js';
import type { Scenario } from '../../src/scenario/index.js';

export async function evidenceFromScenario(scenario: Scenario): Promise<Evidence> {
  const [namespace, name] = (scenario.meta.pod ?? '').split('/') as [string, string];
  const reader = await openOfflineReader(scenario.dir);
  return gatherEvidence(reader, namespace, name, { tailLines: 500, limitBytes: 1 << 20, now: scenario.recordedAt });
}
