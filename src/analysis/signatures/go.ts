// Log signatures: Go (panics, flag and encoding errors, the net package). One phrase per entry, each with a real line it
// matches (and where that line comes from) and a line it must not match; test/analysis/signatures.test.ts checks both.
import type { Signature } from './types.js';

export const GO_SIGNATURES: readonly Signature[] = [
  {
    id: 'go.flag-provided-not-defined', finding: 'log-bad-config', re: /flag provided but not defined/i,
    examples: [{ line: "flag provided but not defined: -log-level", source: "https://github.com/openshift/machine-api-operator/issues/107" }],
    counters: ["2024-03-12T08:10:12.200000Z\tinfo\tFLAG: --log_output_level=\"default:info\""],
  },
  {
    id: 'go.unknown-flag', finding: 'log-bad-config', re: /unknown (?:flag|option|shorthand flag|command)/i,
    examples: [{ line: "Error: unknown flag: --listen-adress", source: "test/analysis/log-patterns.test.ts" }],
    counters: ["ts=2024-04-10T08:42:11.020Z caller=exporter.go:231 level=error err=\"listen tcp :8080: bind: address already in use\""],
  },
  {
    id: 'go.yaml-line-unmarshal', finding: 'log-bad-config', re: /yaml: (?:line \d+|unmarshal)/i,
    examples: [{ line: "Error: yaml: line 12: mapping values are not allowed in this context", source: "test/analysis/log-patterns.test.ts" }],
    counters: ["(node:26966) UnhandledPromiseRejectionWarning: Unhandled promise rejection. This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). (rejection id: 1)"],
  },
  {
    id: 'go.json-cannot-unmarshal', finding: 'log-bad-config', re: /json: cannot unmarshal/i,
    examples: [{ line: "json: cannot unmarshal string into Go struct field Config.port of type int", source: "Go encoding/json's error" }],
    counters: ["java.lang.ClassCastException: java.lang.String cannot be cast to java.lang.Exception"],
  },
  {
    id: 'go.mapping-values-are-not', finding: 'log-bad-config', re: /mapping values are not allowed/i,
    examples: [{ line: "Error: yaml: line 12: mapping values are not allowed in this context", source: "test/analysis/log-patterns.test.ts" }],
    counters: ["(node:26966) UnhandledPromiseRejectionWarning: Unhandled promise rejection. This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). (rejection id: 1)"],
  },
  {
    id: 'go.flag-needs-an-argument', finding: 'log-bad-config', re: /flag needs an argument/i,
    examples: [{ line: "flag needs an argument: -config", source: "test/analysis/log-patterns.test.ts" }],
    counters: ["config.ru:6:in `block in <main>'"],
  },
  {
    id: 'go.required-flag-not-set', finding: 'log-bad-config', re: /required flag\(s\) .{0,80}not set/i,
    examples: [{ line: "Error: required flag(s) \"config\" not set", source: "test/analysis/real-world-guards-more.test.ts" }],
    counters: ["2017-01-30 19:03:17.4388|ERROR|Wox.Plugin.Program.Main.DefaultProgramSources|System.NullReferenceException: Object reference not set to an instance of an object."],
  },
  {
    id: 'go.no-such-host', finding: 'log-dns', re: /no such host/i,
    examples: [{ line: "dial tcp: lookup backend.shop.svc.cluster.local on 10.96.0.10:53: no such host", source: "test/analysis/analyzers.test.ts" }],
    counters: ["Address 1: 10.0.0.10 kube-dns.kube-system.svc.cluster.local"],
  },
  {
    id: 'go.server-misbehaving', finding: 'log-dns', re: /server misbehaving/i,
    examples: [{ line: "dial tcp: lookup postgres on 10.96.0.10:53: server misbehaving", source: "Go's resolver when the DNS server answers SERVFAIL" }],
    counters: ["Server:    10.0.0.10"],
  },
  {
    id: 'go.io-timeout', finding: 'log-timeout', re: /i\/o timeout/i,
    examples: [{ line: "dial tcp 10.0.0.5:443: i/o timeout", source: "test/analysis/log-patterns.test.ts" }],
    counters: ["-A OUTPUT -p tcp -j ISTIO_OUTPUT"],
  },
  {
    id: 'go.deadline-exceeded', finding: 'log-timeout', re: /deadline exceeded/i,
    examples: [{ line: "context deadline exceeded", source: "test/analysis/analyzers.test.ts" }],
    counters: ["at org.springframework.context.event.SimpleApplicationEventMulticaster.multicastEvent(SimpleApplicationEventMulticaster.java:98)"],
  },
  {
    id: 'go.panic', finding: 'log-panic', label: 'a Go panic', re: /^panic: /,
    examples: [{ line: "panic: POD_XXX_KEY not found.", source: "https://github.com/kubernetes/kubernetes/issues/65695" }],
    counters: ["sh: 1: mpg321: not found"],
  },
  {
    id: 'go.goroutine-running', finding: 'log-panic', label: 'a Go panic', re: /goroutine \d+ \[running\]/,
    examples: [{ line: "goroutine 1 [running]:", source: "https://github.com/kubernetes/kubernetes/issues/65695" }],
    counters: ["goroutine 6 [chan send]:"],
  },
  {
    id: 'go.fatal-error', finding: 'log-panic', re: /^fatal error: /,
    examples: [{ line: "fatal error: concurrent map writes", source: "the Go runtime's fatal error (maps written from two goroutines)" }],
    counters: ["Fatal error: Uncaught Error: Call to a member function on() on null in /var/www/html/api.php:10"],
  },
];
