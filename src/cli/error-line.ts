// Words an error for the reader: our errors from their catalog key, commander's from its error code (its own
// English names the option or argument it rejects; that name is kept, the sentence around it translated).
import { CommanderError } from 'commander';
import type { MessageRef } from '../errors.js';
import { UserError } from '../errors.js';
import { createTranslator, type Translate } from '../i18n/translate.js';
import type { Locale } from '../i18n/locale.js';
import { localMessage } from '../i18n/user-error.js';

/** `rejectedArg`: the reason an option's value was refused (commander keeps only its English). */
export function errorLine(err: unknown, locale: Locale, debug: boolean, rejectedArg?: MessageRef): string {
  const t = createTranslator(locale);
  if (err instanceof CommanderError) return commanderLine(err, t, rejectedArg);
  if (err instanceof UserError) return localMessage(err, t);
  const message = err instanceof Error ? err.message : String(err);
  return t(debug ? 'fail.internal' : 'fail.internalHint', { message });
}

const quoted = (text: string, n = 0): string => [...text.matchAll(/'([^']*)'/g)][n]?.[1] ?? '';

function commanderLine(err: CommanderError, t: Translate, ref: MessageRef | undefined): string {
  const [first = '', second] = err.message.replace(/^error: /, '').split('\n');
  const near = second?.match(/^\(Did you mean (.+)\?\)$/)?.[1];
  const withNear = (line: string): string => (near ? t('fail.commander.didYouMean', { message: line, near }) : line);
  switch (err.code) {
    case 'commander.unknownOption':
      return withNear(t('fail.commander.unknownOption', { option: quoted(first) }));
    case 'commander.unknownCommand':
      return withNear(t('fail.commander.unknownCommand', { command: quoted(first) }));
    case 'commander.missingArgument':
      return t('fail.commander.missingArgument', { argument: quoted(first) });
    case 'commander.optionMissingArgument':
      return t('fail.commander.optionMissingArgument', { option: quoted(first) });
    case 'commander.excessArguments': {
      const [, expected = '?', got = '?'] = first.match(/Expected (\d+) arguments? but got (\d+)/) ?? [];
      return t('fail.commander.excessArguments', { expected, got });
    }
    case 'commander.invalidArgument': {
      const why = invalidWhy(first, ref, t);
      return first.startsWith('option ')
        ? t('fail.commander.invalidOptionValue', { option: quoted(first), value: quoted(first, 1), why })
        : t('fail.commander.invalidArgumentValue', { value: quoted(first), argument: quoted(first, 1), why });
    }
    default:
      return first;
  }
}

// The reason after commander's sentence: ours carries its key; a choice list is commander's own sentence.
function invalidWhy(first: string, ref: MessageRef | undefined, t: Translate): string {
  const english = first.replace(/^.*? is invalid(?: for argument '[^']*')?\. /, '');
  if (ref) return localMessage({ message: english, ref }, t);
  const choices = english.match(/^Allowed choices are (.+)\.$/)?.[1];
  return choices ? t('fail.commander.choices', { choices }) : english;
}
