// The `kubectl-crashcourse …` command lines a Markdown document shows: lines of its code blocks and inline code
// spans that run the command (also as the plugin, `kubectl crashcourse …`, and after env assignments), split into
// argv the way a POSIX shell would for these simple lines. Pipes, redirections, `&&` and comments end a command.
export interface DocCommand {
  readonly file: string;
  readonly line: number;
  readonly text: string;
  readonly argv: readonly string[];
}

// The program must start a command (a line, or after `(`, `;`, `&`, `|`, `$ `, env assignments or npx): in
// `helm install kubectl-crashcourse charts/…` the name is an argument, not a command.
const START = /(?:^\s*|[(;&|]\s*|\$\s+)(?:[A-Z_]+=\S+\s+)*(?:npx\s+)?(?:kubectl-crashcourse|kubectl crashcourse)(?=\s|$)/;

/** Shell words of one simple command: quotes removed, stops at an unquoted |, &, &&, ;, >, <, ), a comment or a backtick. */
export function shellWords(text: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1);
      if (end < 0) throw new Error(`unclosed ${c} in: ${text}`);
      word = (word ?? '') + text.slice(i + 1, end);
      i = end;
    } else if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if ('|;&><)`'.includes(c) || (c === '#' && word === undefined)) {
      break;
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** The line up to an unquoted `#` that starts a word. */
function withoutComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return line.slice(0, i);
  }
  return line;
}

/** A synopsis, not a command line: optional parts in brackets, alternatives, repeats (`[-n NS]`, `text\|json`, `…`). */
export const isSynopsis = (text: string): boolean => /\[|…|\\\||\w\|\w|<[a-z-]+>/.test(text);

/** Drops env assignments and the program name: what main() receives. */
function argvOf(words: readonly string[]): string[] {
  const rest = words.slice(words.findIndex((w) => w === 'kubectl-crashcourse' || w === 'crashcourse') + 1);
  return rest;
}

export function docCommands(file: string, markdown: string): DocCommand[] {
  const out: DocCommand[] = [];
  let fenced = false;
  markdown.split('\n').forEach((raw, i) => {
    if (/^\s*```/.test(raw)) {
      fenced = !fenced;
      return;
    }
    // In a code block, a comment is prose (`# or: completion zsh`); in prose, only code spans are commands.
    const candidates = fenced ? [withoutComment(raw.replace(/^\s*\$\s+/, ''))] : [...raw.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    for (const text of candidates) {
      const m = START.exec(text);
      if (!m) continue;
      const from = text.slice(m.index).replace(/^[\s(;&|$]+/, '');
      out.push({ file, line: i + 1, text: from.trim(), argv: argvOf(shellWords(from)) });
    }
  });
  return out;
}
