// The syscall view: strace output → what the process tried and the kernel refused. Pure: text in, findings out.
// The parser knows strace 6's `-f -tt` format; the rules are general (no per-program lists).
export { analyzeTrace, analyzeEvents, type SyscallReport } from './findings.js';
export { parseTrace } from './parse-trace.js';
export type { SyscallFinding, SyscallFindingKind, TraceEvent, TraceExcerpt } from './types.js';
