// Before anything that creates or deletes: the exact command and manifest, and a typed yes. Enter alone never
// confirms (it only reminds); `y`/`yes` then Enter sends CONFIRM {yes: true}; `n` or Esc declines.
import { Box, Text } from 'ink';
import { useState } from 'react';
import type { Plan } from '../../contracts/plan.js';
import { displayCommand } from '../../contracts/kubectl-target.js';
import { sanitize } from '../../text/sanitize.js';
import { ContainerText } from '../components/container-text.js';
import { useKeys } from '../hooks/use-keys.js';
import { useTextEntry } from '../hooks/use-text-entry.js';
import { planCreates, planPurpose } from '../format/plan-text.js';
import { wrapLines } from '../format/wrap-lines.js';
import { planTitle, useT } from '../i18n.js';
import { useTheme } from '../theme.js';

interface Props {
  readonly plan: Plan;
  readonly rows: number;
  readonly columns?: number;
  /** The override copy's dry run: the diff against the original and the server's verdict. */
  readonly preview?: string;
  readonly active: boolean;
  readonly onAnswer: (yes: boolean) => void;
}

export const isYes = (typed: string): boolean => /^(y|yes)$/i.test(typed.trim());

export function ConfirmPanel({ plan, rows, columns = 80, preview, active, onAnswer }: Props) {
  const theme = useTheme();
  const t = useT();
  const typed = useTextEntry();
  const [hint, setHint] = useState(false);
  const [top, setTop] = useState(0);
  useKeys(
    'confirm',
    (_action, press, key) => {
      if (key.escape) return onAnswer(false);
      if (key.upArrow || key.downArrow || key.pageUp || key.pageDown) {
        const by = key.upArrow ? -1 : key.downArrow ? 1 : key.pageUp ? -previewHeight : previewHeight;
        setTop((t) => Math.max(0, Math.min(Math.max(0, previewRows.length - previewHeight), t + by)));
        return;
      }
      if (key.return) {
        if (isYes(typed.current())) return onAnswer(true);
        if (/^(n|no)$/i.test(typed.current().trim())) return onAnswer(false);
        setHint(true);
        return;
      }
      typed.edit(press.input, key);
    },
    active,
  );
  const manifestLines = Math.max(3, rows - 16);
  // Inside the double border and its padding.
  const width = Math.max(20, columns - 4);
  const commandRows = wrapLines(`$ ${displayCommand(plan.argv)}`, width).length;
  const undoRows = plan.undo ? wrapLines(`${t('confirm.undo')} ${displayCommand(plan.undo)}`, width).length : 0;
  const previewRows = preview !== undefined ? wrapLines(sanitize(preview.replace(/\n$/, '')), width) : [];
  // border 2, title 1, plan 2, command, undo, preview heading 1, prompt 1, hint 1
  const previewHeight = Math.max(3, rows - 8 - commandRows - undoRows);
  return (
    <Box flexDirection="column" borderStyle="double" paddingX={1}>
      <Text {...theme('danger')} wrap="wrap">{plan.risk === 'delete' ? t('confirm.deletes') : t('confirm.creates')}</Text>
      <Text>{planTitle(t, plan)}{plan.creates ? ` → ${planCreates(t, plan)}` : ''}</Text>
      {preview === undefined ? <ContainerText text={sanitize(planPurpose(t, plan))} wrap width={width} token="muted" /> : null}
      <ContainerText text={sanitize(`$ ${displayCommand(plan.argv)}`)} wrap width={width} token="command" />
      {preview !== undefined ? (
        <Box flexDirection="column">
          <Text {...theme('heading')} wrap="truncate-end">
            {t('confirm.preview')}{previewRows.length > previewHeight ? ` · ${t('confirm.rows', { from: top + 1, to: Math.min(previewRows.length, top + previewHeight), total: previewRows.length })}` : ''}
          </Text>
          <ContainerText text={sanitize(previewRows.slice(top, top + previewHeight).join('\n'))} />
        </Box>
      ) : null}
      {plan.manifest && preview === undefined ? (
        <Box flexDirection="column" marginTop={1}>
          <Text {...theme('heading')}>{t('confirm.manifest')}</Text>
          <ContainerText text={sanitize(plan.manifest)} maxLines={manifestLines} />
        </Box>
      ) : null}
      {plan.undo ? <ContainerText text={sanitize(`${t('confirm.undo')} ${displayCommand(plan.undo)}`)} wrap width={width} token="muted" /> : null}
      <Text wrap="wrap">
        {t(plan.risk === 'delete' ? 'confirm.promptDelete' : 'confirm.promptCreate')} {typed.value}▏
      </Text>
      {hint ? <Text {...theme('warning')} wrap="wrap">{t('confirm.enterAlone')}</Text> : null}
    </Box>
  );
}
