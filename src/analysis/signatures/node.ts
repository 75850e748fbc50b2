// Log signatures: Node.js (errno codes, uncaught errors and their stack frames, npm). One phrase per entry, each with a real line it
// matches (and where that line comes from) and a line it must not match; test/analysis/signatures.test.ts checks both.
import type { Signature } from './types.js';

export const NODE_SIGNATURES: readonly Signature[] = [
  {
    id: 'node.unhandled-promise-rejection', finding: 'log-panic', re: /Unhandled promise rejection/i,
    examples: [{ line: "(node:26966) UnhandledPromiseRejectionWarning: Unhandled promise rejection. This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). (rejection id: 1)", source: "https://github.com/Urigo/WhatsApp-Clone-Server/issues/28" }],
    counters: ["Unhandled exception: System.InvalidOperationException: This is a test exception"],
  },
  {
    id: 'node.stack-frame', finding: 'log-panic', label: 'a JavaScript stack trace', re: /^\s+at .+ \(.+:\d+:\d+\)$/i,
    examples: [{ line: "    at Module._resolveFilename (node:internal/modules/cjs/loader:1500:15)", source: "https://github.com/wekan/wekan/issues/6363" }],
    counters: ["node:internal/modules/cjs/loader:1503"],
  },
  {
    id: 'node.cannot-find-module', finding: 'command-not-found', re: /Cannot find module '\//i,
    examples: [{ line: "Error: Cannot find module '/build/main.js'", source: "https://github.com/wekan/wekan/issues/6363" }],
    counters: ["Error: Cannot find module 'btoa'"],
  },
  {
    id: 'node.npm-missing-script', finding: 'command-not-found', re: /npm (?:ERR!|error) missing script:/i,
    examples: [{ line: "npm ERR! missing script: start", source: "https://github.com/docker/docs/issues/11639" }],
    counters: ["npm ERR! A complete log of this run can be found in:"],
  },
  {
    id: 'node.getaddrinfo-enotfound', finding: 'log-dns', re: /getaddrinfo (?:ENOTFOUND|EAI_AGAIN)/,
    examples: [{ line: "getaddrinfo ENOTFOUND backend", source: "test/analysis/analyzers.test.ts" }],
    counters: ["/usr/share/kx.as.code/workspace/kx-portal/client/backend/server.js:100"],
  },
  {
    id: 'node.econnrefused', finding: 'log-connection-refused', re: /ECONNREFUSED/,
    examples: [{ line: "Error: connect ECONNREFUSED 127.0.0.1:5432", source: "https://github.com/csfloat/inspect/issues/172" }],
    counters: ["\u001b[31m[09:40:44.200] ERROR\u001b[39m (1): \u001b[36mcould not connect to the database, giving up\u001b[39m", "econnrefused is retried by the client library"],
  },
  {
    id: 'node.ehostunreach', finding: 'log-connection-refused', re: /EHOSTUNREACH/,
    examples: [{ line: "Error: connect EHOSTUNREACH 10.0.0.12:6379", source: "Node.js's net error" }],
    counters: ["\u001b[31m[09:40:44.200] ERROR\u001b[39m (1): \u001b[36mcould not connect to the database, giving up\u001b[39m"],
  },
  {
    id: 'node.socket-closed-abruptly', finding: 'log-connection-refused', re: /Socket closed abruptly/i,
    examples: [{ line: "Error: Socket closed abruptly during opening handshake", source: "test/analysis/real-world-guards-more.test.ts" }],
    counters: ["[2020-04-14 23:15:25,809] INFO Opening socket connection to server my-kafka-zookeeper/10.0.0.177:2181. Will not attempt to authenticate using SASL (unknown error) (org.apache.zookeeper.ClientCnxn)"],
  },
  {
    id: 'node.etimedout', finding: 'log-timeout', re: /ETIMEDOUT/,
    examples: [{ line: "Error: connect ETIMEDOUT 10.0.0.5:5432", source: "Node.js's net error" }],
    counters: ["Error: connect ECONNREFUSED 127.0.0.1:5432"],
  },
  {
    id: 'node.erofs', finding: 'log-read-only-fs', re: /\bEROFS\b/,
    examples: [{ line: "/usr/share/gems/gems/fluentd-1.14.4/lib/fluent/supervisor.rb:656:in `rescue in run_supervisor': failed to create root directory:/tmp/fluentd, #<Errno::EROFS: Read-only file system @ dir_s_mkdir - /tmp/fluentd> (Fluent::InvalidRootDirectory)", source: "https://github.com/splunk/splunk-connect-for-kubernetes/issues/747" }],
    counters: ["from /usr/share/gems/gems/fluentd-1.14.4/lib/fluent/supervisor.rb:653:in `run_supervisor'"],
  },
  {
    id: 'node.eaddrinuse', finding: 'log-address-in-use', re: /EADDRINUSE/,
    examples: [{ line: "Error: listen EADDRINUSE: address already in use :::3000", source: "test/analysis/log-patterns.test.ts" }],
    counters: ["runtime error: invalid memory address or nil pointer dereference"],
  },
  {
    id: 'node.eacces', finding: 'log-permission-denied', re: /EACCES/,
    examples: [{ line: "Error: EACCES: permission denied, open '/data/state.json'", source: "test/analysis/log-patterns.test.ts" }],
    counters: ["initdb: error: directory \"/var/lib/postgresql/data\" exists but is not empty"],
  },
  {
    id: 'node.enomem', finding: 'log-out-of-memory', re: /\bENOMEM\b/,
    examples: [{ line: "Error: spawn ENOMEM", source: "Node.js's error for a failed spawn" }],
    counters: ["\"type\": \"Error\","],
  },
  {
    id: 'node.javascript-heap-out-of', finding: 'log-out-of-memory', re: /JavaScript heap out of memory/i,
    examples: [{ line: "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory", source: "test/analysis/log-patterns.test.ts" }],
    counters: ["ERROR: [1] bootstrap checks failed"],
  },
  {
    id: 'node.enoent', finding: 'log-not-found', re: /ENOENT/,
    examples: [{ line: "Error: ENOENT: no such file or directory, open '/app/config/production.json'", source: "test/analysis/causes.test.ts" }],
    counters: ["2017-03-10T08:04:40.670956539Z *** FATAL CONFIG FILE ERROR ***"],
  },
  {
    id: 'node.unhandledpromiserejection', finding: 'log-panic', re: /UnhandledPromiseRejection/,
    examples: [{ line: "(node:26966) UnhandledPromiseRejectionWarning: Error: connect ECONNREFUSED 127.0.0.1:5432", source: "https://github.com/Urigo/WhatsApp-Clone-Server/issues/28" }],
    counters: ["Error: connect ECONNREFUSED 127.0.0.1:5432"],
  },
  {
    // The MongoDB driver (or Mongoose) gave up selecting a server: none answered within serverSelectionTimeoutMS.
    id: 'node.mongo-server-selection-error', finding: 'log-timeout', label: 'no MongoDB server could be selected', re: /Mong(?:o|oose)ServerSelectionError\b/,
    examples: [
      { line: "MongoServerSelectionError: Server selection timed out after 2000 ms", source: "https://github.com/overleaf/toolkit/issues/404" },
      { line: "MongooseServerSelectionError: connect ECONNREFUSED 127.0.0.1:27017", source: "https://github.com/odziem/nasa-project/issues/12" },
    ],
    counters: ["MongoServerError: Authentication failed.", "MongoError: E11000 duplicate key error collection: test.users index: email_1 dup key"],
  },
  {
    // Only an outbound connection the line names: the connect syscall, a client's "connection to X failed", or a
    // client library's [tag]. A bare "read ECONNRESET" (or code: 'ECONNRESET') is also what an HTTP server
    // prints when its own client goes away, and leaving that unhandled is the program's bug.
    id: 'node.econnreset-outbound', finding: 'log-connection-refused', label: 'connection reset by the server it connects to',
    re: /\bconnect ECONNRESET\b|\bconnection to \S+ failed\W+(?:read )?ECONNRESET\b|^\[[\w-]+\] .*\bECONNRESET\b/,
    examples: [
      { line: "[ioredis] Unhandled error event: Error: read ECONNRESET", source: "https://github.com/redis/ioredis/issues/1827" },
      { line: "Redis connection to xxx:xxx failed - read ECONNRESET", source: "https://github.com/redis/redis/issues/8011" },
    ],
    counters: ["Error: read ECONNRESET", "  code: 'ECONNRESET'", "error:   Request to API failed: %s code=ECONNRESET"],
  },
  {
    // The request library's read-timeout code; /ETIMEDOUT/ does not match it (…KETTIMEDOUT).
    id: 'node.esockettimedout', finding: 'log-timeout', re: /\bESOCKETTIMEDOUT\b/,
    examples: [{ line: "{ [Error: ESOCKETTIMEDOUT] stack: [Getter] }", source: "https://github.com/lokenx/plexrequests-meteor/issues/245" }],
    counters: ["Error: read ECONNRESET"],
  },
  {
    // A JSON.parse SyntaxError is configuration when the stack frames just below it are config/settings code;
    // parsing a response body badly (Request._callback, a middleware) is the program's own bug.
    id: 'node.json-parse-error-reading-config', finding: 'log-bad-config', label: 'a JSON file it reads at start-up does not parse',
    re: /^\s*SyntaxError: (?:Unexpected end of JSON input|Unexpected token .{1,20} in JSON at position \d+|.{0,80} is not valid JSON)/,
    near: { re: /^\s*at .*(?:config|settings)/i, above: 0, below: 4 },
    examples: [{ line: "SyntaxError: Unexpected end of JSON input", source: "https://github.com/asrient/HomeCloud/issues/22",
      near: ["    at JSON.parse (<anonymous>)", "    at NodeConfigStorage.loadFromDisk (/Applications/HomeCloud.app/Contents/Resources/app.asar/node_modules/nodeShared/configStorage.js:23:21)"] }],
    counters: ["SyntaxError: Unexpected token < in JSON at position 0", "SyntaxError: Unexpected end of input"],
  },
];
