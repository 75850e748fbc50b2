// A next step's English title (what JSON carries) and its message (what text, Markdown and the wizard word) say
// the same thing, and the message is worded with the step's names in zh-CN and ja.
import { describe, expect, it } from 'vitest';
import { CAUSE_IDS } from '../../src/contracts/causes.js';
import { createTranslator } from '../../src/i18n/index.js';
import { readPlans } from '../../src/plans/read-plans.js';
import { nextStepTitle, word } from '../../src/report/word.js';

const steps = [...CAUSE_IDS, 'unknown' as const, null].flatMap((cause) => readPlans({
  target: { namespace: 'shop', context: 'kind-x' }, pod: 'cart-1', cause, container: 'app', nodeName: 'node-7',
  owner: { kind: 'Deployment', name: 'cart' }, related: [{ kind: 'ConfigMap', name: 'cart-config' }],
}));

describe('next steps in words', () => {
  it('every step carries a message whose English is its title', () => {
    expect(steps.length).toBeGreaterThan(15);
    for (const s of steps) {
      expect(s.say, s.title).toBeDefined();
      expect(word(s.say!)).toBe(s.title);
    }
  });

  it.each(['zh-CN', 'ja'] as const)('in %s every title differs from the English and keeps its names', (locale) => {
    const t = createTranslator(locale);
    for (const s of steps) {
      const local = nextStepTitle(s, t);
      expect(local).not.toBe(s.title);
      for (const v of Object.values(s.say!.values ?? {})) expect(local).toContain(String(v));
    }
  });
});
