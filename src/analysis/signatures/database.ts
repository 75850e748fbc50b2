// Log signatures: PostgreSQL, MySQL and Elasticsearch server and client messages. One phrase per entry, each with a real line it
// matches (and where that line comes from) and a line it must not match; test/analysis/signatures.test.ts checks both.
import type { Signature } from './types.js';

export const DATABASE_SIGNATURES: readonly Signature[] = [
  {
    id: 'database.access-denied-for-user', finding: 'log-bad-config', re: /Access denied for user/i,
    examples: [{ line: "ERROR 1045 (28000): Access denied for user 'root'@'10.244.1.5' (using password: YES)", source: "MySQL's message" }],
    counters: ["- MYSQL_ROOT_PASSWORD"],
  },
  {
    id: 'database.password-authentication-failed', finding: 'log-bad-config', re: /password authentication failed/i,
    examples: [{ line: "FATAL:  password authentication failed for user \"app\"", source: "PostgreSQL's message" }],
    counters: ["bundler: failed to load command: puma (/app/vendor/bundle/ruby/2.6.0/bin/puma)"],
  },
  {
    id: 'database.bootstrap-checks-failed', finding: 'log-bad-config', re: /bootstrap checks? failed/i,
    examples: [{ line: "ERROR: [1] bootstrap checks failed", source: "https://github.com/pires/kubernetes-elasticsearch-cluster/issues/137" }],
    counters: ["2024-08-15 08:10:19.130 ERROR 1 --- [           main] o.s.boot.SpringApplication               : Application run failed"],
  },
  {
    id: 'database.is-too-low-increase', finding: 'log-bad-config', re: /is too low, increase to at least/i,
    examples: [{ line: "[1]: max virtual memory areas vm.max_map_count [65530] is too low, increase to at least [262144]", source: "https://github.com/pires/kubernetes-elasticsearch-cluster/issues/137" }],
    counters: ["return reduce(lambda a, b: a << 8 | b, map(int, s.split(\".\")))"],
  },
  {
    id: 'database.directory-not-empty', finding: 'log-bad-config', re: /(?:directory|path) "?[^"]{0,200}"? exists but is not empty/i,
    examples: [{ line: "initdb: error: directory \"/var/lib/postgresql/data\" exists but is not empty", source: "https://github.com/infrahq/infra/issues/3124" }],
    counters: ["GF_PATHS_DATA='/var/lib/grafana/' is not writable."],
  },
  {
    id: 'database.data-directory-has-files', finding: 'log-bad-config', re: /data directory has files in it/i,
    examples: [{ line: "2024-01-01T00:10:29.000000Z 0 [ERROR] [MY-010457] [Server] --initialize specified but the data directory has files in it. Aborting.", source: "test/analysis/real-world-guards-more.test.ts" }],
    counters: ["Using a mount point directly as the data directory is not recommended."],
  },
  {
    id: 'database.postgres-role-missing', finding: 'log-bad-config', re: /FATAL: +(?:database|role) "[^"]+" does not exist/i,
    examples: [{ line: "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at \"db\" (10.0.0.3), port 5432 failed: FATAL:  database \"app\" does not exist", source: "test/analysis/real-world-guards-more.test.ts" }],
    counters: ["port: 5432 } 'failed to get connection from the pool'"],
  },
  {
    id: 'database.is-the-server-running', finding: 'log-connection-refused', re: /Is the server running/i,
    examples: [{ line: "Is the server running on host \"postgres\" (10.96.0.12) and accepting TCP/IP connections on port 5432?", source: "test/analysis/log-patterns.test.ts" }],
    counters: ["port: 5432"],
  },
  {
    id: 'database.connection-to-refused', finding: 'log-connection-refused', re: /Connection to \S+ refused/i,
    examples: [{ line: "org.postgresql.util.PSQLException: Connection to localhost:5432 refused. Check that the hostname and port are correct", source: "test/analysis/log-patterns.test.ts" }],
    counters: ["Caused by: org.postgresql.util.PSQLException: ERROR: relation \"orders_customer_id_idx\" already exists"],
  },
  {
    id: 'database.communications-link-failure', finding: 'log-connection-refused', re: /Communications link failure/i,
    examples: [{ line: "com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure", source: "https://github.com/QT-DevOps/DevOpsIssues/issues/787" }],
    counters: ["at com.mysql.cj.jdbc.exceptions.SQLError.createCommunicationsException(SQLError.java:174) ~[mysql-connector-java-8.0.19.jar!/:8.0.19]"],
  },
  {
    id: 'database.has-wrong-ownership', finding: 'log-permission-denied', re: /has wrong ownership/i,
    examples: [{ line: "2024-05-20 13:59:20.120 UTC [1] FATAL:  data directory \"/var/lib/postgresql/data\" has wrong ownership", source: "test/analysis/log-patterns.test.ts" }],
    counters: ["initdb: error: directory \"/var/lib/postgresql/data\" exists but is not empty"],
  },
  {
    id: 'database.has-invalid-permissions', finding: 'log-permission-denied', re: /has invalid permissions/i,
    examples: [{ line: "FATAL:  data directory \"/var/lib/postgresql/data\" has invalid permissions", source: "PostgreSQL's message" }],
    counters: ["initdb: error: directory \"/var/lib/postgresql/data\" exists but is not empty"],
  },
  {
    // The MySQL/MariaDB client's ERROR 2005: the server's host name did not resolve (the quote opens the host name).
    id: 'database.unknown-mysql-server-host', finding: 'log-dns', re: /Unknown (?:MySQL )?server host '/i,
    examples: [
      { line: "_mysql_connector.MySQLInterfaceError: Unknown MySQL server host 'mysql-container-local' (-2)", source: "https://github.com/netease-youdao/QAnything/issues/164" },
      { line: "ERROR 2005 (HY000): Unknown MySQL server host 'db' (-2)", source: "https://github.com/openwebwork/webwork2/pull/1526" },
    ],
    counters: ["ERROR 2003 (HY000): Can't connect to MySQL server on '172.17.0.50' (111)"],
  },
  {
    // Raised to the program as an error class (MongoError, OperationFailure…): its own configured credentials
    // were refused. A server logging its users' failed logins has no class before the phrase.
    id: 'database.authentication-failed-error', finding: 'log-bad-config', label: 'credentials refused', re: /\b[A-Z]\w*(?:Error|Exception|Failure)\b:? (?:[\w.]+: )?Authentication failed\b/,
    examples: [
      { line: "{ MongoError: Authentication failed.", source: "https://github.com/zellwk/crud-express-mongo/issues/7" },
      { line: "pymongo.errors.OperationFailure: Authentication failed.", source: "https://github.com/1c3z/ARL-Distributed/issues/2" },
    ],
    counters: ["  message: 'Authentication failed.',", "2017.04.10 16:19:13 DEBUG web[AVtXGy+waEGjn63fAABF][auth.event] login failure [cause|User must be authenticated][method|BASIC][provider|LOCAL|local][IP|127.0.0.1|192.168.8.138][login|]"],
  },
];
