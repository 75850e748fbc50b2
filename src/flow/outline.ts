// A flow as an indented outline for trainers (`flows show`): each step once, its exits in words, its results.
import { describeGuard } from './guards.js';
import type { Flow, FlowStep } from './types.js';

export function flowOutline(flow: Flow): string {
  const byId = new Map(flow.steps.map((s) => [s.id, s] as const));
  const lines = [`${flow.id}: ${flow.title}`, `  applies when ${describeGuard(flow.appliesTo)}`, ''];
  const shown = new Set<string>();

  const visit = (step: FlowStep, depth: number, how: string): void => {
    const pad = '  '.repeat(depth);
    if (shown.has(step.id)) {
      lines.push(`${pad}${how}${step.id} (see above)`);
      return;
    }
    shown.add(step.id);
    lines.push(`${pad}${how}${step.id}: ${step.title}${resultText(step)}`);
    const detail = [
      step.evidence.length > 0 ? `shows ${step.evidence.join(', ')}` : '',
      step.plans.length > 0 ? `offers ${step.plans.join(', ')}` : '',
    ].filter(Boolean);
    if (detail.length > 0) lines.push(`${pad}    (${detail.join('; ')})`);
    for (const t of step.next) visit(byId.get(t.goto)!, depth + 1, t.when ? `if ${describeGuard(t.when)} → ` : 'otherwise → ');
    for (const c of step.choices) visit(byId.get(c.goto)!, depth + 1, `choice "${c.label}" → `);
  };
  visit(byId.get(flow.start)!, 1, '');
  return lines.join('\n');
}

function resultText(step: FlowStep): string {
  if (!step.result) return '';
  if (step.result.kind === 'hand-over') return '  ⇒ hand over: the report';
  return `  ⇒ cause ${step.result.cause}`;
}
