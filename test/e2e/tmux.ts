// Drives a program in a real terminal: a private tmux server (own socket and TMUX_TMPDIR), a fixed-size pane
// that stays after the program exits so its status can be read, and captures polled with a deadline.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function hasTmux(): boolean {
  try {
    execFileSync('tmux', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// A constant script; the program's argv is passed as positional parameters, never spliced into it. After the
// program exits, its status is printed and the pane stays alive, so the terminal's modes can still be read.
const WRAPPER = '"$@"; printf "\\nEXIT=%s\\n" "$?"; exec sleep 600';

export class TmuxPane {
  private readonly dir = mkdtempSync(join(tmpdir(), 'crashcourse-tmux-'));
  private readonly socket = `crashcourse-e2e-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

  constructor(argv: readonly string[], options: { cwd: string; env: Record<string, string>; columns?: number; rows?: number }) {
    const conf = join(this.dir, 'tmux.conf');
    writeFileSync(conf, 'set -g status off\n');
    const envArgs = Object.entries(options.env).flatMap(([k, v]) => ['-e', `${k}=${v}`]);
    this.tmux(['-f', conf, 'new-session', '-d', '-s', 'e2e', '-x', String(options.columns ?? 100), '-y', String(options.rows ?? 30), '-c', options.cwd, ...envArgs, '--', 'sh', '-c', WRAPPER, 'sh', ...argv]);
  }

  private tmux(args: readonly string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8', env: { ...process.env, TMUX_TMPDIR: this.dir, TMUX: '' } });
  }

  capture(): string {
    return this.tmux(['capture-pane', '-p', '-t', 'e2e']);
  }

  /** The screen with its colours and attributes as escape sequences. */
  captureStyled(): string {
    return this.tmux(['capture-pane', '-p', '-e', '-t', 'e2e']);
  }

  keys(...keys: string[]): void {
    this.tmux(['send-keys', '-t', 'e2e', ...keys]);
  }

  /** Text typed literally (no key-name lookup). */
  type(text: string): void {
    this.tmux(['send-keys', '-t', 'e2e', '-l', text]);
  }

  format(fmt: string): string {
    return this.tmux(['display-message', '-p', '-t', 'e2e', fmt]).trim();
  }

  async waitFor(condition: (screen: string) => boolean, deadlineMs = 15_000): Promise<string> {
    const until = Date.now() + deadlineMs;
    for (;;) {
      const screen = this.capture();
      if (condition(screen)) return screen;
      if (Date.now() > until) throw new Error(`screen condition not met within ${deadlineMs} ms; screen:\n${screen}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async waitForExit(deadlineMs = 15_000): Promise<number> {
    const screen = await this.waitFor((s) => /^EXIT=\d+$/m.test(s), deadlineMs);
    return Number(/^EXIT=(\d+)$/m.exec(screen)![1]);
  }

  close(): void {
    try {
      this.tmux(['kill-server']);
    } catch {
      // already gone
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** From the wizard's first screen (the failing pods) to the step "look inside the container"; returns that screen. */
export async function openLookInside(pane: TmuxPane): Promise<string> {
  await pane.waitFor((s) => /\d+ failing/.test(s), 30_000);
  pane.keys('Enter');
  await pane.waitFor((s) => s.includes('look inside the container'), 30_000);
  pane.keys('Down');
  await pane.waitFor((s) => /› .*look inside the container/i.test(s));
  pane.keys('Enter');
  return pane.waitFor((s) => s.includes('Start a copy of the pod'));
}

/** On that step, runs "Start a copy of the pod" from the Commands panel (`r`). */
export async function runStartCopy(pane: TmuxPane): Promise<void> {
  // One Tab at a time: two in one burst reach the wizard as one input.
  pane.keys('Tab');
  await pane.waitFor((s) => /^▶ Image and command/m.test(s));
  pane.keys('Tab');
  await pane.waitFor((s) => s.includes('▶ Commands'));
  pane.keys('Down');
  await pane.waitFor((s) => /› Start a copy of the pod/.test(s));
  pane.keys('r');
}
