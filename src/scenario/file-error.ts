// One shape for every "this file is wrong" message, so a trainer can jump to `path:line` from the terminal.
import { isAbsolute, relative } from 'node:path';
import { UserError } from '../errors.js';

/** A path as the user would type it: relative to the working directory when it lies under it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

export function fileError(path: string, line: number | undefined, message: string): UserError {
  const where = line === undefined ? displayPath(path) : `${displayPath(path)}:${line}`;
  return new UserError(`${where}: ${oneLine(message)}`);
}

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim();
