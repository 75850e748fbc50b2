// A flow as an indented outline for trainers (`flows show`): each step once, its exits in words, its results.
// Step ids, evidence names, plan ids and cause ids stay as the flow file spells them; the words around them are
// the reader's. Given a width, a long entry wraps under itself (a double-width character counts two columns).
import { ENGLISH, type Translate } from '../i18n/translate.js';
import { describeGuard } from './guards.js';
import { wrapEntry } from './outline-wrap.js';
import type { Flow, FlowStep } from './types.js';

export function flowOutline(flow: Flow, t: Translate = ENGLISH, width?: number): string {
  const byId = new Map(flow.steps.map((s) => [s.id, s] as const));
  const lines: string[] = [];
  const add = (pad: string, text: string, hang = '    '): void => {
    if (width === undefined) {
      lines.push(`${pad}${text}`);
      return;
    }
    const [head = '', ...tail] = wrapEntry(text, Math.max(20, width - pad.length), Math.max(20, width - pad.length - hang.length));
    lines.push(`${pad}${head}`);
    for (const row of tail) lines.push(`${pad}${hang}${row}`);
  };
  const sep = t('flows.show.listSep');
  add('', `${flow.id}: ${flow.title}`);
  add('  ', t('flows.show.appliesWhen', { guard: describeGuard(flow.appliesTo, t) }));
  lines.push('');
  const shown = new Set<string>();

  const visit = (step: FlowStep, depth: number, how: (target: string) => string): void => {
    const pad = '  '.repeat(depth);
    if (shown.has(step.id)) {
      add(pad, how(t('flows.show.seeAbove', { id: step.id })));
      return;
    }
    shown.add(step.id);
    add(pad, how(`${step.id}: ${step.title}${resultText(step, t)}`));
    const detail = [
      step.evidence.length > 0 ? t('flows.show.shows', { items: step.evidence.join(sep) }) : '',
      step.plans.length > 0 ? t('flows.show.offers', { items: step.plans.join(sep) }) : '',
    ].filter(Boolean);
    if (detail.length === 1) add(`${pad}    `, t('flows.show.detail', { first: detail[0]! }), ' ');
    if (detail.length === 2) add(`${pad}    `, t('flows.show.details', { first: detail[0]!, second: detail[1]! }), ' ');
    for (const n of step.next) {
      visit(byId.get(n.goto)!, depth + 1, (target) =>
        n.when ? t('flows.show.if', { guard: describeGuard(n.when, t), step: target }) : t('flows.show.otherwise', { step: target }));
    }
    for (const c of step.choices) visit(byId.get(c.goto)!, depth + 1, (target) => t('flows.show.choice', { label: c.label, step: target }));
  };
  visit(byId.get(flow.start)!, 1, (target) => target);
  return lines.join('\n');
}

function resultText(step: FlowStep, t: Translate): string {
  if (!step.result) return '';
  return `  ${step.result.kind === 'hand-over' ? t('flows.show.handOver') : t('flows.show.cause', { cause: step.result.cause })}`;
}
