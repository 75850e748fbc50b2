// The one screen printed before the wizard hands the terminal to a shell in the override copy: what this copy
// is, what to run in it, how to leave and how to clean up. Our own text plus the plan's argv; nothing from the
// container.
import type { Plan } from '../../contracts/plan.js';
import { wrapLines } from './wrap-lines.js';

/** The copy and container a shell plan opens, from what the plan does (never from its argv). */
export function execTarget(plan: Plan): { readonly copy?: string; readonly container?: string } {
  return plan.intent.kind === 'exec-shell' ? { copy: plan.intent.pod, container: plan.intent.container } : {};
}

export function shellBanner(plan: Plan, columns = 80): string {
  const { copy, container } = execTarget(plan);
  const width = Math.max(20, columns - 1);
  const rule = '─'.repeat(Math.min(width, 79));
  // Wrapped here, never by the terminal: a line that fills the last column wraps differently in each one.
  const para = (text: string, indent = '') => wrapLines(text, width - indent.length).map((row) => `${indent}${row}`);
  const lines = [
    rule,
    ...para(`kubectl-crashcourse: a shell in ${copy ?? 'the copy'}${container ? `, container ${container}` : ''}`),
    rule,
    ...para('What this is: a COPY of your pod whose container waits (sleep) instead of running its entrypoint, with every probe removed and no labels, so nothing kills it and no Service sends it traffic. Your pod and its workload are untouched.'),
    '',
    'What to run:',
    ...para(plan.purpose, '  '),
    ...para('Look around first: env, ls -la, cat the config files, mount, id.', '  '),
    '',
    ...para('How to leave: type exit (or press Ctrl-D): you come back to the wizard where you were.'),
    ...para('How to clean up: in the wizard, "Delete the copies made of this pod"; q also offers to. The delete command is printed when the shell exits.'),
    rule,
    '',
  ];
  return `${lines.join('\r\n')}\r\n`;
}
