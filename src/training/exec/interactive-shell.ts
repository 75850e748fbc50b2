// An interactive sh session: input arrives in chunks from the client, lines run one at a time, the prompt comes
// back after each (with a tty), and Ctrl-C stops the running command rather than the session.
import { StringDecoder } from 'node:string_decoder';
import type { FakeShell } from './fake-shell.js';
import { LineDiscipline, type InputEvent } from './line-discipline.js';

export interface Terminal {
  out(text: string): void;
  err(text: string): void;
}

export class InteractiveShell {
  private readonly decoder = new StringDecoder('utf8');
  private readonly discipline: LineDiscipline;
  private readonly queue: InputEvent[] = [];
  private wake: (() => void) | undefined;
  private running: AbortController | undefined;
  private closed = false;

  constructor(
    private readonly shell: FakeShell,
    private readonly terminal: Terminal,
    private readonly tty: boolean,
  ) {
    this.discipline = new LineDiscipline(tty, (text) => terminal.out(text));
  }

  feed(data: Buffer): void {
    this.accept(this.discipline.feed(this.decoder.write(data)));
  }

  endInput(): void {
    this.accept(this.discipline.end());
  }

  /** The client went away: stop whatever runs and end the session. */
  close(): void {
    this.closed = true;
    this.running?.abort();
    this.wake?.();
  }

  async run(): Promise<number> {
    const { shell, terminal } = this;
    if (this.tty) terminal.out(shell.prompt());
    for (;;) {
      const event = await this.next();
      if (!event || event.type === 'eof') return shell.lastStatus;
      if (event.type === 'interrupt') shell.lastStatus = 130;
      else {
        const controller = new AbortController();
        this.running = controller;
        await shell.runLine(event.text, { out: terminal.out, err: terminal.err, signal: controller.signal });
        this.running = undefined;
        if (controller.signal.aborted) shell.lastStatus = 130;
        if (shell.exitCode !== undefined) {
          if (shell.nesting === 0) return shell.exitCode;
          shell.nesting--;
          shell.exitCode = undefined;
        }
      }
      if (this.closed) return shell.lastStatus;
      if (this.tty) terminal.out(shell.prompt());
    }
  }

  private accept(events: InputEvent[]): void {
    for (const event of events) {
      if (event.type === 'interrupt' && this.running) this.running.abort();
      else this.queue.push(event);
    }
    this.wake?.();
  }

  private async next(): Promise<InputEvent | undefined> {
    while (this.queue.length === 0 && !this.closed) {
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
    return this.queue.shift();
  }
}
