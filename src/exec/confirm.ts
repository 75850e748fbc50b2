// Consent for a change: the exact command or manifest has been shown; only the typed word "yes" agrees.
// Enter alone, "y", end of input or Ctrl-C are all a no, and so is anything typed before the question appeared.
import { createInterface } from 'node:readline';
import { ENGLISH, type Translate } from '../i18n/translate.js';

export interface ConfirmIo {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
}

// Input typed ahead sits in the terminal's buffer and arrives as soon as we start reading: read and drop it
// for this long before the question is printed, so only what is typed after seeing the question counts.
const DRAIN_MS = 40;

/** The word to type stays "yes" in every language (`t` words the question around it). */
export async function confirmTyped(question: string, io: ConfirmIo = { input: process.stdin, output: process.stderr }, t: Translate = ENGLISH): Promise<boolean> {
  const dropped = await discardTypeAhead(io.input);
  const rl = createInterface({ input: io.input, output: io.output, terminal: false });
  io.output.write(`${dropped ? `${t('override.confirm.ignoredTypeAhead')}\n` : ''}${t('override.confirm.prompt', { question })}`);
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

async function discardTypeAhead(input: NodeJS.ReadableStream): Promise<boolean> {
  let dropped = false;
  const drop = (): void => {
    dropped = true;
  };
  input.on('data', drop);
  await new Promise((r) => setTimeout(r, DRAIN_MS));
  input.off('data', drop);
  input.pause();
  return dropped;
}
