// The log lines that name a cause, as data. Each pattern is written for the general form seen across runtimes
// and log formats (plain, klog, JSON lines, nginx error.log), matched case-insensitively anywhere in the line.
import type { CauseId } from './causes.js';
import type { FindingId } from './finding-ids.js';

export interface LogPattern {
  readonly id: FindingId;
  readonly cause: CauseId;
  readonly label: string;
  readonly re: RegExp;
  /** Higher wins when several patterns match the failing run (the brief's order of specificity). */
  readonly specificity: number;
  /** Strong patterns are decisive on their own; weak ones only when nothing stronger matched. */
  readonly strength: 'likely' | 'possible';
}

export const LOG_PATTERNS: readonly LogPattern[] = [
  {
    id: 'exec-format', cause: 'exec-format', label: 'exec format error', specificity: 100, strength: 'likely',
    re: /exec format error|cannot execute binary file|wrong ELF class/i,
  },
  {
    id: 'command-not-found', cause: 'command-not-found', label: 'command not found', specificity: 95, strength: 'likely',
    re: /executable file not found|exec: "[^"]+": (?:stat [^:]+: )?no such file or directory|exec user process caused:? "?no such file|^exec [^:]+: no such file or directory|(?:^|\s)(?:\/bin\/)?(?:ba|da)?sh: (?:\d+: )?(?:line \d+: )?[^:\s]+: (?:command )?not found|command not found|^exec [^:]+: permission denied|Cannot find module '\/|can't open file '[^']+': \[Errno 2\]|Unable to access jarfile|Could not find or load main class|(?:^|\s)exec: [^:\s]+: not found|npm (?:ERR!|error) missing script:/i,
  },
  {
    id: 'log-bad-config', cause: 'bad-config', label: 'configuration rejected', specificity: 80, strength: 'likely',
    re: /flag provided but not defined|unknown (?:flag|option|shorthand flag|command)|unrecognized (?:option|argument|arguments)|invalid (?:value|argument|configuration|config|option|setting|port|url|format)|missing required|required (?:flag|option|argument|environment variable|env|setting|config|field|key|variable|parameter)s?(?: .{0,80})? (?:not set|missing|not provided)|(?:is|are) required|must (?:be set|be specified|be provided|be defined|not be empty)|environment variable .{0,80}(?:not set|not defined|missing|is empty|required)|env(?:ironment)? var(?:iable)?s? .{0,80}(?:not set|missing|empty)|\bis not set\b|configuration (?:error|invalid|file .{0,120}(?:invalid|not found))|(?:failed|unable|could not|cannot) (?:to )?(?:load|parse|read|decode|unmarshal) (?:the )?(?:config|configuration|settings|yaml|json|toml|properties)|error (?:parsing|loading|reading) (?:config|configuration|yaml|json|file)|yaml: (?:line \d+|unmarshal)|json: cannot unmarshal|(?:unexpected token|unexpected end of JSON)|JSONDecodeError|invalid character '.{1,4}' (?:looking|after|in)|mapping values are not allowed|did not find expected|could not find expected|unknown field|KeyError: '[A-Z][A-Z0-9_]+'|ValidationError|Access denied for user|password authentication failed|authentication failed|no configuration file|Unsupported (?:config|option|value)|^usage: |flag needs an argument|(?:you )?(?:must|need to) specify|unknown directive|Could not resolve placeholder|Failed to bind properties|Failed to configure a DataSource|bootstrap checks? failed|is too low, increase to at least|no such (?:option|setting|parameter)|(?:directory|path) "?[^"]{0,200}"? exists but is not empty|data directory has files in it|required flag\(s\) .{0,80}not set|FATAL: +(?:database|role) "[^"]+" does not exist|ConnectionString property has not been initialized|connection ?string (?:is )?(?:missing|empty|not (?:set|configured|specified|provided))|config(?:uration)? file error|bad directive|Unrecognized VM option|Invalid (?:initial|maximum) heap size|Could not reserve enough space for|missing (?:required )?env(?:ironment)?(?: var(?:iable)?)?s?\b/i,
  },
  {
    // Case-sensitive on purpose: an ENV_VAR_STYLE name said to be missing ("panic: DB_URL not found", "required key
    // SECURITY_USER_NAME missing value") is a setting the pod does not provide.
    id: 'log-bad-config', cause: 'bad-config', label: 'environment variable missing', specificity: 80, strength: 'likely',
    re: /\b[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9]\b(?: key| env(?:ironment)? var(?:iable)?)? (?:is |was )?(?:not (?:found|set|defined|provided)|missing|undefined|empty|required)\b|key not found: "[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9]"/,
  },
  {
    // A TLS peer that was reached but not trusted: the client's CA bundle, certificate or host name settings are
    // wrong (or the peer's certificate is), so this is configuration, not an unreachable dependency. Server-side
    // "TLS handshake error from <client>" lines are other clients' problems and are not matched.
    id: 'log-bad-config', cause: 'bad-config', label: 'TLS certificate rejected', specificity: 75, strength: 'likely',
    re: /x509: certificate|certificate signed by unknown authority|certificate verify failed|CERTIFICATE_VERIFY_FAILED|PKIX path building failed|unable to find valid certification path|SSLHandshakeException|self[- ]signed certificate in certificate chain|unable to get local issuer certificate|certificate has expired|tls: failed to verify certificate/i,
  },
  {
    id: 'log-dns', cause: 'missing-dependency', label: 'host name did not resolve', specificity: 70, strength: 'likely',
    re: /no such host|could not resolve|couldn't resolve|can't resolve|cannot resolve|unable to resolve|failed to resolve|Name or service not known|getaddrinfo (?:ENOTFOUND|EAI_AGAIN)|host not found in upstream|Temporary failure in name resolution|nodename nor servname|UnknownHostException|Unknown host|Name does not resolve|NXDOMAIN|server misbehaving|failed to lookup address|bad address '|Unknown server host|Host not found/i,
  },
  {
    id: 'log-connection-refused', cause: 'missing-dependency', label: 'connection refused', specificity: 69, strength: 'likely',
    re: /connection refused|ECONNREFUSED|ECONNRESET|connection reset by peer|ConnectException|could not connect to (?:server|database|host|redis|broker)|(?:can't|cannot|unable to|failed to) connect to|no route to host|EHOSTUNREACH|network is unreachable|No connection could be made|Is the server running|Connection to \S+ refused|Communications link failure|MongoServerSelectionError|NoBrokersAvailable|Connection is not available|error (?:while )?connecting to (?:node|server|host|broker|database|redis|\S+:\d+)|(?:can't|cannot|could not|unable to|failed to) (?:get|obtain|open|establish|acquire) (?:a |an |the )?(?:[\w-]+ ){0,2}connection\b|could not be established\. Broker may not be available|ConnectionFailureException|JedisConnectionException|CannotGetJdbcConnectionException|error occurred while establishing a connection|server was not found or was not accessible|Socket closed abruptly|socket hang up|None of the configured nodes are available|NoNodeAvailableException|no servers available for connection|ConnectionLoss(?:Exception)?\b/i,
  },
  {
    id: 'log-timeout', cause: 'missing-dependency', label: 'timed out', specificity: 60, strength: 'likely',
    re: /i\/o timeout|context deadline exceeded|ETIMEDOUT|ESOCKETTIMEDOUT|timed out|timeout expired|connect timeout|connection timeout|SocketTimeoutException|deadline exceeded/i,
  },
  {
    id: 'log-read-only-fs', cause: 'read-only-fs', label: 'read-only file system', specificity: 58, strength: 'likely',
    re: /read-only file ?system|EROFS/i,
  },
  {
    id: 'log-address-in-use', cause: 'port-in-use', label: 'address already in use', specificity: 57, strength: 'likely',
    re: /address already in use|EADDRINUSE|address in use|port is already allocated|port \d+ (?:is )?already in use|Only one usage of each socket address/i,
  },
  {
    id: 'log-permission-denied', cause: 'permission-denied', label: 'permission denied', specificity: 56, strength: 'likely',
    re: /permission denied|EACCES|\bEPERM\b|operation not permitted|AccessDeniedException|insufficient permissions|not permitted to|cannot (?:create|open|write).{0,120} as (?:a )?non-root|must be run as root|requires root|has wrong ownership|has invalid permissions|is forbidden: User \\?"|cannot (?:list|get|watch|create|update|patch|delete) resource/i,
  },
  {
    id: 'log-out-of-memory', cause: 'oom-killed', label: 'out of memory', specificity: 55, strength: 'likely',
    re: /OutOfMemoryError|out of memory|Cannot allocate memory|ENOMEM|JavaScript heap out of memory|\bMemoryError\b|memory allocation of \d+ bytes failed|std::bad_alloc/i,
  },
  {
    id: 'segfault', cause: 'segfault', label: 'segmentation fault', specificity: 54, strength: 'likely',
    re: /segmentation fault|(?<!\[signal )SIGSEGV|signal 11\b|segfault/i,
  },
  {
    id: 'log-not-found', cause: 'bad-config', label: 'file not found', specificity: 50, strength: 'likely',
    re: /no such file or directory|ENOENT|FileNotFoundException|(?:cannot|can't|could not|unable to) (?:find|open|stat|read) (?:file |directory |path )?["'`]?\/|(?:file|directory|path) (?:not found|does not exist)|(?:\/[\w.@-]+)+["'`]? (?:does not exist|not found)|not found:? ["'`]?\/[\w.@-]/i,
  },
  {
    id: 'log-panic', cause: 'app-crash', label: 'panic or uncaught exception', specificity: 40, strength: 'likely',
    re: /^panic: |goroutine \d+ \[running\]|Exception in thread|^Caused by: |^\s+at [\w$.<>]+\([\w$]+\.(?:java|kt|scala|groovy):\d+\)|Traceback \(most recent call last\)|UnhandledPromiseRejection|Unhandled promise rejection|Uncaught (?:\w*Error|exception)|^\s+at .+ \(.+:\d+:\d+\)$|thread '[^']+' panicked at|Unhandled exception\.|^fatal error: |\bFATAL\b|\bfatal:|^(?:[\w$]+\.)+[\w$]*(?:Error|Exception)(?::|$)|^[A-Z]\w*(?:Error|Exception): |terminate called after throwing|core dumped|\(\w*(?:Error|Exception)\)$/i,
  },
  {
    id: 'log-error', cause: 'app-crash', label: 'error', specificity: 10, strength: 'possible',
    re: /\b(?:error|err|fatal|critical|crit|emerg|alert|failed|failure|exception)\b/i,
  },
];

// Lines a program logs at a quiet level describe normal life ("config not found, using defaults"): they are
// not the reason it died, so only errors and unlevelled lines are read as decisive.
// Besides timestamps and klog/logfmt/JSON levels: an entrypoint script's "name.sh: info: …" and the
// "<app> HH:MM:SS.ss INFO ==> …" lines of Bitnami images.
const QUIET_LEVEL = /^\s*(?:[\d\-:.,TZ+/[\]]+\s+){0,3}\[?(?:info|debug|trace|notice|note|verbose)\]?(?::|\s)|^[ID]\d{4} \d\d:\d\d|level=(?:info|debug|trace)\b|"(?:level|severity|lvl)"\s*:\s*"(?:info|debug|trace|notice)"|^[\w./-]+:\s+(?:info|debug|notice):\s|^[\w.-]+\s+\d\d:\d\d:\d\d(?:\.\d+)?\s+(?:INFO|DEBUG)\s/i;

export const isQuietLine = (line: string): boolean => QUIET_LEVEL.test(line);
