// The decision rule table in words, for people and trainers: `rules list` (one line per rule, in order) and
// `rules explain ID` (what it means, when it fires, what it concludes).
import { CAUSE_TITLES } from '../../contracts/causes.js';
import { describeRuleGuard } from './guard.js';
import { RULES, type Rule } from './table.js';

const causeWords = (r: Rule): string => (r.cause === null ? 'nothing to explain (healthy)' : r.cause === 'log' ? 'the cause the decisive log line names' : `${r.cause} (${CAUSE_TITLES[r.cause]})`);
const confidenceWords = (r: Rule): string => (r.confidence === null ? '—' : typeof r.confidence === 'function' ? 'taken from the finding it rests on' : r.confidence);

export function rulesList(): string {
  const width = Math.max(...RULES.map((r) => r.id.length));
  return `${RULES.map((r, i) => `${String(i + 1).padStart(2)}. ${r.id.padEnd(width)}  → ${r.cause === null ? 'healthy' : r.cause === 'log' ? '(from the log line)' : r.cause}`).join('\n')}\n`;
}

export const findRule = (id: string): Rule | undefined => RULES.find((r) => r.id === id);

export function ruleExplanation(r: Rule): string {
  const at = RULES.indexOf(r) + 1;
  return [
    `${r.id} (rule ${at} of ${RULES.length})`,
    `  ${r.says}`,
    `  fires when: ${describeRuleGuard(r.when)}`,
    `  concludes:  ${causeWords(r)}`,
    `  confidence: ${confidenceWords(r)}${r.proved === true ? ' (proved by a status field or event)' : ''}`,
    ...(r.secondary ? ['  then reads the init container\'s own failure with the crash rules (shown as the secondary cause)'] : []),
    at > 1 ? `  tried only when rules 1–${at - 1} did not fire (see \`diagnose -o json\`: trace)` : '  tried first',
  ].join('\n') + '\n';
}
