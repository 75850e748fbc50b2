#!/usr/bin/env node
// The bin. Kept tiny so that start-up only pays for the command that runs: each command is imported lazily.
import { main } from './main.js';

// `kubectl-crashcourse scan | head` closes the pipe early: the reader's choice, not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
});

const argv = process.argv.slice(2);
main(argv).then(
  (code) => {
    process.exitCode = code;
    // A completion has answered; a request to a silent server may still hold a socket open, and the shell waits.
    if (argv[0] === '__complete') process.stdout.write('', () => process.exit(code));
  },
  (err: unknown) => {
    process.stderr.write(`kubectl-crashcourse: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
