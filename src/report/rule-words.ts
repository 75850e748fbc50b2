// The decision rule table in the reader's language, for `rules list` and `rules explain` in zh-CN and ja: the
// rule's clause, its guard and its cause come from the diagnosis catalog (the same words the trace and the
// ruled-out reasons use); English keeps src/analysis/rules/words.ts, whose text is the reference.
import { guardSaid } from '../analysis/rules/guard.js';
import { RULES, type Rule } from '../analysis/rules/table.js';
import { causeTitle, confidenceWord, type MessageKey, type Translate } from '../i18n/index.js';
import { word } from './word.js';

const concludes = (r: Rule, t: Translate): string =>
  r.cause === null ? t('out.rules.healthy') : r.cause === 'log' ? t('out.rules.fromLog') : `${r.cause}（${causeTitle(r.cause, t)}）`;

export function rulesListIn(t: Translate): string {
  const width = Math.max(...RULES.map((r) => r.id.length));
  return `${RULES.map((r, i) => `${String(i + 1).padStart(2)}. ${r.id.padEnd(width)}  → ${r.cause === null ? t('out.rules.healthy') : r.cause === 'log' ? t('out.rules.fromLog') : r.cause}`).join('\n')}\n`;
}

export function ruleExplanationIn(r: Rule, t: Translate): string {
  const at = RULES.indexOf(r) + 1;
  const confidence = r.confidence === null ? '—' : typeof r.confidence === 'function' ? t('out.rules.confidenceFromFinding') : confidenceWord(r.confidence, t);
  return [
    t('out.rules.heading', { id: r.id, at, of: RULES.length }),
    `  ${t(`dx.rule.${r.id}` as MessageKey)}`,
    `  ${t('out.rules.firesWhen', { guard: word(guardSaid(r.when), t) })}`,
    `  ${t('out.rules.concludes', { cause: concludes(r, t) })}`,
    `  ${t('out.rules.confidence', { confidence, proved: r.proved === true ? 'yes' : 'no' })}`,
    ...(r.secondary ? [`  ${t('out.rules.secondary')}`] : []),
    `  ${at > 1 ? t('out.rules.triedAfter', { last: at - 1 }) : t('out.rules.triedFirst')}`,
  ].join('\n') + '\n';
}
