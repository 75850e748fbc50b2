// The exercise screen as lines: pure, from the case, the attempt, the cursor and a translator, already wrapped
// or clipped to the terminal's columns by display width, so Chinese and Japanese text never overflows a row or
// gets cut inside a character. The Ink component only paints these lines.
import type { Debrief, ExerciseCase, ExerciseState, Message, Score } from '../../classroom/index.js';
import { clipToWidth, wrapToWidth, type Translate } from '../../i18n/index.js';
import type { Token } from '../theme.js';

export interface Line {
  readonly text: string;
  readonly token?: Token;
}

export interface ExerciseUi {
  readonly cursor: number;
  readonly quoteCursor: number;
  readonly scroll: number;
  readonly verifying: boolean;
  readonly savedPath?: string;
  readonly guidance: 'full' | 'questions';
}

export interface ViewInput {
  readonly c: ExerciseCase;
  readonly s: ExerciseState;
  readonly ui: ExerciseUi;
  readonly t: Translate;
  readonly columns: number;
  readonly rows: number;
  readonly header: { readonly index: number; readonly total: number; readonly limitMinutes: number; readonly elapsedSeconds: number };
  readonly hintCosts: readonly number[];
  readonly maxHint: number;
  readonly kubeconfig: string;
  readonly score?: Score;
  readonly debrief?: Debrief;
}

/** A message whose cause values are shown as the cause's name in the reader's language. */
export function say(t: Translate, m: Message): string {
  const values: Record<string, string | number> = { ...(m.values ?? {}) };
  for (const k of ['cause', 'named']) if (typeof values[k] === 'string') values[k] = t(`cause.${values[k]}` as never);
  if (typeof values['source'] === 'string') values['source'] = sourceName(t, values['source']);
  return t(m.key as never, values);
}

const SOURCES = ['status', 'event', 'log', 'spec', 'node', 'cluster'];
/** Where a quote comes from, in the reader's words (status, event, log…). */
export const sourceName = (t: Translate, source: string): string => (SOURCES.includes(source) ? t(`source.${source}` as never) : source);

const mmss = (s: number): string => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;

/** Keep the cursor's row in a window of `size` rows. */
function windowed<T>(items: readonly T[], cursor: number, size: number): { items: readonly T[]; offset: number } {
  if (items.length <= size) return { items, offset: 0 };
  const offset = Math.min(Math.max(0, cursor - Math.floor(size / 2)), items.length - size);
  return { items: items.slice(offset, offset + size), offset };
}

function investigate(v: ViewInput, out: Line[], wrap: (text: string, token?: Token, max?: number) => void, clip: (text: string, token?: Token) => void): void {
  const { c, s, ui, t } = v;
  const step = c.steps[s.step]!;
  clip(step.title, 'heading');
  if (ui.guidance === 'full') wrap(step.explain, undefined, 4);
  const predicted = s.predictions[step.id];
  if (step.prediction && !predicted) {
    clip(t('ex.predictFirst'), 'accent');
    wrap(say(t, step.prediction.question), undefined, 2);
    step.prediction.options.forEach((o, i) => clip(`${i === ui.cursor ? '›' : ' '} ${say(t, o.label)}`, i === ui.cursor ? 'selected' : undefined));
    return;
  }
  if (step.prediction && predicted) {
    const label = (id: string): string => say(t, step.prediction!.options.find((o) => o.id === id)!.label);
    clip(predicted.right ? t('predict.right') : t('predict.wrong', { chosen: label(predicted.chosen), answer: label(step.prediction.answer) }), predicted.right ? 'ok' : 'warning');
  }
  clip(t('ex.evidence'), 'accent');
  const quotes = c.quotes.filter((q) => step.reveals.includes(q.id));
  if (quotes.length === 0) clip(t('ex.noEvidence'), 'muted');
  for (const q of quotes.slice(0, 5)) clip(`${q.id} ${sourceName(t, q.source)}: ${q.text}`);
  clip(t('ex.whereNext'), 'accent');
  const win = windowed(step.exits, ui.cursor, 5);
  win.items.forEach((e, i) => {
    const at = i + win.offset === ui.cursor;
    clip(`${at ? '›' : ' '} ${e.terminal ? t('ex.conclude', { title: e.title }) : e.title}`, at ? 'selected' : undefined);
  });
}

function board(v: ViewInput, wrap: (text: string, token?: Token, max?: number) => void, clip: (text: string, token?: Token) => void): void {
  const { c, s, ui, t } = v;
  c.candidates.forEach((cause, i) => {
    const claim = s.claims.find((x) => x.cause === cause);
    const status = !claim ? t('ex.board.open') : claim.stance === 'backed' ? t('ex.board.backed', { quote: claim.quote }) : t('ex.board.ruledOut', { quote: claim.quote });
    clip(`${i === ui.cursor ? '›' : ' '} ${t(`cause.${cause}` as never)} · ${status}`, i === ui.cursor ? 'selected' : claim?.stance === 'ruled-out' ? 'muted' : undefined);
  });
  const quotes = c.quotes.filter((q) => s.revealed.includes(q.id));
  if (quotes.length === 0) {
    clip(t('ex.board.noQuotes'), 'warning');
    return;
  }
  const at = Math.min(ui.quoteCursor, quotes.length - 1);
  clip(t('ex.board.pointAt', { quote: quotes[at]!.id }), 'accent');
  const win = windowed(quotes, at, 6);
  win.items.forEach((q, i) => clip(`${i + win.offset === at ? '›' : ' '} ${q.id} ${sourceName(t, q.source)}: ${q.text}`, i + win.offset === at ? 'selected' : undefined));
  // The quote pointed at, whole: a claim is only as good as what its line really says.
  wrap(`${quotes[at]!.id}: ${quotes[at]!.text}`, 'accent', 3);
}

function fix(v: ViewInput, wrap: (text: string, token?: Token, max?: number) => void, clip: (text: string, token?: Token) => void): void {
  const { c, s, ui, t } = v;
  const right = s.named !== undefined && c.accepted.includes(s.named);
  clip(t('ex.named', { cause: t(`cause.${s.named}` as never) }));
  clip(`${t('ex.answer', { cause: t(`cause.${c.expected}` as never) })}  ${right ? t('ex.right') : t('ex.wrong')}`, right ? 'ok' : 'warning');
  wrap(t('ex.fix.intro'), 'accent');
  wrap(`export KUBECONFIG=${v.kubeconfig}`, 'command');
  wrap(t('ex.fix.then'));
  if (ui.verifying) clip(t('ex.verify.running'), 'accent');
  else if (s.verification) wrap(t(`ex.verify.${s.verification.reason}` as never, { detail: s.verification.detail, pod: `${c.namespace}/${c.pod}` }), 'warning');
}

function debrief(v: ViewInput, wrap: (text: string, token?: Token, max?: number) => void, clip: (text: string, token?: Token) => void): void {
  const { c, t, score, debrief: d } = v;
  if (!score || !d) return;
  clip(t('debrief.title', { total: score.total, max: score.max }), 'heading');
  if (v.ui.savedPath) wrap(t('debrief.saved', { path: v.ui.savedPath }), 'ok');
  clip(t('debrief.cause', { cause: t(`cause.${c.expected}` as never) }));
  for (const item of score.items) clip(`${`${item.points > 0 ? '+' : ''}${item.points}`.padStart(5)}  ${t(`rubric.${item.id}` as never)}`, item.points < 0 ? 'warning' : undefined);
  clip(t('debrief.predictions', d.predictions));
  wrap(t('debrief.path', { count: d.taken.length, steps: d.taken.join(' → ') }));
  wrap(t('debrief.shortest', { count: d.shortest.length, steps: d.shortest.join(' → ') }));
  clip(t('debrief.missed'), 'accent');
  if (d.missed.length === 0) clip(`  ${t('debrief.nothingMissed')}`);
  for (const m of d.missed) wrap(`• ${say(t, m)}`);
  wrap(t('debrief.teaches', { text: d.teaches }));
}

const KEYS = { investigate: 'ex.keys.investigate', board: 'ex.keys.board', fix: 'ex.keys.fix', debrief: 'ex.keys.debrief' } as const;

export function exerciseLines(v: ViewInput): Line[] {
  const { c, s, t, columns } = v;
  const body: Line[] = [];
  const clip = (text: string, token?: Token): void => void body.push({ text: clipToWidth(text, columns), ...(token ? { token } : {}) });
  const wrap = (text: string, token?: Token, max = Infinity): void => {
    const lines = wrapToWidth(text, columns);
    lines.slice(0, max).forEach((l, i) => body.push({ text: i === max - 1 && lines.length > max ? clipToWidth(`${l}…`, columns) : l, ...(token ? { token } : {}) }));
  };
  if (s.phase === 'investigate') investigate(v, body, wrap, clip);
  else if (s.phase === 'board') board(v, wrap, clip);
  else if (s.phase === 'fix') fix(v, wrap, clip);
  else debrief(v, wrap, clip);

  const head: Line[] = [
    { text: clipToWidth(`${t('ex.header', { index: v.header.index, total: v.header.total, pod: `${c.namespace}/${c.pod}` })}  ${t('ex.timer', { elapsed: mmss(v.header.elapsedSeconds), limit: v.header.limitMinutes })}`, columns), token: 'heading' },
    { text: clipToWidth(`${t(`ex.phase.${s.phase}` as never)}  KUBECONFIG=${v.kubeconfig}`, columns), token: 'accent' },
  ];
  const hint: Line[] = [];
  if (s.hintLevel > 0 && s.phase !== 'debrief') {
    const cost = v.hintCosts[s.hintLevel - 1] ?? 0;
    hint.push({ text: clipToWidth(t('ex.hint.title', { level: s.hintLevel, max: v.maxHint, cost }), columns), token: 'warning' });
    for (const l of wrapToWidth(say(t, c.hints[s.hintLevel - 1]!), columns).slice(0, 2)) hint.push({ text: l, token: 'warning' });
  }
  const step = c.steps[s.step]!;
  const keys = s.phase === 'investigate' && step.prediction && !s.predictions[step.id] ? 'ex.keys.predict' : KEYS[s.phase];
  const foot: Line[] = [{ text: clipToWidth(t(keys), columns), token: 'muted' }];
  const room = Math.max(1, v.rows - head.length - hint.length - foot.length);
  const scroll = Math.min(v.ui.scroll, Math.max(0, body.length - room));
  return [...head, ...body.slice(scroll, scroll + room), ...hint, ...foot];
}
