// Log signatures: Ruby (exception classes). One phrase per entry, each with a real line it
// matches (and where that line comes from) and a line it must not match; test/analysis/signatures.test.ts checks both.
import type { Signature } from './types.js';

export const RUBY_SIGNATURES: readonly Signature[] = [
  {
    id: 'ruby.error-class-in-parens', finding: 'log-panic', re: /\((?:[A-Z]\w*::)*[A-Z]\w*(?:Error|Exception)\)$/,
    examples: [{ line: "/Users/dan2552/.hedgehog:64:in `block in <top (required)>': undefined method `magenta' for nil:NilClass (NoMethodError)", source: "https://github.com/Dan2552/Hedgehog/issues/2" }],
    counters: ["1: from /Users/dan2552/Dropbox/Hedgehog/app/hedgehog/input.rb:23:in `get_prompt'"],
  },
  {
    // ENV.fetch of an ENV_STYLE name that is not set; case-sensitive so an ordinary hash key stays a crash.
    id: 'ruby.env-fetch-key-not-found', finding: 'log-bad-config', label: 'environment variable missing', re: /key not found: "[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9]"/,
    examples: [{ line: "/app/config/initializers/secret.rb:1:in `fetch': key not found: \"SECRET_KEY_BASE\" (KeyError)", source: "Ruby's ENV.fetch error (test/analysis/real-world-guards-more.test.ts)" }],
    counters: ["/app/lib/cache.rb:9:in `fetch': key not found: \"user_42\" (KeyError)"],
  },
];
