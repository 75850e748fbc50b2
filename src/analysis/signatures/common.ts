// Log signatures: phrases many runtimes and libraries print the same way (libc/errno text, generic configuration wording). One phrase per entry, each with a real line it
// matches (and where that line comes from) and a line it must not match; test/analysis/signatures.test.ts checks both.
import type { Signature } from './types.js';

export const COMMON_SIGNATURES: readonly Signature[] = [
  {
    id: 'common.not-found-path', finding: 'log-not-found', re: /not found:? ["'`]?\/[\w.@-]/i,
    examples: [{ line: "E0228 07:29:44.100000       1 factory.go:224] /hostvarrun/docker.sock exists, but not found /hostvarrun/dockershim.sock", source: "scenarios/kruise-daemon-cri-socket/logs/kruise-system/kruise-daemon-24fgt/daemon.log" }],
    counters: ["20-envsubst-on-templates.sh: ERROR: /etc/nginx/templates exists, but /etc/nginx/conf.d is not writable"],
  },
  {
    id: 'common.unrecognized-option', finding: 'log-bad-config', re: /unrecognized (?:option|argument|arguments)/i,
    examples: [{ line: "error: unrecognized arguments: --verbose", source: "test/analysis/log-patterns.test.ts" }],
    counters: ["\"type\": \"Error\","],
  },
  {
    id: 'common.invalid-value', finding: 'log-bad-config', re: /invalid (?:value|argument|configuration|config|option|setting|port|url|format)/i,
    examples: [{ line: "FATAL invalid configuration: LISTEN_ADDR must be set", source: "test/analysis/causes.test.ts" }],
    counters: ["The default text search configuration will be set to \"english\"."],
  },
  {
    id: 'common.must-be-set', finding: 'log-bad-config', re: /must (?:be set|be specified|be provided|be defined|not be empty)/i,
    examples: [{ line: "FATAL invalid configuration: LISTEN_ADDR must be set", source: "test/analysis/causes.test.ts" }],
    counters: ["The default text search configuration will be set to \"english\"."],
  },
  {
    id: 'common.environment-variable-not-set', finding: 'log-bad-config', re: /environment variable .{0,80}(?:not set|not defined|missing|is empty|required)/i,
    examples: [{ line: "FATAL: environment variable DATABASE_URL is not set", source: "test/analysis/log-patterns.test.ts" }],
    counters: ["note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace"],
  },
  {
    id: 'common.env-var-not-set', finding: 'log-bad-config', re: /env(?:ironment)? var(?:iable)?s? .{0,80}(?:not set|missing|empty)/i,
    examples: [{ line: "FATAL: environment variable DATABASE_URL is not set", source: "test/analysis/log-patterns.test.ts" }],
    counters: ["note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace"],
  },
  {
    id: 'common.is-not-set', finding: 'log-bad-config', re: /\bis not set\b(?!\s+up\b)/i,
    examples: [{ line: "FATAL: environment variable DATABASE_URL is not set", source: "test/analysis/log-patterns.test.ts" }],
    counters: ["note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace", "java.lang.IllegalStateException: Cache is not set up yet"],
  },
  {
    id: 'common.configuration-error', finding: 'log-bad-config', re: /configuration (?:error|invalid|file .{0,120}(?:invalid|not found))/i,
    examples: [{ line: "Unable to load the config, contains a configuration error.", source: "https://github.com/astronomerio/astronomer-ee/issues/113" }],
    counters: ["postgresql-repmgr 15:55:38.10 ERROR ==> Unable to reach the primary node after 0 attempts"],
  },
  {
    id: 'common.cannot-load-config', finding: 'log-bad-config', re: /(?:failed|unable|could not|cannot) (?:to )?(?:load|parse|read|decode|unmarshal) (?:the )?(?:config|configuration|settings|yaml|json|toml|properties)\b(?! of\b)/i,
    examples: [{ line: "Unable to load the config, contains a configuration error.", source: "https://github.com/astronomerio/astronomer-ee/issues/113" }],
    counters: ["postgresql-repmgr 15:55:38.10 ERROR ==> Unable to reach the primary node after 0 attempts", "TypeError: Cannot read properties of undefined (reading 'oldTryoutComplete')"],
  },
  {
    id: 'common.unknown-field', finding: 'log-bad-config', re: /unknown field/i,
    examples: [{ line: "rejects unknown fields and YAML that does not parse, with the line", source: "test/flow/load-flow.test.ts" }],
    counters: ["The database cluster will be initialized with locale \"en_US.utf8\"."],
  },
  {
    id: 'common.must-specify', finding: 'log-bad-config', re: /(?:you )?(?:must|need to) specify/i,
    examples: [{ line: "You need to specify one of the following as an environment variable:", source: "https://github.com/apecloud/kubeblocks/issues/3419" }],
    counters: ["note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace"],
  },
  {
    id: 'common.config-file-error', finding: 'log-bad-config', re: /config(?:uration)? file error/i,
    examples: [{ line: "2017-03-10T08:04:40.670956539Z *** FATAL CONFIG FILE ERROR ***", source: "https://github.com/tarosky/k8s-redis-ha/issues/4" }],
    counters: ["2017-03-10T08:04:40.671034308Z Reading the configuration file, at line 1058"],
  },
  {
    id: 'common.missing-env', finding: 'log-bad-config', re: /missing (?:required )?env(?:ironment)?(?: var(?:iable)?)?s?\b/i,
    examples: [{ line: "a missing environment variable or ENV-style key is configuration; a missing ordinary key or token is a crash", source: "test/analysis/real-world-guards-more.test.ts" }],
    counters: ["note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace"],
  },
  {
    id: 'common.env-name-missing', finding: 'log-bad-config', label: "environment variable missing", specificity: 80, re: /\b[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9]\b(?: key| env(?:ironment)? var(?:iable)?)? (?:is |was )?(?:not (?:found|set|defined|provided)|missing|undefined|empty|required)\b/,
    examples: [{ line: "panic: POD_XXX_KEY not found.", source: "https://github.com/kubernetes/kubernetes/issues/65695" }],
    counters: ["sh: 1: mpg321: not found"],
  },
  {
    id: 'common.could-not-resolve', finding: 'log-dns', re: /could not resolve/i,
    examples: [{ line: "2024-08-15 08:10:19.002  WARN 1 --- [           main] ConfigServletWebServerApplicationContext : Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'messageProcessor': Injection of autowired dependencies failed; nested exception is java.lang.IllegalArgumentException: Could not resolve placeholder 'fleetman.position.queue' in value \"${fleetman.position.queue}\"", source: "https://github.com/DickChesterwood/k8s-fleetman/issues/53" }],
    counters: ["org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'xxlJobExecutor' defined in class path resource [com/wep/core/config/XxlJobConfig.class]: Invocation of init method failed; nested exception is java.lang.NullPointerException"],
  },
  {
    id: 'common.cant-resolve', finding: 'log-dns', re: /can't resolve/i,
    examples: [{ line: "nslookup: can't resolve 'firmament-service.kube-system'", source: "https://github.com/kubernetes-retired/poseidon/issues/125" }],
    counters: ["Address 1: 10.0.0.10 kube-dns.kube-system.svc.cluster.local"],
  },
  {
    id: 'common.failed-to-resolve', finding: 'log-dns', re: /failed to resolve/i,
    examples: [{ line: "Failed to pull image \"nginx:1.25-typo\": rpc error: code = NotFound desc = failed to pull and unpack image \"docker.io/library/nginx:1.25-typo\": failed to resolve reference \"docker.io/library/nginx:1.25-typo\": docker.io/library/nginx:1.25-typo: not found", source: "test/analysis/causes.test.ts" }],
    counters: ["code: 'MODULE_NOT_FOUND',"],
  },
  {
    id: 'common.name-or-service-not', finding: 'log-dns', re: /Name or service not known/i,
    examples: [{ line: "psql: error: could not translate host name \"sridhar-ha-postgresql-ha-postgresql-0.sridhar-ha-postgresql-ha-postgresql-headless.sridhar.svc.cluster.local\" to address: Name or service not known", source: "https://github.com/bitnami/charts/issues/11004" }],
    counters: ["postgresql-repmgr 15:55:37.95 DEBUG ==> Checking node 'sridhar-ha-postgresql-ha-postgresql-0.sridhar-ha-postgresql-ha-postgresql-headless.sridhar.svc.cluster.local:5432'..."],
  },
  {
    id: 'common.temporary-failure-in-name', finding: 'log-dns', re: /Temporary failure in name resolution/i,
    examples: [{ line: "socket.gaierror: [Errno -3] Temporary failure in name resolution", source: "test/analysis/log-patterns.test.ts" }],
    counters: ["errno: -111,"],
  },
  {
    id: 'common.name-does-not-resolve', finding: 'log-dns', re: /Name does not resolve/i,
    examples: [{ line: "nc: getaddrinfo for host \"db\" port 5432: Name does not resolve", source: "musl libc's message (Alpine images)" }],
    counters: ["port: 5432"],
  },
  {
    id: 'common.bad-address', finding: 'log-dns', re: /bad address '/i,
    examples: [{ line: "nc: bad address 'postgres'", source: "test/analysis/choose-container.test.ts" }],
    counters: ["address: '127.0.0.1',"],
  },
  {
    id: 'common.host-not-found', finding: 'log-dns', re: /Host not found/i,
    examples: [{ line: "2024/03/27 17:13:48 [emerg] 1#1: host not found in upstream \"flask:5000\" in /etc/nginx/nginx.conf:13", source: "scenarios/nginx-upstream-before-service/logs/nginx-crashloop/nginx-8qtwn7hx9m-2jdr5/nginx.previous.log" }],
    counters: ["20-envsubst-on-templates.sh: ERROR: /etc/nginx/templates exists, but /etc/nginx/conf.d is not writable"],
  },
  {
    id: 'common.connection-refused', finding: 'log-connection-refused', re: /connection refused/i,
    examples: [{ line: "Liveness probe failed: Get \"http://10.244.3.18:8080/actuator/health\": dial tcp 10.244.3.18:8080: connect: connection refused", source: "test/analysis/causes.test.ts" }],
    counters: ["10.244.0.1 - - [10/Apr/2024:08:36:02 +0000] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\""],
  },
  {
    id: 'common.could-not-connect-to', finding: 'log-connection-refused', re: /could not connect to (?:server|database|host|redis|broker)/i,
    examples: [{ line: "psql: error: could not connect to server: Connection refused", source: "test/analysis/log-patterns.test.ts" }],
    counters: ["psql: error: could not translate host name \"sridhar-ha-postgresql-ha-postgresql-0.sridhar-ha-postgresql-ha-postgresql-headless.sridhar.svc.cluster.local\" to address: Name or service not known"],
  },
  {
    id: 'common.cannot-connect-to', finding: 'log-connection-refused', re: /(?:can't|cannot|unable to|failed to) connect to/i,
    examples: [{ line: "ERROR 2002 (HY000): Can't connect to MySQL server on 'mysql' (115)", source: "MySQL client's message" }],
    counters: ["2023-05-24 06:33:28+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server  started."],
  },
  {
    id: 'common.no-route-to-host', finding: 'log-connection-refused', re: /no route to host/i,
    examples: [{ line: "dial tcp 10.96.12.4:5432: connect: no route to host", source: "Go's net error" }],
    counters: ["self.connect()"],
  },
  {
    id: 'common.network-is-unreachable', finding: 'log-connection-refused', re: /network is unreachable/i,
    examples: [{ line: "dial tcp [2607:f8b0:4004:c07::64]:443: connect: network is unreachable", source: "Go's net error" }],
    counters: ["self.connect()"],
  },
  {
    id: 'common.error-connecting-to', finding: 'log-connection-refused', re: /error (?:while )?connecting to (?:node|server|host|broker|database|redis|\S+:\d+)/i,
    examples: [{ line: "[2022-10-25 09:13:45,230] WARN [RaftManager nodeId=0] Error connecting to node kafka-1.kafka-svc.kafka-kraft.svc.cluster.local:9093 (id: 1 rack: null) (org.apache.kafka.clients.NetworkClient)", source: "https://github.com/IBM/kraft-mode-kafka-on-kubernetes/issues/3" }],
    counters: ["[2022-10-25 09:13:45,101] INFO [RaftManager nodeId=0] Completed transition to CandidateState(localId=0, epoch=1, retries=1, electionTimeoutMs=1581) (org.apache.kafka.raft.QuorumState)"],
  },
  {
    id: 'common.cannot-get-connection', finding: 'log-connection-refused', re: /(?:can't|cannot|could not|unable to|failed to) (?:get|obtain|open|establish|acquire) (?:a |an |the )?(?:[\w-]+ ){0,2}connection\b/i,
    examples: [{ line: "org.springframework.data.redis.RedisConnectionFailureException: Cannot get Jedis connection; nested exception is redis.clients.jedis.exceptions.JedisConnectionException: Could not get a resource from the pool", source: "https://github.com/retroryan/istio-workshop/issues/40" }],
    counters: ["at org.springframework.data.redis.connection.jedis.JedisConnectionFactory.fetchJedisConnector(JedisConnectionFactory.java:204)"],
  },
  {
    id: 'common.no-servers-available-for', finding: 'log-connection-refused', re: /no servers available for connection/i,
    examples: [{ line: "nats: no servers available for connection", source: "test/analysis/real-world-guards-more.test.ts" }],
    counters: ["kafka.zookeeper.ZooKeeperClientTimeoutException: Timed out waiting for connection while in state: CONNECTING"],
  },
  {
    id: 'common.timed-out', finding: 'log-timeout', re: /(?:connect(?:ion)?|session|socket|handshake|dial|lookup) timed out|timed out (?:while )?(?:connecting|waiting for (?:a |the )?(?:connection|server|response|database|broker|host))/i,
    examples: [{ line: "[2020-04-14 23:15:31,803] WARN Client session timed out, have not heard from server in 6009ms for sessionid 0x0 (org.apache.zookeeper.ClientCnxn)", source: "https://github.com/bitnami/charts/issues/2320" }],
    counters: ["[2020-04-14 23:15:25,809] INFO Opening socket connection to server my-kafka-zookeeper/10.0.0.177:2181. Will not attempt to authenticate using SASL (unknown error) (org.apache.zookeeper.ClientCnxn)", "Error: step 'migrate-schema' timed out after 600s"],
  },
  {
    id: 'common.timeout-expired', finding: 'log-timeout', re: /timeout expired/i,
    examples: [{ line: "psql: error: connection to server at \"db\" (10.0.0.5), port 5432 failed: timeout expired", source: "libpq's message" }],
    counters: ["port: 5432 } 'failed to get connection from the pool'"],
  },
  {
    id: 'common.read-only-file-system', finding: 'log-read-only-fs', re: /read-only file ?system/i,
    examples: [{ line: "/usr/share/gems/gems/fluentd-1.14.4/lib/fluent/supervisor.rb:656:in `rescue in run_supervisor': failed to create root directory:/tmp/fluentd, #<Errno::EROFS: Read-only file system @ dir_s_mkdir - /tmp/fluentd> (Fluent::InvalidRootDirectory)", source: "https://github.com/splunk/splunk-connect-for-kubernetes/issues/747" }],
    counters: ["from /usr/share/gems/gems/fluentd-1.14.4/lib/fluent/supervisor.rb:653:in `run_supervisor'"],
  },
  {
    id: 'common.address-already-in-use', finding: 'log-address-in-use', re: /address already in use/i,
    examples: [{ line: "time=\"2016-11-22T12:35:00Z\" level=fatal msg=\"Error creating server: listen tcp :8080: bind: address already in use\"", source: "https://github.com/traefik/traefik/issues/872" }],
    counters: ["time=\"2016-11-22T12:35:00Z\" level=info msg=\"Starting provider *main.WebProvider {\\\"Address\\\":\\\":8080\\\"}\""],
  },
  {
    id: 'common.port-is-already-in', finding: 'log-address-in-use', re: /port \d+ (?:is )?already in use/i,
    examples: [{ line: "F0210 01:36:39.123645       5 main.go:59] Port 80 is already in use. Please check the flag --http-port", source: "https://github.com/kubernetes/ingress-nginx/issues/2062" }],
    counters: ["Value: \"Please enter the local port.\""],
  },
  {
    id: 'common.permission-denied', finding: 'log-permission-denied', re: /permission denied/i,
    examples: [{ line: "level=error ts=2021-05-06T20:07:23.034407503Z caller=log.go:149 msg=\"error running loki\" err=\"mkdir /data/loki: permission denied\"", source: "https://github.com/observatorium/observatorium/issues/410" }],
    counters: ["level=info ts=2021-05-06T20:07:23.02Z caller=main.go:130 msg=\"Starting Loki\" version=\"(version=2.2.1, branch=HEAD, revision=babea82e)\""],
  },
  {
    id: 'common.operation-not-permitted', finding: 'log-permission-denied', re: /operation not permitted/i,
    examples: [{ line: "chown: /var/lib/postgresql/data: Operation not permitted", source: "test/analysis/log-patterns.test.ts" }],
    counters: ["initdb: error: directory \"/var/lib/postgresql/data\" exists but is not empty"],
  },
  {
    id: 'common.out-of-memory', finding: 'log-out-of-memory', re: /out of memory/i,
    examples: [{ line: "more ways to run out of memory or lose a node", source: "test/analysis/causes.test.ts" }],
    counters: ["at node:internal/main/run_main_module:33:47 {"],
  },
  {
    id: 'common.cannot-allocate-memory', finding: 'log-out-of-memory', re: /Cannot allocate memory/i,
    examples: [{ line: "OSError: [Errno 12] Cannot allocate memory", source: "Python's OSError for ENOMEM" }],
    counters: ["OSError: [Errno 30] Read-only file system: '/usr/local/airflow/logs/scheduler'"],
  },
  {
    id: 'common.segmentation-fault', finding: 'segfault', re: /segmentation fault/i,
    examples: [{ line: "Segmentation fault (core dumped)", source: "test/analysis/log-patterns.test.ts" }],
    counters: ["1: core::panicking::panic_fmt"],
  },
  {
    id: 'common.signal-11', finding: 'segfault', re: /signal 11\b/i,
    examples: [{ line: "2024/06/20 12:10:29 [alert] 1#1: worker process 31 exited on signal 11", source: "nginx's message" }],
    counters: ["2012-03-08 21:13:26 [22380] [ERROR] Exception in worker process:"],
  },
  {
    id: 'common.segfault', finding: 'segfault', re: /segfault/i,
    examples: [{ line: "reads exit 139 as segfault", source: "test/analysis/causes.test.ts" }],
    counters: ["sys.exit(main())"],
  },
  {
    id: 'common.no-such-file-or', finding: 'log-not-found', re: /no such file or directory/i,
    examples: [{ line: "standard_init_linux.go:228: exec user process caused: no such file or directory", source: "https://github.com/atmoz/sftp/issues/309" }],
    counters: ["standard_init_linux.go:228: exec user process caused: exec format error"],
  },
  {
    id: 'common.cannot-open-path', finding: 'log-not-found', re: /(?:cannot|can't|could not|unable to) (?:find|open|stat|read) (?:file |directory |path )?["'`]?\//i,
    examples: [{ line: "python: can't open file '/app/main.py': [Errno 2] No such file or directory", source: "test/analysis/log-patterns.test.ts" }],
    counters: ["File \"/Applications/StarCheat.app/Contents/Resources/starcheat.py\", line 71, in main"],
  },
  {
    id: 'common.file-not-found', finding: 'log-not-found', re: /(?:file|directory|path) (?:not found|does not exist)/i,
    examples: [{ line: "OCI runtime create failed: runc create failed: unable to start container process: exec: \"gunicorn\": executable file not found in $PATH: unknown", source: "test/analysis/analyzers.test.ts" }],
    counters: ["/bin/sh: 1: exec: gunicorn: not found"],
  },
  {
    id: 'common.path-does-not-exist', finding: 'log-not-found', re: /(?:\/[\w.@-]+)+["'`]? (?:does not exist|not found)/i,
    examples: [{ line: "2024-05-20T13:59:20Z INFO config file /etc/app/extra.yaml not found, using defaults", source: "test/analysis/log-patterns.test.ts" }],
    counters: ["10-listen-on-ipv6-by-default.sh: info: /etc/nginx/conf.d/default.conf is not a file or does not exist"],
  },
  {
    id: 'common.fatal-word', finding: 'log-panic', label: 'a FATAL line', re: /\bFATAL\b/i,
    examples: [{ line: "2017-03-10T08:04:40.670956539Z *** FATAL CONFIG FILE ERROR ***", source: "https://github.com/tarosky/k8s-redis-ha/issues/4" }],
    counters: ["2017-03-10T08:04:40.671034308Z Reading the configuration file, at line 1058"],
  },
  {
    id: 'common.fatal-colon', finding: 'log-panic', label: 'a fatal: line', re: /\bfatal:/i,
    examples: [{ line: "fatal: could not open repository", source: "test/analysis/causes.test.ts" }],
    counters: ["psql: error: could not translate host name \"sridhar-ha-postgresql-ha-postgresql-0.sridhar-ha-postgresql-ha-postgresql-headless.sridhar.svc.cluster.local\" to address: Name or service not known"],
  },
  {
    id: 'common.error-class-message', finding: 'log-panic', re: /^[A-Z]\w*(?:Error|Exception): /,
    examples: [{ line: "KeyError: 'curl_settings'", source: "https://github.com/pawadski/curlhttp_exporter/issues/8" }],
    counters: ["config_curl_options = docs['curl_settings']"],
  },
  {
    id: 'common.error-word', finding: 'log-error', re: /\b(?:error|err|fatal|critical|crit|emerg|alert|failed|failure|exception)\b/i,
    examples: [{ line: "{\"t\":{\"$date\":\"2023-05-05T05:46:01.950+00:00\"},\"s\":\"I\",  \"c\":\"CONTROL\",  \"id\":23377,   \"ctx\":\"SignalHandler\",\"msg\":\"Received signal\",\"attr\":{\"signal\":15,\"error\":\"Terminated\"}}", source: "https://github.com/apecloud/kubeblocks/issues/3077" }],
    counters: ["{\"t\":{\"$date\":\"2023-05-05T05:45:31.201+00:00\"},\"s\":\"I\",  \"c\":\"CONTROL\",  \"id\":23285,   \"ctx\":\"-\",\"msg\":\"Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols 'none'\"}"],
  },
  {
    // EAI_NONAME as the BSD/macOS libc words it (PHP, Java and curl pass it through).
    id: 'common.nodename-nor-servname', finding: 'log-dns', re: /nodename nor servname provided/i,
    examples: [{ line: " [ERROR] SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo failed: nodename nor servname provided, or not known", source: "https://github.com/hechoendrupal/drupal-console/issues/3082" }],
    counters: ["ERROR 2003 (HY000): Can't connect to MySQL server on '172.17.0.50' (111)"],
  },
  {
    // The resolver call itself named as failing, whatever reason follows ("Try again" is EAI_AGAIN).
    id: 'common.getaddrinfo-failed', finding: 'log-dns', re: /getaddrinfo failed/i,
    examples: [{ line: "Connection to database could not be established: SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo failed: Try again", source: "https://github.com/Zuluru/Zuluru3/issues/51" }],
    counters: ["ERROR 2003 (HY000): Can't connect to MySQL server on '172.17.0.50' (111)"],
  },
  {
    // A resolver's answer printed after the tool's name or message ("ping: unknown host db"); an ssh
    // "unknown host key" is not a lookup.
    id: 'common.unknown-host', finding: 'log-dns', re: /:\s*Unknown host\b(?! key)/i,
    examples: [{ line: "mysql: forward host lookup failed: Unknown host", source: "https://github.com/fjudith/docker-squash-tm/issues/7" }],
    counters: ["Caused by: java.net.UnknownHostException: 694682f9248e: Name or service not known", "Warning: unknown host key for 10.0.0.4"],
  },
  {
    // Only a host or address that does not resolve; "cannot resolve symbol/placeholder/module" is not DNS.
    id: 'common.couldnt-resolve-host', finding: 'log-dns', re: /(?:couldn't|cannot|unable to) resolve (?:host|hostname|host address|address)\b/i,
    examples: [{ line: "0.548 warning: spurious network error (3 tries remaining): [6] Couldn't resolve host name (Could not resolve host: index.crates.io)", source: "https://github.com/rust-lang/rust/issues/121143" }],
    counters: ["nested exception is java.lang.IllegalArgumentException: Could not resolve placeholder 'fleetman.position.queue' in value \"${fleetman.position.queue}\"", "Cannot resolve module 'lodash'"],
  },
  {
    // WSAECONNREFUSED as Windows words it (.NET SocketException, PHP streams, Go's "connectex:").
    id: 'common.actively-refused', finding: 'log-connection-refused', re: /actively refused/i,
    examples: [
      { line: "No connection could be made because the target machine actively refused it. [tcp://127.0.0.1:6379]", source: "https://github.com/nahid/talk-example/issues/38" },
      { line: "error during connect: Get https://192.168.99.101:2376/v1.40/containers/json?all=1: dial tcp 192.168.99.101:2376: connectex: No connection could be made because the target machine actively refused it.", source: "https://github.com/docker/for-win/issues/9051" },
    ],
    counters: ["Fatal Unable to start Kestrel. System.Net.Sockets.SocketException (10013): An attempt was made to access a socket in a way forbidden by its access permissions."],
  },
  {
    // WSAEADDRINUSE as Windows words it (.NET SocketException, Kestrel's AddressInUseException).
    id: 'common.only-one-usage-of-socket', finding: 'log-address-in-use', re: /Only one usage of each socket address/i,
    examples: [{ line: "Microsoft.AspNetCore.Connections.AddressInUseException: Only one usage of each socket address (protocol/network address/port) is normally permitted.", source: "https://github.com/aspnet/KestrelHttpServer/issues/2784" }],
    counters: ["Fatal Unable to start Kestrel. System.Net.Sockets.SocketException (10013): An attempt was made to access a socket in a way forbidden by its access permissions."],
  },
  {
    // The YAML scanner's wording (libyaml, PyYAML) for a missing ':' , key or block entry.
    id: 'common.could-not-find-expected', finding: 'log-bad-config', re: /could not find expected\b/i,
    examples: [{ line: "could not find expected ':'in \"/etc/pycsw/pycsw.yml\", line 110, column 9", source: "https://github.com/geopython/pycsw/issues/943" }],
    counters: ["Error: Could not find or load main class com.example.Main"],
  },
  {
    // A crash handler's SIGSEGV header (the JVM's hs_err banner, gdb). Go prints "[signal SIGSEGV: segmentation
    // violation …]" under a panic for a nil dereference: the program's bug, recovered by the runtime.
    id: 'common.sigsegv', finding: 'segfault', re: /(?<!\[signal )\bSIGSEGV\b/,
    examples: [{ line: "#  SIGSEGV (0xb) at pc=0x00007fcf68a140b1, pid=1, tid=97", source: "https://github.com/adoptium/temurin-build/issues/1545" }],
    counters: ["[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x17a488c]"],
  },
  {
    // libyaml's parser wording, limited to the tokens it names (key, node content, '-' indicator, <…>, …).
    id: 'common.yaml-did-not-find-expected', finding: 'log-bad-config',
    re: /did not find expected (?:key|node content|'-' indicator|<[\w ]+>|comment or line break|whitespace or line break|alphabetic or numeric character)/i,
    examples: [
      { line: "filebeat_1                      | Exiting: error loading config file: yaml: line 21: did not find expected key", source: "https://github.com/cassiomolin/log-aggregation-spring-boot-elastic-stack/issues/4" },
      { line: "Could not load config.yaml: line 5: did not find expected key", source: "https://github.com/Ondolin/gotify-matrix-bot/issues/4" },
    ],
    counters: ["AssertionError: did not find expected text in the page"],
  },
  {
    // The program refuses to work without root (or CAP_SYS_ADMIN-like powers it checks for as uid 0).
    id: 'common.must-be-run-as-root', finding: 'log-permission-denied', re: /\b(?:must|should|needs? to) be (?:run|ran|started|executed) as root\b/i,
    examples: [
      { line: "FATA[0000] runc should be run as root", source: "https://github.com/opencontainers/runc/issues/625" },
      { line: "stderr: Must be started as root", source: "https://github.com/engineer-man/piston/issues/709" },
    ],
    counters: ["- Container entrypoint must run as root or `nsenter` fails", "ERROR: RUN_AS_ROOT env var is set to true but the user has been overriden and is not running as root"],
  },
];
