// The one screen printed before the wizard hands the terminal to a shell in the override copy: what this copy
// is, what to run in it, how to leave and how to clean up. Our own text plus the plan's argv; nothing from the
// container.
import type { Plan } from '../../contracts/plan.js';
import { ENGLISH, type Translate } from '../../i18n/index.js';
import { planPurpose } from './plan-text.js';
import { wrapLines } from './wrap-lines.js';

/** The copy and container a shell plan opens, from what the plan does (never from its argv). */
export function execTarget(plan: Plan): { readonly copy?: string; readonly container?: string } {
  return plan.intent.kind === 'exec-shell' ? { copy: plan.intent.pod, container: plan.intent.container } : {};
}

export function shellBanner(plan: Plan, columns = 80, t: Translate = ENGLISH): string {
  const { copy, container } = execTarget(plan);
  const width = Math.max(20, columns - 1);
  const rule = '─'.repeat(Math.min(width, 79));
  // Wrapped here, never by the terminal: a line that fills the last column wraps differently in each one.
  const para = (text: string, indent = '') => wrapLines(text, width - indent.length).map((row) => `${indent}${row}`);
  const lines = [
    rule,
    ...para(`kubectl-crashcourse: ${copy ? t('screen.shell.title', { copy, container: container ?? '', hasContainer: container ? 'yes' : 'no' }) : t('screen.shell.titleNoCopy', { container: container ?? '', hasContainer: container ? 'yes' : 'no' })}`),
    rule,
    ...para(t('screen.shell.what')),
    '',
    t('screen.shell.toRun'),
    ...para(planPurpose(t, plan), '  '),
    ...para(t('screen.shell.lookAround'), '  '),
    '',
    ...para(t('screen.shell.leave')),
    ...para(t('screen.shell.cleanUp')),
    rule,
    '',
  ];
  return `${lines.join('\r\n')}\r\n`;
}
