// Mounts the wizard on the real terminal: the alternate screen, and a terminal restored on every way out
// (q, Ctrl-C, an uncaught error, SIGTERM): raw mode off, cursor shown, alternate screen left.
import { render } from 'ink';
import type { Locale } from '../i18n/index.js';
import { App } from './app.js';
import type { ExitInfo, Start, UiActions, WizardBackend } from './backend.js';
import { CLEAR, ENTER_ALT, LEAVE_ALT } from './first-frame.js';
import { createSuspender, type Suspender } from './suspend.js';

export interface RunAppOptions {
  readonly suspender?: Suspender;
  readonly backend: WizardBackend;
  readonly start: Start;
  readonly actions: UiActions;
  readonly readOnly: boolean;
  readonly suggest?: boolean;
  readonly followMs?: number;
  readonly color: boolean;
  readonly locale?: Locale;
  /** On a signal, waits for what must finish first (a copy's cleanup or its delete command) before exiting. */
  readonly untilSafeToExit?: () => Promise<void>;
}


interface ReadHandle {
  reading?: boolean;
  readStop?: () => number;
  readStart?: () => number;
}

/**
 * The suspender for the real terminal: the borrowed program runs on the normal screen, the wizard on the
 * alternate one. A paused stdin stream still reads from the tty until its buffer fills, stealing keys from the
 * child, so its handle stops reading while the child runs, and starts again after.
 */
export function terminalSuspender(stdout: NodeJS.WriteStream = process.stdout, stdin: NodeJS.ReadStream = process.stdin): Suspender {
  const handle = (): ReadHandle | undefined => (stdin as unknown as { _handle?: ReadHandle })._handle;
  let stopped = false;
  return createSuspender({
    leave: () => {
      const h = handle();
      if (h?.reading && h.readStop) {
        h.reading = false;
        h.readStop();
        stopped = true;
      }
      stdout.write(LEAVE_ALT);
    },
    enter: () => {
      stdout.write(ENTER_ALT);
      const h = handle();
      if (stopped && h && !h.reading && h.readStart) {
        h.reading = true;
        h.readStart();
      }
      stopped = false;
    },
  });
}

export async function runApp(options: RunAppOptions): Promise<ExitInfo> {
  const stdin = process.stdin;
  const stdout = process.stdout;
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    try {
      if (stdin.isTTY) stdin.setRawMode(false);
    } catch {
      // stdin already closed: nothing to restore.
    }
    stdout.write(LEAVE_ALT);
  };

  let finish: (info: ExitInfo) => void = () => undefined;
  const done = new Promise<ExitInfo>((resolve) => {
    finish = resolve;
  });

  const onSignal = (code: number) => () => void (options.untilSafeToExit?.() ?? Promise.resolve()).then(() => finish({ code, leftovers: [] }));
  const onFatal = (err: unknown) => {
    restore();
    process.stderr.write(`kubectl-crashcourse: internal error: ${err instanceof Error ? err.message.split('\n')[0] : String(err)} (run \`kubectl-crashcourse diagnose POD --debug\` for details)\n`);
    process.exit(1);
  };
  const sigint = onSignal(130);
  const sigterm = onSignal(143);
  // A closed terminal ends the wizard the same way (and lets a copy's shell leg name the copy first).
  const sighup = onSignal(129);
  process.on('SIGINT', sigint);
  process.on('SIGTERM', sigterm);
  process.on('SIGHUP', sighup);
  process.on('uncaughtException', onFatal);
  process.on('unhandledRejection', onFatal);
  process.on('exit', restore);

  // Clear what the first frame ("connecting…") left: Ink does not erase rows it does not draw.
  stdout.write(ENTER_ALT + CLEAR);
  const app = render(<App {...options} onExit={(info) => finish(info)} />, { exitOnCtrlC: true, patchConsole: true });
  // Ink's own Ctrl-C handling unmounts; the promise then settles with 130.
  void app.waitUntilExit().then(() => finish({ code: 130, leftovers: [] }), onFatal);

  const info = await done;
  app.unmount();
  restore();
  process.off('SIGINT', sigint);
  process.off('SIGTERM', sigterm);
  process.off('SIGHUP', sighup);
  process.off('uncaughtException', onFatal);
  process.off('unhandledRejection', onFatal);
  process.off('exit', restore);
  return info;
}
