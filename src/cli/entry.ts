#!/usr/bin/env node
// The bin. Kept tiny so that start-up only pays for the command that runs: each command is imported lazily.
import { main } from './main.js';

// `kubectl-crashcourse scan | head` closes the pipe early: the reader's choice, not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
});

// Once the command is done, nothing may keep the process alive: a credential plugin still running after its
// deadline, or a socket a server keeps trickling into. Exit as soon as what we printed has been flushed.
const finish = (code: number): void => {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
};

main(process.argv.slice(2)).then(finish, (err: unknown) => {
  process.stderr.write(`kubectl-crashcourse: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
  finish(1);
});
