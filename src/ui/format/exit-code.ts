// The exit code line a learner reads: "exit code 137 (SIGKILL)" and what it usually means. The analyzer's
// `exit-code` finding carries the authoritative meaning; the small table here only names signals when it is absent.
import { findingOf, type Diagnosis } from '../../contracts/diagnosis.js';
import { ENGLISH, type Translate } from '../../i18n/index.js';
import { findingSummary, word } from '../../report/word.js';

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

/** What the exit code means, in the reader's language: the meaning the `exit-code` finding says. */
export function exitCodeMeaningOf(diagnosis: Diagnosis, t: Translate = ENGLISH): string | undefined {
  const finding = findingOf(diagnosis.findings, 'exit-code', (f) => !diagnosis.container || !f.container || f.container === diagnosis.container);
  const meaning = finding?.say.values?.meaning;
  return meaning !== undefined && typeof meaning === 'object' ? word(meaning, t) : finding?.facts?.meaning ?? (finding ? findingSummary(finding, t) : undefined);
}
