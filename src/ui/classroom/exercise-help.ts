// The exercise's `?` overlay as lines: every key of the phase the trainee is in, from the exercise's key table,
// in the reader's language, wrapped by display width like the rest of the exercise screen. Pure.
import type { Phase } from '../../classroom/types.js';
import { clipToWidth, padToWidth, wrapToWidth, type MessageKey, type Translate } from '../../i18n/index.js';
import { exerciseBindings } from './exercise-keys.js';
import type { Line } from './exercise-view.js';

const LABEL = 8;

export function exerciseHelpLines(phase: Phase, t: Translate, columns: number, rows: number): Line[] {
  const lines: Line[] = [{ text: clipToWidth(t('help.title'), columns), token: 'heading' }];
  for (const b of exerciseBindings(phase)) {
    const text = wrapToWidth(t(`exHelp.${b.action}` as MessageKey), Math.max(10, columns - LABEL));
    text.forEach((row, i) => lines.push({ text: `${padToWidth(i === 0 ? b.label : '', LABEL)}${row}` }));
  }
  for (const row of wrapToWidth(t('exHelp.closing'), columns)) lines.push({ text: row, token: 'muted' });
  return lines.slice(0, Math.max(1, rows));
}
