// What a terminal's line discipline does before a shell sees input. Under `exec -t` kubectl puts the local
// terminal in raw mode, so echo, backspace, Ctrl-C, Ctrl-U and Ctrl-D are ours to do; without a tty, input is
// just lines separated by "\n".

export type InputEvent = { readonly type: 'line'; readonly text: string } | { readonly type: 'interrupt' } | { readonly type: 'eof' };

const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const CTRL_U = '\u0015';
const BACKSPACE = ['\u007f', '\b'];
const ESC = '\u001b';
// Linux's canonical-mode line limit; keystrokes past it are dropped, as N_TTY does.
const MAX_TTY_LINE = 4095;
// Piped input has no such limit in sh, but a client must not grow our memory without bound.
const MAX_PIPED_LINE = 1 << 20;

export class LineDiscipline {
  private line = '';
  private escape: string | undefined;
  private afterCR = false;

  constructor(
    private readonly tty: boolean,
    private readonly echo: (text: string) => void,
  ) {}

  feed(text: string): InputEvent[] {
    return this.tty ? this.feedRaw(text) : this.feedLines(text);
  }

  /** stdin closed: a last unterminated line still runs, as sh does with a file lacking its final newline. */
  end(): InputEvent[] {
    const events: InputEvent[] = this.line !== '' ? [{ type: 'line', text: this.line }] : [];
    this.line = '';
    return [...events, { type: 'eof' }];
  }

  private feedLines(text: string): InputEvent[] {
    const parts = (this.line + text).split('\n');
    this.line = (parts.pop() as string).slice(0, MAX_PIPED_LINE);
    return parts.map((p) => ({ type: 'line', text: p.replace(/\r$/, '') }));
  }

  private feedRaw(text: string): InputEvent[] {
    const events: InputEvent[] = [];
    for (const c of text) {
      const wasCR = this.afterCR;
      this.afterCR = false;
      if (this.escape !== undefined) {
        // CSI (ESC [ … final byte in @–~: arrows, Home, End) and SS3 (ESC O x) are swallowed whole.
        const seq = this.escape + c;
        const done = seq === '[' || seq === 'O' ? false : seq[0] === '[' ? /[@-~]/.test(c) : true;
        this.escape = done ? undefined : seq;
        continue;
      }
      if (c === ESC) this.escape = '';
      else if (c === '\r' || c === '\n') {
        if (c === '\n' && wasCR) continue;
        this.afterCR = c === '\r';
        this.echo('\r\n');
        events.push({ type: 'line', text: this.line });
        this.line = '';
      } else if (c === CTRL_C) {
        this.echo('^C\r\n');
        this.line = '';
        events.push({ type: 'interrupt' });
      } else if (c === CTRL_D) {
        if (this.line === '') events.push({ type: 'eof' });
      } else if (c === CTRL_U) {
        this.echo('\b \b'.repeat([...this.line].length));
        this.line = '';
      } else if (BACKSPACE.includes(c)) {
        if (this.line !== '') {
          this.line = [...this.line].slice(0, -1).join('');
          this.echo('\b \b');
        }
      } else if (c >= ' ' && this.line.length < MAX_TTY_LINE) {
        this.line += c;
        this.echo(c);
      }
    }
    return events;
  }
}
