// Log signatures: the container runtime and shells starting the entrypoint (runc, sh, bash). One phrase per entry, each with a real line it
// matches (and where that line comes from) and a line it must not match; test/analysis/signatures.test.ts checks both.
import type { Signature } from './types.js';

export const EXEC_SIGNATURES: readonly Signature[] = [
  {
    id: 'exec.exec-format-error', finding: 'exec-format', re: /exec format error/i,
    examples: [{ line: "standard_init_linux.go:228: exec user process caused: exec format error", source: "https://github.com/combor/k8s-mongo-labeler-sidecar/issues/14" }],
    counters: ["standard_init_linux.go:228: exec user process caused: no such file or directory"],
  },
  {
    id: 'exec.cannot-execute-binary-file', finding: 'exec-format', re: /cannot execute binary file/i,
    examples: [{ line: "bash: /usr/local/bin/app: cannot execute binary file: Exec format error", source: "bash's message for a binary of another architecture" }],
    counters: ["/usr/local/go/src/os/exec/exec.go:453 +0x26"],
  },
  {
    id: 'exec.executable-file-not-found', finding: 'command-not-found', re: /executable file not found/i,
    examples: [{ line: "OCI runtime create failed: runc create failed: unable to start container process: exec: \"gunicorn\": executable file not found in $PATH: unknown", source: "test/analysis/analyzers.test.ts" }],
    counters: ["APPLICATION FAILED TO START"],
  },
  {
    id: 'exec.exec-stat-no-such', finding: 'command-not-found', re: /exec: "[^"]+": (?:stat [^:]+: )?no such file or directory/i,
    examples: [{ line: 'OCI runtime create failed: container_linux.go:380: starting container process caused: exec: "/app/start.sh": stat /app/start.sh: no such file or directory: unknown', source: "runc's message when the entrypoint path does not exist" }],
    counters: ["2022-04-05T16:26:42.659374661Z {\"level\":\"error\",\"ts\":1649176002.6591287,\"logger\":\"setup\",\"msg\":\"invalid certs. retrying...\",\"error\":\"stat /tmp/certs/tls.crt: no such file or directory\"}"],
  },
  {
    id: 'exec.exec-user-process-caused', finding: 'command-not-found', re: /exec user process caused:? "?no such file/i,
    examples: [{ line: "standard_init_linux.go:228: exec user process caused: no such file or directory", source: "https://github.com/atmoz/sftp/issues/309" }],
    counters: ["standard_init_linux.go:228: exec user process caused: exec format error"],
  },
  {
    id: 'exec.exec-no-such-file', finding: 'command-not-found', re: /^exec [^:]+: no such file or directory/i,
    examples: [{ line: "exec /docker-entrypoint.sh: no such file or directory", source: "runc's message (entrypoint missing, or its interpreter missing, e.g. CRLF)" }],
    counters: ["/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh"],
  },
  {
    id: 'exec.shell-not-found', finding: 'command-not-found', re: /(?:^|\s)(?:\/bin\/)?(?:ba|da)?sh: (?:\d+: )?(?:line \d+: )?[^:\s]+: (?:command )?not found/i,
    examples: [{ line: "sh: 1: mpg321: not found", source: "https://github.com/Suman7495/Tzara---A-Personal-Assistant/issues/3" }],
    counters: ["code: 'MODULE_NOT_FOUND',"],
  },
  {
    id: 'exec.command-not-found', finding: 'command-not-found', re: /command not found/i,
    examples: [{ line: "/entrypoint.sh: line 5: gosu: command not found", source: "bash's message for a program not on PATH" }],
    counters: ["code: 'MODULE_NOT_FOUND',"],
  },
  {
    id: 'exec.exec-permission-denied', finding: 'command-not-found', re: /^exec [^:]+: permission denied/i,
    examples: [{ line: "exec /docker-entrypoint.sh: permission denied", source: "test/analysis/log-patterns.test.ts" }],
    counters: ["/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh"],
  },
  {
    id: 'exec.exec-not-found', finding: 'command-not-found', re: /(?:^|\s)exec: [^:\s]+: not found/i,
    examples: [{ line: "/bin/sh: 1: exec: gunicorn: not found", source: "https://github.com/kamalgill/cloud-starterkit-flask-appengine/issues/5" }],
    counters: ["code: 'MODULE_NOT_FOUND',"],
  },
];
