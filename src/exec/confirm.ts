// Consent for a change: the exact command or manifest has been shown; only the typed word "yes" agrees.
// Enter alone, "y", end of input or Ctrl-C are all a no.
import { createInterface } from 'node:readline';

export interface ConfirmIo {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
}

export async function confirmTyped(question: string, io: ConfirmIo = { input: process.stdin, output: process.stderr }): Promise<boolean> {
  const rl = createInterface({ input: io.input, output: io.output, terminal: false });
  io.output.write(`${question} Type "yes" to continue: `);
  try {
    const answer = await new Promise<string | undefined>((resolve) => {
      rl.once('line', resolve);
      rl.once('close', () => resolve(undefined));
      rl.once('SIGINT', () => resolve(undefined));
    });
    return answer?.trim() === 'yes';
  } finally {
    rl.close();
  }
}
