// Log signatures: Erlang/OTP runtimes (RabbitMQ, ejabberd, CouchDB) reaching epmd, the port mapper. One phrase per
// entry, each with a real line it matches (and where that line comes from) and a line it must not match;
// test/analysis/signatures.test.ts checks both.
import type { Signature } from './types.js';

export const ERLANG_SIGNATURES: readonly Signature[] = [
  {
    id: 'erlang.epmd-host-timeout', finding: 'log-timeout', re: /epmd error for host \S+: timeout\b/,
    examples: [{ line: "ERROR: epmd error for host rabbitmq-test-server-0.rabbitmq-test-nodes.rabbitmq-test: timeout (timed out)", source: "https://github.com/rabbitmq/rabbitmq-server/issues/11790" }],
    counters: ["epmd: epmd running - daemon = false"],
  },
];
