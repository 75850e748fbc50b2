// One per-cause title everywhere a cause is named: the text and markdown reports print CAUSE_TITLES, and each
// flow's result step named after its cause must carry the same title (they disagreed before issue 10).
import { describe, expect, it } from 'vitest';
import { CAUSE_TITLES } from '../../src/analysis/causes.js';
import { loadBuiltinFlows } from '../../src/flow/index.js';

describe('the per-cause catalogue', () => {
  it('is the title of every flow result step named after its cause', async () => {
    const flows = await loadBuiltinFlows();
    let checked = 0;
    for (const flow of flows) {
      for (const step of flow.steps) {
        if (step.result?.kind !== 'cause' || step.id !== step.result.cause) continue;
        expect(step.title, `${flow.id}/${step.id}`).toBe(CAUSE_TITLES[step.result.cause]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });
});
