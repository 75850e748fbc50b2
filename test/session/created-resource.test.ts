import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../../src/contracts/plan.js';
import { planOf } from '../../src/plans/plan-argv.js';
import { cleanupPlanFor, createdBy } from '../../src/session/created-resource.js';

const target = { namespace: 'shop' };
const plan = planOf('override-copy', 'Start a copy', { target, kind: 'start-override', pod: 'web', container: 'app', dryRun: false }, 'look inside', 'create', {
  creates: 'a copy of pod shop/web (labelled kubectl-crashcourse)', undoIntent: { target, kind: 'cleanup-override', pod: 'web' },
});
const ran = (output: string, more: Partial<RunRecord> = {}): RunRecord => ({ planId: plan.id, argv: plan.argv, startedAt: 0, durationMs: 1, exitCode: 0, output, outcome: 'ran', ...more });

describe('what an override run created', () => {
  it('takes the copy from the run\'s own record, not from its output', () => {
    // The output names another pod: only the structured record counts.
    const made = createdBy(plan, ran('{"copy": "shop/not-this-one"}', { created: [{ namespace: 'shop', name: 'web-crashcourse-ab12c' }] }), 'shop');
    expect(made).toMatchObject([{ namespace: 'shop', name: 'web-crashcourse-ab12c', cleanup: ['kubectl-crashcourse', 'override', 'shop/web', '--cleanup', '--yes'] }]);
    expect(cleanupPlanFor(made)?.intent).toEqual(plan.undoIntent);
  });

  it('keeps a copy that was made even when the run failed afterwards (it did not start)', () => {
    expect(createdBy(plan, ran('The copy did not start', { exitCode: 1, created: [{ namespace: 'shop', name: 'web-crashcourse-ab12c' }] }), 'shop')).toHaveLength(1);
  });

  it('falls back to the plan description without a record, and records nothing for a failed run', () => {
    expect(createdBy(plan, ran('pod/web-x created'), 'shop')[0]?.name).toBe(plan.creates);
    expect(createdBy(plan, ran('', { exitCode: 1 }), 'shop')).toEqual([]);
  });
});
