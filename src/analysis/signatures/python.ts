// Log signatures: Python (tracebacks, exceptions). One phrase per entry, each with a real line it
// matches (and where that line comes from) and a line it must not match; test/analysis/signatures.test.ts checks both.
import type { Signature } from './types.js';

export const PYTHON_SIGNATURES: readonly Signature[] = [
  {
    id: 'python.cant-open-file', finding: 'command-not-found', re: /can't open file '[^']+': \[Errno 2\]/i,
    examples: [{ line: "python: can't open file '/app/main.py': [Errno 2] No such file or directory", source: "test/analysis/log-patterns.test.ts" }],
    counters: ["File \"/Applications/StarCheat.app/Contents/Resources/starcheat.py\", line 71, in main"],
  },
  {
    // Case-sensitive on purpose: only an ENV_STYLE name is a setting; KeyError: 'user_id' is the program's own data.
    id: 'python.key-error-env-name', finding: 'log-bad-config', re: /KeyError: '[A-Z][A-Z0-9_]*'/,
    examples: [{ line: "KeyError: 'DATABASE_URL'", source: "test/analysis/log-patterns.test.ts" }],
    counters: ["KeyError: 'user_id'", "KeyError: 'content'", "KeyError: 'database_url'"],
  },
  {
    // A KeyError raised on the line that reads a configuration mapping (the traceback quotes that line just above).
    id: 'python.key-error-reading-config', finding: 'log-bad-config', re: /^KeyError: '[^']+'$/,
    before: /\b\w*(?:config|conf|cfg|settings|environ)\w*\b/i,
    examples: [{ before: "    config_curl_options = docs['curl_settings']", line: "KeyError: 'curl_settings'", source: "https://github.com/pawadski/curlhttp_exporter/issues/8" }],
    counters: ["KeyError: 'content'", "KeyError: 9"],
  },
  {
    id: 'python.nobrokersavailable', finding: 'log-connection-refused', re: /NoBrokersAvailable/,
    examples: [{ line: "kafka.errors.NoBrokersAvailable: NoBrokersAvailable", source: "kafka-python's error" }],
    counters: ["at kafka.zookeeper.ZooKeeperClient.waitUntilConnected(ZooKeeperClient.scala:262)"],
  },
  {
    id: 'python.memoryerror', finding: 'log-out-of-memory', re: /\bMemoryError\b/,
    examples: [{ line: "MemoryError", source: "Python's out-of-memory exception" }],
    counters: [".   ____          _            __ _ _"],
  },
  {
    id: 'python.traceback-most-recent-call', finding: 'log-panic', label: 'a Python traceback', re: /Traceback \(most recent call last\)/,
    examples: [{ line: "Traceback (most recent call last):", source: "https://github.com/pawadski/curlhttp_exporter/issues/8" }],
    counters: ["raise e.OperationalError(str(last_exc))"],
  },
  {
    // Only inside a connection error raised to the program (its own outbound connection was reset).
    id: 'python.connection-reset-by-peer', finding: 'log-connection-refused', label: 'connection reset by peer', re: /(?:ConnectionError|ConnectionResetError)\b.*\bConnection reset by peer\b/,
    examples: [{ line: "redis.exceptions.ConnectionError: Error while reading from socket: (54, 'Connection reset by peer')", source: "https://github.com/redis/redis-py/issues/1250" }],
    counters: ["Error: read ECONNRESET", "2020/01/15 17:37:17 http: TLS handshake error from 10.0.0.7:52314: read tcp 10.244.1.5:8443->10.0.0.7:52314: read: connection reset by peer"],
  },
  {
    // gunicorn's words for EADDRINUSE on its own listening address. It ends with "Can't connect to ('host', port)"
    // about that same address, so this outranks the connection findings (specificity above log-dns's 70).
    id: 'python.gunicorn-connection-in-use', finding: 'log-address-in-use', specificity: 71, re: /\bConnection in use: \(/,
    examples: [{ line: "[2020-12-31 08:33:30 +0100] [117] [ERROR] Connection in use: ('localhost', 8000)", source: "https://github.com/jonaswinkler/paperless-ng/issues/230" }],
    counters: ["[2020-12-31 08:33:35 +0100] [117] [ERROR] Can't connect to ('localhost', 8000)"],
  },
  {
    // PyYAML's own error classes: the YAML the program was given does not parse.
    id: 'python.yaml-scanner-error', finding: 'log-bad-config', re: /\byaml\.(?:scanner\.ScannerError|parser\.ParserError)\b/,
    examples: [
      { line: "yaml.scanner.ScannerError: while scanning a simple key in \"/etc/pycsw/pycsw.yml\", line 109, column 9", source: "https://github.com/geopython/pycsw/issues/943" },
      { line: "ERROR: yaml.scanner.ScannerError: mapping values are not allowed here", source: "https://github.com/hobbit-project/platform/issues/12" },
    ],
    counters: ["    raise ScannerError(\"while scanning a simple key\", key.mark,", "ModuleNotFoundError: No module named 'yaml'"],
  },
  {
    // JSON that does not parse is configuration when the traceback above reads a file (json.load(f)) or a
    // config/settings module; json.loads(response…) and resp.json() are the program handling a reply badly.
    id: 'python.json-decode-error-reading-config', finding: 'log-bad-config', label: 'a JSON file it reads at start-up does not parse', re: /\bJSONDecodeError: /,
    near: { re: /\bjson\.load\(|config|settings/i, above: 16, below: 0 },
    examples: [
      { line: "json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)", source: "https://github.com/frappe/erpnext/issues/33620",
        near: ["  File \"/usr/local/bin/configure.py\", line 16, in update_config", "    config: dict[str, Any] = json.load(f)", "  File \"/usr/local/lib/python3.10/json/__init__.py\", line 293, in load"] },
      { line: "json.decoder.JSONDecodeError: Expecting ',' delimiter: line 17 column 2 (char 596)", source: "https://github.com/icbestCA/giftmanager/issues/7",
        near: ["  File \"/app/app.py\", line 31, in <module>", "    users = json.load(file)"] },
      { line: "json.decoder.JSONDecodeError: Expecting value: line 5 column 30 (char 241)", source: "https://github.com/zhayujie/CowAgent/issues/324",
        near: ["File \"/app/config.py\", line 18, in load_config", "config = json.loads(config_str)"] },
    ],
    counters: ["JSONDecodeError: Expecting value: line 1 column 1 (char 0)", "    raise JSONDecodeError(\"Expecting value\", s, err.value) from None"],
  },
];
