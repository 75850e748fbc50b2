// One line of `strace -f -tt` output → a syscall record or a process end. Lines that are not either
// (strace's own notices, blank lines) give null; an "<unfinished ...>" half is returned as such.
import type { ProcessEnd, SyscallRecord } from './types.js';

export type ParsedLine =
  | SyscallRecord
  | ProcessEnd
  | { readonly kind: 'unfinished'; readonly pid: number; readonly name: string; readonly head: string }
  | { readonly kind: 'resumed'; readonly pid: number; readonly name: string; readonly tail: string };

// "[pid] time" prefix: with -f strace writes the pid first (bare with -o, "[pid N]" on stderr); -tt adds the time.
const PREFIX = /^(?:\[pid\s+)?(\d+)\]?\s+(?:\d{2}:\d{2}:\d{2}(?:\.\d+)?\s+)?/;
// What follows the last ") = ": the value, then an errno name or an annotation in parentheses.
const RESULT = /^(\S+)(?:\s+(E[A-Z0-9]+)\b)?/;

export function parseTraceLine(raw: string, line: number, defaultPid = 0): ParsedLine | null {
  const m = PREFIX.exec(raw);
  const pid = m ? Number(m[1]) : defaultPid;
  const body = m ? raw.slice(m[0].length) : raw;
  const end = /^\+\+\+ (exited with (\d+)|killed by (SIG[A-Z0-9]+)(?: \(core dumped\))?) \+\+\+$/.exec(body);
  if (end) return { kind: end[2] !== undefined ? 'exit' : 'killed', pid, line, value: end[2] ?? end[3]!, text: raw };
  const sig = /^--- (SIG[A-Z0-9]+) \{/.exec(body);
  if (sig) return { kind: 'signal', pid, line, value: sig[1]!, text: raw };
  const unfinished = /^([a-z_0-9]+)\((.*) <unfinished \.\.\.>$/.exec(body);
  if (unfinished) return { kind: 'unfinished', pid, name: unfinished[1]!, head: unfinished[2]! };
  const resumed = /^<\.\.\. ([a-z_0-9]+) resumed>(.*)$/.exec(body);
  if (resumed) return { kind: 'resumed', pid, name: resumed[1]!, tail: resumed[2]! };
  const call = /^([a-z_0-9]+)\((.*)$/.exec(body);
  if (!call) return null;
  return callRecord(pid, line, call[1]!, `${call[2]!}`, raw);
}

/** `rest` is everything after the opening parenthesis: "args) = result [ERRNO (text)]". */
export function callRecord(pid: number, line: number, name: string, rest: string, text: string): SyscallRecord | null {
  // The result is after the last ") = " (argument strings may contain the same characters, but come first).
  let at = -1;
  let after = 0;
  for (const m of rest.matchAll(/\)\s+=\s+/g)) { at = m.index; after = m.index + m[0].length; }
  if (at < 0) return null;
  const r = RESULT.exec(rest.slice(after));
  if (!r) return null;
  const args = rest.slice(0, at);
  return { kind: 'call', pid, line, name, args, result: r[1]!, ...(r[2] ? { errno: r[2] } : {}), text };
}
