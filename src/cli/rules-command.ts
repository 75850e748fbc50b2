// `rules list` prints the decision rule table in order; `rules explain ID` says what one rule means.
import { RULES } from '../analysis/rules/table.js';
import { findRule, ruleExplanation, rulesList } from '../analysis/rules/words.js';
import { sanitize } from '../text/sanitize.js';
import type { Locale } from '../i18n/locale.js';
import { createTranslator } from '../i18n/translate.js';
import { userError } from '../i18n/user-error.js';
import { ruleExplanationIn, rulesListIn } from '../report/rule-words.js';

export interface RulesOptions {
  readonly action: 'list' | 'explain';
  readonly id?: string;
  readonly locale?: Locale;
}

export function runRules(options: RulesOptions): number {
  // English is the reference wording (words.ts); another language is worded from the catalogs.
  const t = options.locale && options.locale !== 'en' ? createTranslator(options.locale) : undefined;
  if (options.action === 'list') {
    process.stdout.write(t ? rulesListIn(t) : rulesList());
    return 0;
  }
  const rule = findRule(options.id ?? '');
  if (!rule) {
    const near = RULES.filter((r) => (options.id ?? '').length > 2 && r.id.includes(options.id ?? '')).map((r) => r.id);
    const id = sanitize(options.id ?? '').slice(0, 80);
    throw near.length ? userError('out.rules.unknownNear', { id, near: near.join(', ') }, 2) : userError('out.rules.unknown', { id }, 2);
  }
  process.stdout.write(t ? ruleExplanationIn(rule, t) : ruleExplanation(rule));
  return 0;
}
