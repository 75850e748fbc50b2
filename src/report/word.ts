// A message of the analysis in words: its catalog text in the reader's language with its values filled in,
// embedded messages worded first. Evidence values (names, codes, quoted lines) are passed as they are.
import type { Diagnosis, Finding, Message, QuotedLine } from '../contracts/diagnosis.js';
import { ENGLISH, type MessageKey, type Translate } from '../i18n/index.js';

export function word(m: Message, t: Translate = ENGLISH): string {
  const values: Record<string, string | number> = {};
  for (const [name, v] of Object.entries(m.values ?? {})) values[name] = typeof v === 'object' ? word(v, t) : v;
  return t(m.id as MessageKey, values);
}

/** A finding's one-line summary in the reader's language (English by default, as JSON and logs print it). */
export const findingSummary = (f: Pick<Finding, 'say'>, t: Translate = ENGLISH): string => word(f.say, t);

/** A diagnosis's summary, explanation and fix in the reader's language; a diagnosis made by hand without messages
 * is shown as written. */
export function diagnosisWords(d: Pick<Diagnosis, 'summary' | 'explanation' | 'fix' | 'words'>, t: Translate = ENGLISH): { summary: string; explanation: string; fix?: string } {
  if (!d.words) return { summary: d.summary, explanation: d.explanation, ...(d.fix ? { fix: d.fix } : {}) };
  return { summary: word(d.words.summary, t), explanation: word(d.words.explanation, t), ...(d.words.fix ? { fix: word(d.words.fix, t) } : {}) };
}

const SOURCES = new Set(['status', 'event', 'log', 'spec', 'node', 'cluster']);
/** Where a quoted line comes from (status, event, log…) in the reader's words; another source is shown as it is. */
export function sourceWord(source: string, t: Translate = ENGLISH): string {
  // "log:app (previous)": the kind is worded, the container's name after it is kept.
  const kind = [...SOURCES].find((k) => source === k || source.startsWith(`${k}:`));
  return kind ? `${t(`source.${kind}` as MessageKey)}${source.slice(kind.length)}` : source;
}

/** A quoted line's source for the reader: the place the tool named itself (a strace capture and its line) in
 * their language, else `sourceWord`. */
export const quotedSource = (e: Pick<QuotedLine, 'source' | 'sourceSay'>, t: Translate = ENGLISH): string => (e.sourceSay ? word(e.sourceSay, t) : sourceWord(e.source, t));

/** A next step's title in the reader's language; a step made by hand without a message is shown as written. */
export const nextStepTitle = (s: { readonly title: string; readonly say?: Message }, t: Translate = ENGLISH): string => (s.say ? word(s.say, t) : s.title);
