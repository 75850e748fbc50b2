// execve failures and how processes ended. A failed execve followed by a successful one in the same
// process is a PATH search (the shell tries each directory), not a failure.
import type { ProcessEnd, SyscallFinding, SyscallRecord, TraceEvent } from './types.js';
import { said } from './said.js';
import { firstPath } from './strace-string.js';

export function execFindings(events: readonly TraceEvent[]): SyscallFinding[] {
  const out: SyscallFinding[] = [];
  events.forEach((e, i) => {
    if (e.kind !== 'call' || !/^execve(at)?$/.test(e.name) || !e.errno) return;
    const laterSuccess = events.slice(i + 1).some((n) => n.pid === e.pid && n.kind === 'call' && /^execve(at)?$/.test(n.name) && !n.errno);
    if (laterSuccess) return;
    out.push(execFinding(e));
  });
  return out;
}

function execFinding(call: SyscallRecord): SyscallFinding {
  const path = firstPath(call.args) ?? '?';
  const base = { quote: call.text, line: call.line, pid: call.pid, facts: { syscall: call.name, path, errno: call.errno! } };
  const values = { path, errno: call.errno! };
  if (call.errno === 'ENOEXEC') return { ...base, kind: 'exec-failed', cause: 'exec-format', ...said('syscalls.exec.notProgram', values) };
  const id = call.errno === 'ENOENT' ? 'syscalls.exec.missing' : call.errno === 'EACCES' ? 'syscalls.exec.denied' : 'syscalls.exec.refused';
  return { ...base, kind: 'exec-failed', cause: 'command-not-found', ...said(id, values) };
}

const SIGNAL_CAUSE = { SIGSEGV: 'segfault', SIGABRT: 'app-crash' } as const;

/** How the first traced process (the entrypoint) ended. */
export function endFinding(events: readonly TraceEvent[]): SyscallFinding | undefined {
  const root = events[0]?.pid;
  const end = events.find((e): e is ProcessEnd => e.pid === root && (e.kind === 'exit' || e.kind === 'killed'));
  if (!end) return undefined;
  const base = { quote: end.text, line: end.line, pid: end.pid };
  if (end.kind === 'killed') {
    const cause = SIGNAL_CAUSE[end.value as keyof typeof SIGNAL_CAUSE];
    return { ...base, kind: 'killed-by-signal', ...(cause ? { cause } : {}), facts: { signal: end.value },
      ...said('syscalls.end.killed', { signal: end.value }) };
  }
  // The status as strace printed it (a string: ICU would group a number's digits).
  return { ...base, kind: 'exited', facts: { exitCode: Number(end.value) }, ...said('syscalls.end.exited', { status: end.value }) };
}
