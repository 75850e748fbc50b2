// Each command a step offers is titled in the reader's language: its `plan.<id>` message exists in every
// catalog, says in English exactly the plan's own title, and is translated in zh-CN and ja.
import { describe, expect, it } from 'vitest';
import type { Pod } from '../../src/k8s/index.js';
import { createTranslator, type MessageKey } from '../../src/i18n/index.js';
import { buildStepPlan, PLAN_IDS } from '../../src/plans/step-plans.js';
import { cleanupPlanFor } from '../../src/session/created-resource.js';

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
