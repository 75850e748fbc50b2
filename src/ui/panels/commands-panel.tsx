// The commands a step offers, exactly as they would be typed (POSIX-quoted argv with --context/-n), so a
// learner can run them too; changing ones are marked and hidden in read-only mode.
import { Box, Text } from 'ink';
import type { Plan } from '../../contracts/plan.js';
import { displayCommand } from '../../contracts/kubectl-target.js';
import { wrapLines } from '../format/wrap-lines.js';
import { planTitle, useT } from '../i18n.js';
import { useTheme } from '../theme.js';

/**
 * The command in one row: whole when it fits; else without --kubeconfig (a long temporary path, the same on every
 * command of the session) so the verb and the pod fit at 80 columns. `c` copies and `r` runs the full argv; Tab
 * shows it.
 */
export function shortCommand(argv: readonly string[], columns: number): string {
  const full = displayCommand(argv);
  if (full.length + 4 <= columns) return full;
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--kubeconfig') {
      i++;
      continue;
    }
    out.push(argv[i]!);
  }
  return out.length === argv.length ? full : displayCommand(out).replace(/^kubectl /, 'kubectl … ');
}

/** The whole command, wrapped by us under a `$ ` so no character is lost at a break. */
export const fullCommandRows = (argv: readonly string[], columns: number): string[] =>
  wrapLines(displayCommand(argv), Math.max(10, columns - 4)).map((row, r) => `${r === 0 ? '  $ ' : '    '}${row}`);

/** Rows the panel takes (without its title) at `columns`. */
export function commandsRows(plans: readonly Plan[], selected: number, full: boolean, columns: number, note: boolean): number {
  if (plans.length === 0) return 1;
  const plan = plans[Math.min(selected, plans.length - 1)]!;
  const commandRows = full ? fullCommandRows(plan.argv, columns).length : 1;
  return plans.length + commandRows + (note ? 1 : 0);
}

export function CommandsPanel({ plans, selected, focused, note, columns, suggest = false }: { readonly plans: readonly Plan[]; readonly selected: number; readonly focused: boolean; readonly note?: string; readonly columns: number; readonly suggest?: boolean }) {
  const theme = useTheme();
  const t = useT();
  if (plans.length === 0) return <Text {...theme('muted')}>{t('commands.none')}</Text>;
  return (
    <Box flexDirection="column">
      {plans.map((p, i) => {
        const sel = i === selected;
        return (
          <Box key={p.id} flexDirection="column">
            <Text {...(sel && focused ? theme('selected') : sel ? theme('accent') : theme('muted'))} wrap="truncate-end">
              {sel ? '› ' : '  '}
              {planTitle(t, p)}
              {p.risk !== 'read' ? ` ${t(suggest ? 'commands.riskYourself' : 'commands.riskAsks', { risk: p.risk })}` : ''}
            </Text>
            {sel && focused
              ? fullCommandRows(p.argv, columns).map((row, r) => (
                  <Text key={r} {...theme('command')} wrap="truncate-end">
                    {row}
                  </Text>
                ))
              : null}
            {sel && !focused ? (
              <Text {...theme('command')} wrap="truncate-end">
                {'  $ '}
                {shortCommand(p.argv, columns)}
              </Text>
            ) : null}
          </Box>
        );
      })}
      {note ? <Text {...theme('ok')} wrap="truncate-end">{note}</Text> : null}
    </Box>
  );
}
