// --mode suggest: a command that would change the cluster is never run and never asked about; the whole command
// is shown (wrapped by us, nothing cut) for the learner to run themselves, with what it creates and its undo.
import { Box, Text } from 'ink';
import { displayCommand } from '../../contracts/kubectl-target.js';
import type { Plan } from '../../contracts/plan.js';
import { planCreates, planPurpose } from '../format/plan-text.js';
import { wrapLines } from '../format/wrap-lines.js';
import { fullCommandRows } from './commands-panel.js';
import { useT } from '../i18n.js';
import { useTheme } from '../theme.js';

export function SuggestPanel({ plan, columns, height }: { readonly plan: Plan; readonly columns: number; readonly height: number }) {
  const theme = useTheme();
  const t = useT();
  const purpose = wrapLines(planPurpose(t, plan), columns);
  const creates = planCreates(t, plan);
  const command = fullCommandRows(plan.argv, columns);
  const undo = plan.undo ? wrapLines(`${t('confirm.undo')} ${displayCommand(plan.undo)}`, columns) : [];
  // The command first, whole: it is the point of this panel; the purpose takes what is left.
  const purposeRows = Math.max(0, height - 1 - command.length - undo.length - (creates ? 1 : 0));
  return (
    <Box flexDirection="column">
      <Text {...theme('heading')}>{t('panel.suggest')}</Text>
      {command.map((row, i) => (
        <Text key={`c${i}`} {...theme('command')} wrap="truncate-end">{row}</Text>
      ))}
      {creates ? <Text wrap="truncate-end">{t('suggest.creates', { what: creates })}</Text> : null}
      {undo.map((row, i) => (
        <Text key={`u${i}`} {...theme('muted')} wrap="truncate-end">{row}</Text>
      ))}
      {purpose.slice(0, purposeRows).map((row, i) => (
        <Text key={`p${i}`} {...theme('muted')} wrap="truncate-end">{row}</Text>
      ))}
    </Box>
  );
}
