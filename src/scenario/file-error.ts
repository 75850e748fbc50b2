// One shape for every "this file is wrong" message, so a trainer can jump to `path:line` from the terminal.
// The reason is a catalog message (catalogs/scenario/): the English line is what it always was, and the CLI
// words it again in the reader's language around the same path, line and values.
import { isAbsolute, relative } from 'node:path';
import { type MessageRef, UserError } from '../errors.js';
import { ENGLISH, type MessageKey, type MessageValues } from '../i18n/translate.js';

/** A path as the user would type it: relative to the working directory when it lies under it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** `key`: the reason, a `scenario.*` message; `values`: the file's own text (names, refs) and numbers. */
export function fileError(path: string, line: number | undefined, key: MessageKey, values: MessageValues = {}): UserError {
  const where = line === undefined ? displayPath(path) : `${displayPath(path)}:${line}`;
  const flat: MessageValues = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? oneLine(v) : v]));
  return atError(where, `${where}: ${oneLine(ENGLISH(key, values))}`, { key, values: flat });
}

/** `english`: the message as it always read; `reason`: what follows `where` in it, for the reader's language. */
export function atError(where: string, english: string, reason: MessageRef): UserError {
  return new UserError(english, 1, { key: 'scenario.at', values: { where }, detail: reason });
}

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim();
