// Runs one program from an argv (never a shell string), with a time-out, optional stdin, and bounded,
// sanitised output: the only place a child process is started besides the terminal hand-off.
import { spawn, type ChildProcess } from 'node:child_process';
import { sanitize } from '../text/sanitize.js';

export interface ArgvResult {
  readonly exitCode: number | null;
  /** stdout then stderr, sanitised, at most maxBytes of each. */
  readonly output: string;
  readonly timedOut: boolean;
  /** Set when the program could not start (ENOENT…). */
  readonly startError?: string;
}

export interface RunArgvOptions {
  readonly stdin?: string;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  readonly env?: NodeJS.ProcessEnv;
}

export const DEFAULT_MAX_OUTPUT = 256 * 1024;

// The programs still running, so a signal can stop them before we clean up: a `kubectl create` still doing its
// discovery when Ctrl-C arrives would otherwise send its create after our delete, and the copy would outlive us.
const running = new Set<ChildProcess>();

/** Kills every program started here that is still running, and waits (bounded) until they are gone. */
export async function stopRunning(graceMs = 2000): Promise<void> {
  const children = [...running];
  const gone = children.map((c) => new Promise<void>((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.once('close', () => r()))));
  for (const c of children) c.kill('SIGKILL');
  await Promise.race([Promise.all(gone), new Promise((r) => setTimeout(r, graceMs).unref())]);
}

export function runArgv(argv: readonly string[], options: RunArgvOptions = {}): Promise<ArgvResult> {
  const [program, ...args] = argv;
  if (!program) return Promise.resolve({ exitCode: null, output: '', timedOut: false, startError: 'empty command' });
  const max = options.maxBytes ?? DEFAULT_MAX_OUTPUT;
  return new Promise((resolve) => {
    const child = spawn(program, args, { shell: false, stdio: ['pipe', 'pipe', 'pipe'], env: options.env ?? process.env });
    running.add(child);
    const out = collector(max);
    const err = collector(max);
    let timedOut = false;
    let startError: string | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 60_000);
    child.stdout.on('data', out.push);
    child.stderr.on('data', err.push);
    child.on('error', (e: NodeJS.ErrnoException) => {
      startError = e.code === 'ENOENT' ? `${program} is not installed or not on PATH` : e.message;
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.stdin ?? '');
    child.on('close', (code) => {
      running.delete(child);
      clearTimeout(timer);
      // stdout first and whole, so a caller can parse `--output json` from the start of it.
      const text = [out.text(), err.text()].filter(Boolean).join('\n');
      resolve({ exitCode: startError ? null : code, output: sanitize(text), timedOut, ...(startError ? { startError } : {}) });
    });
  });
}

function collector(max: number): { push: (b: Buffer) => void; text: () => string } {
  const chunks: Buffer[] = [];
  let size = 0;
  let dropped = 0;
  return {
    push: (b) => {
      if (size >= max) {
        dropped += b.length;
        return;
      }
      const part = b.subarray(0, max - size);
      chunks.push(part);
      size += part.length;
      dropped += b.length - part.length;
    },
    text: () => Buffer.concat(chunks).toString('utf8') + (dropped ? `\n… ${dropped} more bytes not kept` : ''),
  };
}
