// The slice of POSIX sh grammar a trainee types while poking around a container: words with quotes and
// escapes, `;` `&&` `||` `|`, redirections and comments. Words keep their quotes here; expansion happens
// when a command runs, so `A=1; echo $A` sees the assignment.

export type Connector = ';' | '&&' | '||';

export interface Redirect {
  readonly fd: 0 | 1 | 2;
  readonly mode: 'write' | 'append' | 'read' | 'dup';
  /** A raw word, or for 'dup' the fd it duplicates ("1" or "2"). */
  readonly target: string;
}

export interface SimpleCommand {
  readonly words: readonly string[];
  readonly redirects: readonly Redirect[];
}

export interface ListItem {
  readonly pipeline: readonly SimpleCommand[];
  /** How this item's status decides whether the next item runs. */
  readonly then: Connector;
}

export class ShellSyntaxError extends Error {}

type Token = { readonly word: string } | { readonly op: string };

export function parseLine(line: string): ListItem[] {
  const items: ListItem[] = [];
  let pipeline: SimpleCommand[] = [];
  let words: string[] = [];
  let redirects: Redirect[] = [];
  const tokens = tokenize(line);
  const endCommand = (op: string): void => {
    if (words.length === 0 && redirects.length === 0) throw new ShellSyntaxError(`syntax error: unexpected "${op}"`);
    pipeline.push({ words, redirects });
    words = [];
    redirects = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if ('word' in t) {
      words.push(t.word);
      continue;
    }
    const redirect = REDIRECTS[t.op];
    if (redirect) {
      if (redirect.mode === 'dup') {
        redirects.push({ fd: redirect.fd, mode: 'dup', target: t.op.endsWith('1') ? '1' : '2' });
        continue;
      }
      const target = tokens[++i];
      if (!target || !('word' in target)) throw new ShellSyntaxError(`syntax error: unexpected ${target ? `"${target.op}"` : 'newline'}`);
      redirects.push({ fd: redirect.fd, mode: redirect.mode, target: target.word });
      continue;
    }
    endCommand(t.op);
    if (t.op === '|') continue;
    items.push({ pipeline, then: t.op === '&&' || t.op === '||' ? t.op : ';' });
    pipeline = [];
  }
  if (words.length || redirects.length) pipeline.push({ words, redirects });
  else if (pipeline.length) throw new ShellSyntaxError('syntax error: unexpected end of line');
  if (pipeline.length) items.push({ pipeline, then: ';' });
  return items;
}

const REDIRECTS: Readonly<Record<string, { fd: 0 | 1 | 2; mode: Redirect['mode'] }>> = {
  '>': { fd: 1, mode: 'write' },
  '1>': { fd: 1, mode: 'write' },
  '>>': { fd: 1, mode: 'append' },
  '1>>': { fd: 1, mode: 'append' },
  '2>': { fd: 2, mode: 'write' },
  '2>>': { fd: 2, mode: 'append' },
  '<': { fd: 0, mode: 'read' },
  '2>&1': { fd: 2, mode: 'dup' },
  '>&2': { fd: 1, mode: 'dup' },
  '1>&2': { fd: 1, mode: 'dup' },
};

const OPERATORS = ['2>&1', '1>&2', '1>>', '2>>', '>&2', '&&', '||', '>>', '1>', '2>', ';', '|', '&', '>', '<'];

function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  let word = '';
  let inWord = false;
  const flush = (): void => {
    if (inWord) tokens.push({ word });
    word = '';
    inWord = false;
  };
  for (let i = 0; i < line.length; ) {
    const c = line[i] as string;
    if (c === ' ' || c === '\t') {
      flush();
      i++;
    } else if (c === '#' && !inWord) {
      break;
    } else if (c === '`' || (c === '$' && line[i + 1] === '(')) {
      throw new ShellSyntaxError('command substitution is not supported in this training shell');
    } else if (c === "'" || c === '"') {
      const end = closingQuote(line, i);
      word += line.slice(i, end + 1);
      inWord = true;
      i = end + 1;
    } else if (c === '\\') {
      word += line.slice(i, i + 2);
      inWord = true;
      i += 2;
    } else {
      // "2>" is an operator only when the 2 stands alone, as in `cmd 2>/dev/null`, not in `echo a2>f`.
      const op = OPERATORS.find((o) => line.startsWith(o, i) && (!/^\d/.test(o) || !inWord));
      if (op) {
        flush();
        if (op === '&') throw new ShellSyntaxError('background jobs (&) are not supported in this training shell');
        tokens.push({ op });
        i += op.length;
      } else {
        word += c;
        inWord = true;
        i++;
      }
    }
  }
  flush();
  return tokens;
}

function closingQuote(line: string, start: number): number {
  const quote = line[start];
  for (let i = start + 1; i < line.length; i++) {
    if (quote === '"' && line[i] === '\\') i++;
    else if (line[i] === quote) return i;
  }
  throw new ShellSyntaxError('syntax error: unterminated quoted string');
}

/**
 * Removes quotes and expands $VAR, ${VAR}, $? and a leading ~. Returns undefined for an unquoted word that
 * expands to nothing (sh drops it), and whether unquoted glob characters remain.
 */
export function expandWord(raw: string, lookup: (name: string) => string | undefined, home: string): { text: string; glob: boolean } | undefined {
  let text = '';
  let quoted = false;
  let glob = false;
  for (let i = 0; i < raw.length; ) {
    const c = raw[i] as string;
    if (c === "'") {
      const end = raw.indexOf("'", i + 1);
      text += raw.slice(i + 1, end);
      quoted = true;
      i = end + 1;
    } else if (c === '"') {
      quoted = true;
      for (i++; i < raw.length && raw[i] !== '"'; ) {
        if (raw[i] === '\\' && '"\\$`'.includes(raw[i + 1] ?? '')) {
          text += raw[i + 1];
          i += 2;
        } else if (raw[i] === '$') {
          const v = variableAt(raw, i, lookup);
          text += v.value;
          i = v.next;
        } else text += raw[i++];
      }
      i++;
    } else if (c === '\\') {
      text += raw[i + 1] ?? '';
      quoted = true;
      i += 2;
    } else if (c === '$') {
      const v = variableAt(raw, i, lookup);
      text += v.value;
      i = v.next;
    } else if (c === '~' && i === 0 && (raw.length === 1 || raw[1] === '/')) {
      text += home;
      i++;
    } else {
      if (c === '*' || c === '?') glob = true;
      text += c;
      i++;
    }
  }
  return text === '' && !quoted ? undefined : { text, glob };
}

function variableAt(raw: string, at: number, lookup: (name: string) => string | undefined): { value: string; next: number } {
  const braced = /^\$\{([A-Za-z_][A-Za-z0-9_]*|\?)\}/.exec(raw.slice(at));
  const plain = braced ?? /^\$([A-Za-z_][A-Za-z0-9_]*|\?|\$|#|0)/.exec(raw.slice(at));
  if (!plain) return { value: '$', next: at + 1 };
  return { value: lookup(plain[1] as string) ?? '', next: at + plain[0].length };
}
