// Runs a program the way a user's shell would (argument array, no shell), with a deadline. Asynchronous, so a
// training cluster served by this same test process keeps answering while the program runs.
import { execFile } from 'node:child_process';

export interface Ran {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

export function runProgram(argv: readonly string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(argv[0]!, argv.slice(1), { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20, env: options.env ?? process.env, ...(options.cwd ? { cwd: options.cwd } : {}) }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, out: stdout, err: `${stderr}${error && code === null ? String(error) : ''}` });
    });
  });
}

/** Candidates from cobra's completion answer: every line but the `:directive`, value before the tab. */
export const completionValues = (out: string): string[] => out.split('\n').filter((l) => l && !/^:\d+$/.test(l)).map((l) => l.split('\t')[0]!);
