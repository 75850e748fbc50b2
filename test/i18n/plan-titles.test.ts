// Each command a step offers is titled in the reader's language: its `plan.<id>` message exists in every
// catalog, says in English exactly the plan's own title, and is translated in zh-CN and ja; so do its purpose and
// what it creates.
import { describe, expect, it } from 'vitest';
import type { Pod } from '../../src/k8s/index.js';
import { createTranslator, type MessageKey } from '../../src/i18n/index.js';
import { buildStepPlan, PLAN_IDS } from '../../src/plans/step-plans.js';
import { cleanupPlanFor } from '../../src/session/created-resource.js';
import { straceCapturePlan } from '../../src/plans/strace-capture.js';
import { stepView } from '../../src/session/step-view.js';
import type { Flow, FlowStep } from '../../src/flow/index.js';
import type { Entrypoint } from '../../src/image/index.js';
import { planCreates, planPurpose } from '../../src/ui/format/plan-text.js';
import { englishRuns } from '../support/english-runs.js';

const pod: Pod = {
  apiVersion: 'v1', kind: 'Pod',
  metadata: { name: 'web', namespace: 'shop', ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-7d9f8', controller: true, uid: 'o' }] },
  spec: { nodeName: 'node-a', initContainers: [{ name: 'migrate', image: 'flyway' }], containers: [{ name: 'app', image: 'busybox', env: [{ name: 'A', value: '1' }] }] },
  status: { initContainerStatuses: [{ name: 'migrate', ready: false, restartCount: 2, state: { terminated: { exitCode: 1 } } }] },
};
const ctx = { pod, container: 'app', target: { namespace: 'shop', context: 'kind' }, copy: 'web-crashcourse-ab12c', process: ['/app/web', '--port=80'] };
const plans = PLAN_IDS.map((id) => buildStepPlan(id, ctx)).filter((p) => p !== null);
const cleanup = cleanupPlanFor([{ kind: 'Pod', namespace: 'shop', name: 'web-crashcourse-ab12c', cleanup: [], cleanupIntent: { target: ctx.target, kind: 'cleanup-override', pod: 'web' }, cleanedUp: false }])!;
const en = createTranslator('en');

describe('plan titles in every language', () => {
  it('every plan a step offers, and the clean-up question, carries a catalog message', () => {
    expect(plans.map((p) => p.id).sort()).toEqual([...PLAN_IDS].sort());
    for (const p of [...plans, cleanup]) expect(p.titleMessage?.key, p.id).toMatch(/^plan\./);
  });

  it('says in English exactly the plan\'s own title', () => {
    for (const p of [...plans, cleanup]) expect(en(p.titleMessage!.key as MessageKey, p.titleMessage!.values), p.id).toBe(p.title);
  });

  it.each(['zh-CN', 'ja'] as const)('is translated in %s, with the names it needs filled in', (locale) => {
    const t = createTranslator(locale);
    for (const p of [...plans, cleanup]) {
      const said = t(p.titleMessage!.key as MessageKey, p.titleMessage!.values);
      expect(said, p.id).not.toBe(p.title);
      expect(said, p.id).not.toMatch(/[{}]/);
    }
    expect(t('plan.logs-init', buildStepPlan('logs-init', ctx)!.titleMessage!.values)).toContain('migrate');
    expect(t('plan.strace-capture', buildStepPlan('strace-capture', ctx)!.titleMessage!.values)).toContain('web-crashcourse-ab12c');
  });
});

// The purpose (why run it) and what a plan creates are keyed by plan id too: `plan.<id>.purpose`, `.creates`.
describe('plan purposes in every language', () => {
  const resolving = straceCapturePlan({ podRef: 'shop/web', container: 'app', copy: 'web-crashcourse-ab12c', target: ctx.target })!;
  const byHand = stepView(
    { id: 'crashloop' } as Flow,
    { id: 'shell', title: 'Shell', explain: '', evidence: [], plans: ['override-shell'], choices: [] } as unknown as FlowStep,
    { pod, container: 'app', target: ctx.target, copy: 'web-crashcourse-ab12c', readOnly: false, entrypoint: { command: ['/app/web'], args: ['--port=80'], source: 'spec' } as unknown as Entrypoint },
  ).plans[0]!;
  const all = [...plans, resolving, byHand];

  it('every step plan carries a purpose message, and one for what it creates when it creates something', () => {
    for (const p of all) expect(p.purposeMessage?.key, p.id).toMatch(/^plan\./);
    expect(plans.filter((p) => p.creates).map((p) => [p.id, p.createsMessage?.key])).toEqual([['override-copy', 'plan.override-copy.creates'], ['strace-debug', 'plan.strace-debug.creates']]);
    expect(resolving.purposeMessage!.key).not.toBe(buildStepPlan('strace-capture', ctx)!.purposeMessage!.key);
  });

  it('says in English exactly the plan\'s own purpose, and what it creates', () => {
    for (const p of all) expect(planPurpose(en, p), p.id).toBe(p.purpose);
    for (const p of plans.filter((x) => x.creates)) expect(planCreates(en, p), p.id).toBe(p.creates);
  });

  it.each(['zh-CN', 'ja'] as const)('is translated in %s with no English sentence left, the names and commands kept', (locale) => {
    const t = createTranslator(locale);
    for (const p of all) {
      const said = planPurpose(t, p);
      expect(englishRuns(said.replace(/`[^`]*`/g, ' ')), `${p.id}: ${said}`).toEqual([]);
      expect(said, p.id).not.toMatch(/[{}]/);
    }
    expect(planPurpose(t, byHand)).toContain('/app/web --port=80');
    expect(planPurpose(t, buildStepPlan('strace-debug', ctx)!)).toContain('nicolaka/netshoot');
    expect(planCreates(t, buildStepPlan('override-copy', ctx)!)).toContain('shop/web');
    expect(planCreates(t, buildStepPlan('strace-debug', ctx)!)).toContain('web-crashcourse-ab12c');
  });

  it('keeps the English of a plan whose key no catalog knows (another domain\'s plans can join later)', () => {
    const other = { ...plans[0]!, purposeMessage: { key: 'override.not-yet' } };
    expect(planPurpose(createTranslator('ja'), other)).toBe(other.purpose);
  });
});
