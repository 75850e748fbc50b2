// What an exit code means: the table of ../shared/spec/causes.md (ranges, 128+n signals, sysexits.h, and the
// conversion of codes outside 0–255), as one pure function. The meaning is said as a message (`say`), worded
// in the reader's language by src/report; `meaning` keeps the English line the flows' facts and JSON carry.
import { say, type Message } from '../contracts/diagnosis.js';

export type ExitCodeKind = 'success' | 'program' | 'not-executable' | 'not-found' | 'start-failed' | 'signal' | 'sysexit';

export interface ExitCodeMeaning {
  /** The code as the runtime reports it, 0–255. */
  readonly code: number;
  /** The code the program asked for, when it was outside 0–255 (e.g. -1). */
  readonly requested?: number;
  readonly kind: ExitCodeKind;
  /** e.g. "SIGKILL", for 128+n. */
  readonly signal?: string;
  readonly signalNumber?: number;
  /** e.g. "EX_CONFIG", for 64–78. */
  readonly sysexit?: string;
  /** One line, plain English. */
  readonly meaning: string;
  /** The same line as a message. */
  readonly say: Message;
}

// Linux (x86/arm) numbering; kill -l order.
export const SIGNALS: readonly string[] = [
  '', 'SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGILL', 'SIGTRAP', 'SIGABRT', 'SIGBUS', 'SIGFPE', 'SIGKILL', 'SIGUSR1',
  'SIGSEGV', 'SIGUSR2', 'SIGPIPE', 'SIGALRM', 'SIGTERM', 'SIGSTKFLT', 'SIGCHLD', 'SIGCONT', 'SIGSTOP', 'SIGTSTP',
  'SIGTTIN', 'SIGTTOU', 'SIGURG', 'SIGXCPU', 'SIGXFSZ', 'SIGVTALRM', 'SIGPROF', 'SIGWINCH', 'SIGIO', 'SIGPWR', 'SIGSYS',
];

const SIGNAL_MEANINGS: Readonly<Record<string, string>> = {
  SIGHUP: 'hang-up: the controlling terminal or parent went away',
  SIGINT: 'interrupted (Ctrl-C)',
  SIGQUIT: 'quit, with a core dump',
  SIGILL: 'illegal CPU instruction (often a binary built for a newer CPU)',
  SIGTRAP: 'trace/breakpoint trap',
  SIGABRT: 'the process aborted itself (abort(): a failed assertion or a runtime giving up)',
  SIGBUS: 'bus error: bad memory access (e.g. a truncated memory-mapped file)',
  SIGFPE: 'arithmetic error (e.g. integer division by zero)',
  SIGKILL: 'killed with SIGKILL: no chance to clean up (OOM killer, kubelet after the grace period, kill -9)',
  SIGUSR1: 'user-defined signal 1, not handled',
  SIGSEGV: 'segmentation fault: the process touched memory it may not access',
  SIGUSR2: 'user-defined signal 2, not handled',
  SIGPIPE: 'wrote to a pipe or socket nobody reads',
  SIGALRM: 'an alarm timer fired',
  SIGTERM: 'asked to stop with SIGTERM (the kubelet stopping the container, a deletion, a scale-down, docker stop)',
};

const SYSEXITS: Readonly<Record<number, readonly [string, string]>> = {
  64: ['EX_USAGE', 'command line usage error'],
  65: ['EX_DATAERR', 'data format error'],
  66: ['EX_NOINPUT', 'cannot open input'],
  67: ['EX_NOUSER', 'addressee unknown'],
  68: ['EX_NOHOST', 'host name unknown'],
  69: ['EX_UNAVAILABLE', 'service unavailable'],
  70: ['EX_SOFTWARE', 'internal software error'],
  71: ['EX_OSERR', 'system error (e.g. cannot fork)'],
  72: ['EX_OSFILE', 'critical OS file missing'],
  73: ['EX_CANTCREAT', "can't create (user) output file"],
  74: ['EX_IOERR', 'input/output error'],
  75: ['EX_TEMPFAIL', 'temporary failure; retrying may work'],
  76: ['EX_PROTOCOL', 'remote error in protocol'],
  77: ['EX_NOPERM', 'permission denied'],
  78: ['EX_CONFIG', 'configuration error'],
};

/** The 0–255 code a process's exit status shows for any requested code: c mod 256, negatives as 256 − (|c| mod 256). */
export function normalizeExitCode(code: number): number {
  const c = Math.trunc(code);
  if (c >= 0) return c % 256;
  const r = Math.abs(c) % 256;
  return r === 0 ? 0 : 256 - r;
}

export function signalName(n: number): string | undefined {
  if (n >= 1 && n < SIGNALS.length) return SIGNALS[n];
  if (n >= 34 && n <= 64) return n === 34 ? 'SIGRTMIN' : `SIGRTMIN+${n - 34}`;
  return undefined;
}

export function exitCodeMeaning(requested: number): ExitCodeMeaning {
  const code = normalizeExitCode(requested);
  const base = requested === code ? {} : { requested };
  const converted = requested === code ? say('dx.empty') : say('dx.exit.converted', { requested, code });
  const convertedText = requested === code ? '' : ` (the program exited with ${requested}, which shows as ${code})`;
  const m = (kind: ExitCodeKind, meaning: string, said: Message, extra: Partial<ExitCodeMeaning> = {}): ExitCodeMeaning => ({
    code, ...base, kind, meaning, say: said, ...extra,
  });

  if (code === 0) return m('success', `exited normally with 0${convertedText}`, say('dx.exit.success', { converted }));
  if (code === 126) return m('not-executable', 'the command was found but could not be executed (not executable, or permission denied)', say('dx.exit.notExecutable'));
  if (code === 127) return m('not-found', 'command not found: the entrypoint or command is not in the image or not on $PATH', say('dx.exit.notFound'));
  if (code === 128) return m('start-failed', 'the runtime could not start the process (StartError / invalid exit argument)', say('dx.exit.startFailed'));
  const sysexit = SYSEXITS[code];
  if (sysexit) {
    return m('sysexit', `the program chose exit ${code}: ${sysexit[0]}, ${sysexit[1]} (sysexits.h)${convertedText}`,
      say('dx.exit.sysexit', { code, name: sysexit[0], what: say(`dx.sysexit.${code}`), converted }), { sysexit: sysexit[0] });
  }
  if (code > 128) {
    const n = code - 128;
    const name = signalName(n);
    if (name) {
      const what = SIGNAL_MEANINGS[name] ?? `killed by signal ${n}`;
      const also = code === 255 ? '; 255 is also exit(-1) and what containers show after a node or runtime restart' : '';
      const said = say('dx.exit.signal', { name, n, what: SIGNAL_MEANINGS[name] ? say(`dx.signal.${name}`) : say('dx.signal.other', { n }), also: say(code === 255 ? 'dx.exit.also255' : 'dx.empty'), converted });
      return m('signal', `${name} (signal ${n}): ${what}${also}${convertedText}`, said, { signal: name, signalNumber: n });
    }
    if (code === 255) {
      return m('program', `general error: often exit(-1), or the container runtime lost the process when the node restarted${convertedText}`, say('dx.exit.general255', { converted }));
    }
    return m('program', `the program chose exit ${code} (above 128 but not a signal number)${convertedText}`, say('dx.exit.above128', { code, converted }));
  }
  if (code === 1) return m('program', `general error: the program chose exit 1${convertedText}`, say('dx.exit.one', { converted }));
  if (code === 2) return m('program', `the program chose exit 2: usually misuse (a bad flag or argument) or a shell builtin error${convertedText}`, say('dx.exit.two', { converted }));
  return m('program', `the program chose exit ${code}${convertedText}`, say('dx.exit.other', { code, converted }));
}
