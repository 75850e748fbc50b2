#!/usr/bin/env node
// The bin. Kept tiny so that start-up only pays for the command that runs: each command is imported lazily.
import { main } from './main.js';

// `kubectl-crashcourse scan | head` closes the pipe early: the reader's choice, not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`kubectl-crashcourse: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
