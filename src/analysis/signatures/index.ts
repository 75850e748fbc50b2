// The catalogue of log signatures, grouped by runtime or family (one file each). Adding a signal is one entry
// with its example and counter-example; the finding it feeds, with that finding's label and weight, is in
// ../log-patterns.ts.
import { COMMON_SIGNATURES } from './common.js';
import { DATABASE_SIGNATURES } from './database.js';
import { DOTNET_SIGNATURES } from './dotnet.js';
import { ERLANG_SIGNATURES } from './erlang.js';
import { EXEC_SIGNATURES } from './exec.js';
import { GO_SIGNATURES } from './go.js';
import { JVM_SIGNATURES } from './jvm.js';
import { KUBERNETES_SIGNATURES } from './kubernetes.js';
import { NATIVE_SIGNATURES } from './native.js';
import { NGINX_SIGNATURES } from './nginx.js';
import { NODE_SIGNATURES } from './node.js';
import { PHP_SIGNATURES } from './php.js';
import { PYTHON_SIGNATURES } from './python.js';
import { RUBY_SIGNATURES } from './ruby.js';
import { RUST_SIGNATURES } from './rust.js';
import { TLS_SIGNATURES } from './tls.js';

export type { Signature, SignatureExample, LogFindingId } from './types.js';
export { familyOf, matches } from './types.js';

export const SIGNATURE_FAMILIES = {
  exec: EXEC_SIGNATURES,
  common: COMMON_SIGNATURES,
  node: NODE_SIGNATURES,
  python: PYTHON_SIGNATURES,
  go: GO_SIGNATURES,
  jvm: JVM_SIGNATURES,
  dotnet: DOTNET_SIGNATURES,
  rust: RUST_SIGNATURES,
  native: NATIVE_SIGNATURES,
  ruby: RUBY_SIGNATURES,
  php: PHP_SIGNATURES,
  erlang: ERLANG_SIGNATURES,
  database: DATABASE_SIGNATURES,
  tls: TLS_SIGNATURES,
  nginx: NGINX_SIGNATURES,
  kubernetes: KUBERNETES_SIGNATURES,
} as const;

export const SIGNATURES = Object.values(SIGNATURE_FAMILIES).flat();
