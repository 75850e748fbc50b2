// Log signatures: C and C++ programs (libstdc++, aborts). One phrase per entry, each with a real line it
// matches (and where that line comes from) and a line it must not match; test/analysis/signatures.test.ts checks both.
import type { Signature } from './types.js';

export const NATIVE_SIGNATURES: readonly Signature[] = [
  {
    id: 'native.std-bad-alloc', finding: 'log-out-of-memory', re: /std::bad_alloc/i,
    examples: [{ line: "terminate called after throwing an instance of 'std::bad_alloc'", source: "libstdc++'s message" }],
    counters: ["called `Option::unwrap()` on a `None` value"],
  },
  {
    id: 'native.terminate-called', finding: 'log-panic', re: /terminate called after throwing/i,
    examples: [{ line: "terminate called after throwing an instance of 'std::runtime_error'", source: "libstdc++'s message" }],
    counters: ["runtime error: invalid memory address or nil pointer dereference"],
  },
  {
    id: 'native.core-dumped', finding: 'log-panic', re: /core dumped/i,
    examples: [{ line: "Segmentation fault (core dumped)", source: "test/analysis/log-patterns.test.ts" }],
    counters: ["1: core::panicking::panic_fmt"],
  },
];
