import { describe, expect, it } from 'vitest';
import type { Plan, RunRecord } from '../../src/contracts/plan.js';
import { createdBy } from '../../src/session/created-resource.js';

const plan: Plan = {
  id: 'override-copy', title: 'Start a copy', argv: ['kubectl-crashcourse', 'override', 'shop/web', '--yes', '-o', 'json'], purpose: 'look inside', risk: 'create',
  creates: 'a copy of pod shop/web (labelled kubectl-crashcourse)', undo: ['kubectl-crashcourse', 'override', 'shop/web', '--cleanup', '--yes'],
};
const ran = (output: string): RunRecord => ({ planId: plan.id, argv: plan.argv, startedAt: 0, durationMs: 1, exitCode: 0, output, outcome: 'ran' });
const json = JSON.stringify({ copy: 'shop/web-crashcourse-ab12c', container: 'app' }, null, 2);

describe('what an override run created', () => {
  it('reads the copy name from the JSON output', () => {
    expect(createdBy(plan, ran(json), 'shop')).toMatchObject({ namespace: 'shop', name: 'web-crashcourse-ab12c' });
  });

  it('still reads it when progress lines come before and a runtime warning on stderr comes after', () => {
    const output = `waiting for the copy…\n${json}\n(node:1) [DEP0040] DeprecationWarning: The \`punycode\` module is deprecated.\n`;
    expect(createdBy(plan, ran(output), 'shop')).toMatchObject({ namespace: 'shop', name: 'web-crashcourse-ab12c' });
  });

  it('falls back to the plan description when there is no JSON, and records nothing for a failed run', () => {
    expect(createdBy(plan, ran('pod/web-x created'), 'shop')?.name).toBe(plan.creates);
    expect(createdBy(plan, { ...ran(json), exitCode: 1 }, 'shop')).toBeNull();
  });
});
