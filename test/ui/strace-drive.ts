// Test helper: keys a user presses in the wizard to reach "look inside", make the copy (typed yes) and run the
// strace capture; waits on frames with deadlines, never sleeps.
import { DOWN, ENTER, TAB, waitFor, waitForText } from './helpers.js';

interface Driven {
  readonly lastFrame: () => string | undefined;
  readonly stdin: { write: (data: string) => void };
}

const LOOK_INSIDE = 'Keep the container alive and look inside';

/** Moves the command selection to the line whose title contains `title` (the commands panel has focus). */
async function select(app: Driven, title: string, ms: number): Promise<void> {
  for (let i = 0; i < 8; i++) {
    const frame = await waitFor(app.lastFrame, (f) => f.includes(title), ms);
    if (frame.split('\n').some((l) => l.includes('›') && l.includes(title))) return;
    app.stdin.write(DOWN);
    await waitFor(app.lastFrame, (f) => f !== frame, ms).catch(() => undefined);
  }
  throw new Error(`could not select "${title}"; last frame:\n${app.lastFrame()}`);
}

/** `debug`: the ephemeral debug container (asks for a typed yes) instead of strace in the copy's own container. */
export async function driveToCapture(app: Driven, ms = 20_000, via: 'exec' | 'debug' = 'exec'): Promise<string> {
  const first = await waitForText(app.lastFrame, 'look inside the container', ms);
  // The first step's choices: Continue, then "Skip ahead and look inside the container".
  if (!first.includes('› Skip ahead and look inside')) app.stdin.write(DOWN);
  await waitForText(app.lastFrame, '› Skip ahead and look inside', ms);
  app.stdin.write(ENTER);
  await waitForText(app.lastFrame, LOOK_INSIDE, ms);
  app.stdin.write(TAB);
  await waitForText(app.lastFrame, '▶ Image and command', ms);
  app.stdin.write(TAB);
  await waitForText(app.lastFrame, '▶ Commands', ms);
  await select(app, 'Start a copy of the pod', ms);
  app.stdin.write('r');
  await waitForText(app.lastFrame, 'and press Enter to create it', ms);
  app.stdin.write('yes');
  await waitForText(app.lastFrame, 'to cancel: yes', ms);
  app.stdin.write(ENTER);
  await select(app, via === 'exec' ? "Trace the entrypoint's system calls in the copy" : 'Trace the entrypoint from a debug container', 120_000);
  app.stdin.write('r');
  if (via === 'debug') {
    await waitForText(app.lastFrame, 'and press Enter to create it', ms);
    app.stdin.write('yes');
    await waitForText(app.lastFrame, 'to cancel: yes', ms);
    app.stdin.write(ENTER);
  }
  return waitForText(app.lastFrame, 'Decisive syscall (strace ', ms * 3);
}
