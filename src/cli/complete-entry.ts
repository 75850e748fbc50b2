#!/usr/bin/env node
// kubectl_complete-crashcourse: kubectl's plugin completion runs it with the words after `kubectl crashcourse`
// (the last one being typed) and reads cobra's answer from stdout.
import { main } from './main.js';

main(['__complete', ...process.argv.slice(2)]).then(
  (code) => {
    // Answered: a request to a silent server may still hold a socket open, and the shell is waiting.
    process.stdout.write('', () => process.exit(code));
  },
  () => {
    process.exitCode = 1;
  },
);
