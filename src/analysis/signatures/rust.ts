// Log signatures: Rust (panics, allocation failures). One phrase per entry, each with a real line it
// matches (and where that line comes from) and a line it must not match; test/analysis/signatures.test.ts checks both.
import type { Signature } from './types.js';

export const RUST_SIGNATURES: readonly Signature[] = [
  {
    id: 'rust.thread-panicked', finding: 'log-panic', label: 'a Rust panic', re: /thread '[^']+'(?: \(\d+\))? panicked at/,
    examples: [{ line: "thread 'main' panicked at 'called `Option::unwrap()` on a `None` value', src/main.rs:177:37", source: "https://github.com/DevYukine/red_oxide/issues/10" }],
    counters: ["called `Option::unwrap()` on a `None` value"],
  },
  {
    id: 'rust.memory-allocation-failed', finding: 'log-out-of-memory', re: /memory allocation of \d+ bytes failed/i,
    examples: [{ line: "memory allocation of 1073741824 bytes failed", source: "Rust's allocation-failure abort" }],
    counters: ["APPLICATION FAILED TO START"],
  },
  {
    // Rust std's io::Error for a failed getaddrinfo (its detail may be any EAI_* text).
    id: 'rust.failed-to-lookup-address', finding: 'log-dns', re: /failed to lookup address information/i,
    examples: [{ line: "thread 'arbiter:c4ea1f19-6be1-4280-8b26-f131643f3295:actor' panicked at 'Failed to create transport: Io(Custom { kind: Other, error: StringError(\"failed to lookup address information: Name or service not known\") })', libcore/result.rs:945:5", source: "https://github.com/big-neon/bn-api/issues/279" }],
    counters: ["thread 'main' panicked at 'called `Option::unwrap()` on a `None` value', src/main.rs:177:37"],
  },
];
