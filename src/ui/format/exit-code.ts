// The exit code line a learner reads: "exit code 137 (SIGKILL)" and what it usually means. The analyzer's
// `exit-code` finding carries the authoritative meaning; the small table here only names signals when it is absent.
import { findingOf, type Diagnosis } from '../../contracts/diagnosis.js';
import { ENGLISH, type Translate } from '../../i18n/index.js';
import { word } from '../../report/word.js';
import { exitCodeMeaning } from '../../analysis/exit-code.js';

const SIGNALS: Readonly<Record<number, string>> = {
  1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 6: 'SIGABRT', 7: 'SIGBUS', 8: 'SIGFPE', 9: 'SIGKILL',
  11: 'SIGSEGV', 13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM',
};

export function signalName(code: number): string | undefined {
  return code > 128 && code < 160 ? SIGNALS[code - 128] : undefined;
}

export function exitCodeLine(code: number, signal?: string | null, t: Translate = ENGLISH): string {
  const name = signal ?? signalName(code);
  return name ? t('exit.codeSignal', { code, signal: name }) : t('exit.code', { code });
}

/**
 * What the exit code of this container means, in the reader's language: the meaning the `exit-code` finding says
 * (it knows a code the program asked for outside 0–255), else the table's meaning of the code shown. The English
 * `facts.meaning` is for flows' guards and JSON; every finding the analysis makes carries the message.
 */
export function exitCodeMeaningOf(diagnosis: Diagnosis | undefined, container: string | null, code: number, t: Translate = ENGLISH): string {
  const finding = diagnosis ? findingOf(diagnosis.findings, 'exit-code', (f) => (!f.container || f.container === container) && (f.facts === undefined || f.facts.code === code)) : undefined;
  const meaning = finding?.say.values?.meaning;
  if (meaning !== undefined && typeof meaning === 'object') return word(meaning, t);
  // A finding made by hand without its message (tests, flows) is shown as written, like a hand-made diagnosis.
  return finding?.facts?.meaning ?? word(exitCodeMeaning(code).say, t);
}
