// Round 2 of issue 10: real-world failures whose cause is outside the program — a dependency that does not
// resolve, refuses, resets or times out, a port already taken, a permission refused, a configuration file that
// does not parse or credentials that are refused, a segmentation fault, a binary for another architecture —
// written in the words the catalogue dropped in round 1 (NXDOMAIN-style resolver text, ECONNRESET, "connection
// reset by peer", MongoServerSelectionError, "Unknown … host", YAML/JSON parse errors, SIGSEGV, wrong ELF
// class, "Authentication failed"…). Each log is the report's, shortened to the failure and a few frames; the
// source link names the report. They were scored blind (`npm run eval`) before any phrase came back: the
// figure is in docs/diagnosis-engine.md and this file's commit message.
import { corpusCase } from './negative-corpus-builder.js';

const DNS = [
  corpusCase({ runtime: 'go', cause: 'missing-dependency', source: 'https://github.com/kuberhealthy/kuberhealthy/issues/1097', name: 'level=fatal … dial tcp: lookup … on 10.96.0.10:53: no such host', log: `
time="2022-11-28T17:16:28Z" level=fatal msg="error reporting to kuberhealthy: bad POST request to kuberhealthy status reporting url: Post http://kuberhealthy.kuberhealthy.svc.cluster.local/externalCheckStatus: dial tcp: lookup kuberhealthy.kuberhealthy.svc.cluster.local on 10.96.0.10:53: no such host` }),
  corpusCase({ runtime: 'jvm', cause: 'missing-dependency', source: 'https://github.com/apache/skywalking/issues/246', name: 'Exception in thread "main" java.net.UnknownHostException: es-server', log: `
Exception in thread "main" java.net.UnknownHostException: es-server: Name or service not known
	at java.net.Inet6AddressImpl.lookupAllHostAddr(Native Method)
	at java.net.InetAddress$2.lookupAllHostAddr(InetAddress.java:928)
	at java.net.InetAddress.getAddressesFromNameService(InetAddress.java:1323)
	at java.net.InetAddress.getByName(InetAddress.java:1076)
	at org.skywalking.apm.collector.worker.storage.EsClient.boot(EsClient.java:42)
	at org.skywalking.apm.collector.worker.CollectorBootStartUp.main(CollectorBootStartUp.java:22)` }),
  corpusCase({ runtime: 'rust', cause: 'missing-dependency', source: 'https://github.com/big-neon/bn-api/issues/279', name: "panicked at 'Failed to create transport: … failed to lookup address information'", log: `
thread 'arbiter:c4ea1f19-6be1-4280-8b26-f131643f3295:actor' panicked at 'Failed to create transport: Io(Custom { kind: Other, error: StringError("failed to lookup address information: Name or service not known") })', libcore/result.rs:945:5
note: Some details are omitted, run with \`RUST_BACKTRACE=full\` for a verbose backtrace.
stack backtrace:
   0: std::sys::unix::backtrace::tracing::imp::unwind_backtrace
             at libstd/sys/unix/backtrace/tracing/gcc_s.rs:49` }),
  corpusCase({ runtime: 'python', cause: 'missing-dependency', source: 'https://github.com/netease-youdao/QAnything/issues/164', name: "MySQLInterfaceError: Unknown MySQL server host 'mysql-container-local' (-2)", log: `
_mysql_connector.MySQLInterfaceError: Unknown MySQL server host 'mysql-container-local' (-2)` }),
  corpusCase({ runtime: 'shell', cause: 'missing-dependency', source: 'https://github.com/openwebwork/webwork2/pull/1526', name: "entrypoint's mysql client: ERROR 2005 (HY000): Unknown MySQL server host 'db' (-2)", log: `
ERROR 2005 (HY000): Unknown MySQL server host 'db' (-2)` }),
  corpusCase({ runtime: 'php', cause: 'missing-dependency', source: 'https://github.com/hechoendrupal/drupal-console/issues/3082', name: 'SQLSTATE[HY000] [2002] getaddrinfo failed: nodename nor servname provided, or not known', log: `
 [ERROR] SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo failed: nodename nor servname provided, or not known` }),
  corpusCase({ runtime: 'php', cause: 'missing-dependency', source: 'https://github.com/Zuluru/Zuluru3/issues/51', name: 'Connection to database could not be established: … getaddrinfo failed: Try again', log: `
Connection to database could not be established: SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo failed: Try again` }),
  corpusCase({ runtime: 'shell', cause: 'missing-dependency', source: 'https://github.com/fjudith/docker-squash-tm/issues/7', name: 'mysql: forward host lookup failed: Unknown host, waiting for mysql', log: `
Using MysQL
mysql: forward host lookup failed: Unknown host
waiting for mysql
mysql: forward host lookup failed: Unknown host
waiting for mysql` }),
];

const CONNECTION = [
  corpusCase({ runtime: 'node', cause: 'missing-dependency', source: 'https://github.com/overleaf/toolkit/issues/404', name: 'MongoServerSelectionError: Server selection timed out after 2000 ms', log: `
Initiating Mongo replica set...
MongoServerSelectionError: Server selection timed out after 2000 ms
Waiting for Mongo...
MongoServerSelectionError: Server selection timed out after 2000 ms` }),
  corpusCase({ runtime: 'node', cause: 'missing-dependency', source: 'https://github.com/iamshaunjp/complete-mongodb/issues/5', name: 'MongoServerSelectionError: connect ECONNREFUSED ::1:27017', log: `
MongoServerSelectionError: connect ECONNREFUSED ::1:27017
    at Timeout._onTimeout (C:\\Users\\Jason\\Desktop\\MondoDB_tutorial\\node_modules\\mongodb\\lib\\sdam\\topology.js:285:38)
    at listOnTimeout (node:internal/timers:564:17)
    at process.processTimers (node:internal/timers:507:7) {
  reason: TopologyDescription {
    type: 'Unknown',
    servers: Map(1) { 'localhost:27017' => [ServerDescription] },
  },
  code: undefined,
  [Symbol(errorLabels)]: Set(0) {}
}` }),
  corpusCase({ runtime: 'python', cause: 'missing-dependency', source: 'https://github.com/finalduty/csp-report-collector/issues/8', name: 'pymongo ServerSelectionTimeoutError: localhost:27017: [Errno 111] Connection refused', log: `
2023-08-21 16:46:22   File "/usr/lib/python3.6/site-packages/pymongo/topology.py", line 200, in _select_servers_loop
2023-08-21 16:46:22     self._error_message(selector))
2023-08-21 16:46:22 pymongo.errors.ServerSelectionTimeoutError: localhost:27017: [Errno 111] Connection refused` }),
  corpusCase({ runtime: 'php', cause: 'missing-dependency', source: 'https://github.com/nahid/talk-example/issues/38', name: 'No connection could be made because the target machine actively refused it. [tcp://127.0.0.1:6379]', log: `
No connection could be made because the target machine actively refused it. [tcp://127.0.0.1:6379]` }),
  corpusCase({ runtime: 'node', cause: 'missing-dependency', source: 'https://github.com/redis/ioredis/issues/1827', name: '[ioredis] Unhandled error event: Error: read ECONNRESET, then MaxRetriesPerRequestError', log: `
[ioredis] Unhandled error event: Error: read ECONNRESET
    at TCP.onStreamRead (node:internal/stream_base_commons:217:20)
[ERROR] 14:18:43 MaxRetriesPerRequestError: Reached the max retries` }),
  corpusCase({ runtime: 'node', cause: 'missing-dependency', source: 'https://github.com/redis/redis/issues/8011', name: 'Redis connection to … failed - read ECONNRESET', log: `
Redis connection to xxx:xxx failed - read ECONNRESET
at TCP.onStreamRead (internal/streambasecommons.js:208:20) {
errno: 'ECONNRESET',
code: 'ECONNRESET',
syscall: 'read'
}` }),
  corpusCase({ runtime: 'python', cause: 'missing-dependency', source: 'https://github.com/redis/redis-py/issues/1250', name: "redis ConnectionError: Error while reading from socket: (54, 'Connection reset by peer')", log: `
redis.exceptions.ConnectionError: Error while reading from socket: (54, 'Connection reset by peer')` }),
  corpusCase({ runtime: 'node', cause: 'missing-dependency', source: 'https://github.com/lokenx/plexrequests-meteor/issues/245', name: '{ [Error: ESOCKETTIMEDOUT] } then Sonarr Status -> ETIMEDOUT', log: `
{ [Error: ESOCKETTIMEDOUT] stack: [Getter] }
Sonarr Status -> ETIMEDOUT` }),
];

const PORTS = [
  corpusCase({ runtime: 'node', cause: 'port-in-use', source: 'https://github.com/SharlSherif/Generate-HoustonLibrary-Codes/issues/8', name: 'Error: listen EADDRINUSE: address already in use :::5000', log: `
events.js:292
      throw er; // Unhandled 'error' event
      ^

Error: listen EADDRINUSE: address already in use :::5000
    at Server.setupListenHandle [as _listen2] (net.js:1313:16)
    at listenInCluster (net.js:1361:12)
    at Server.listen (net.js:1447:7)
Emitted 'error' event on Server instance at:
    at emitErrorNT (net.js:1340:8)
    at processTicksAndRejections (internal/process/task_queues.js:84:21) {
  code: 'EADDRINUSE',
  errno: 'EADDRINUSE',
  syscall: 'listen',
  address: '::',
  port: 5000
}` }),
  corpusCase({ runtime: 'ruby', cause: 'port-in-use', source: 'https://github.com/puma/puma/issues/3142', name: 'puma: Address already in use - bind(2) for "0.0.0.0" port 9292 (Errno::EADDRINUSE)', log: `
Puma starting in single mode...
* Listening on http://0.0.0.0:9292
/Users/dentarg/.arm64_rubies/3.2.2/lib/ruby/gems/3.2.0/gems/puma-6.3.0/lib/puma/binder.rb:334:in \`initialize': Address already in use - bind(2) for "0.0.0.0" port 9292 (Errno::EADDRINUSE)
	from /Users/dentarg/.arm64_rubies/3.2.2/lib/ruby/gems/3.2.0/gems/puma-6.3.0/lib/puma/binder.rb:334:in \`new'
	from /Users/dentarg/.arm64_rubies/3.2.2/lib/ruby/gems/3.2.0/gems/puma-6.3.0/lib/puma/binder.rb:334:in \`add_tcp_listener'` }),
  corpusCase({ runtime: 'python', cause: 'port-in-use', source: 'https://github.com/estruyf/unicorn-busy-server/issues/11', name: 'Flask run_simple: OSError: [Errno 98] Address already in use', log: `
Traceback (most recent call last):
  File "./server.py", line 295, in <module>
    app.run(host='0.0.0.0', debug=False)
  File "/usr/lib/python3.7/socketserver.py", line 466, in server_bind
    self.socket.bind(self.server_address)
OSError: [Errno 98] Address already in use` }),
  corpusCase({ runtime: 'native', cause: 'port-in-use', source: 'https://github.com/Ysurac/openmptcprouter/issues/3819', name: 'ss-manager: ERROR: bind: Address already in use / Could not bind', log: `
 2025-02-24 09:38:47 INFO: try to bind interface: ::0, port: 65101
 2025-02-24 09:38:47 ERROR: bind: Address already in use
 2025-02-24 09:38:47 ERROR: Could not bind
 2025-02-24 09:38:47 ERROR: port is not available, please check.` }),
  corpusCase({ runtime: 'python', cause: 'port-in-use', source: 'https://github.com/jonaswinkler/paperless-ng/issues/230', name: "gunicorn: [ERROR] Connection in use: ('localhost', 8000), then Can't connect", log: `
[2020-12-31 08:33:30 +0100] [117] [INFO] Starting gunicorn 20.0.4
[2020-12-31 08:33:30 +0100] [117] [ERROR] Connection in use: ('localhost', 8000)
[2020-12-31 08:33:30 +0100] [117] [ERROR] Retrying in 1 second.
[2020-12-31 08:33:34 +0100] [117] [ERROR] Connection in use: ('localhost', 8000)
[2020-12-31 08:33:34 +0100] [117] [ERROR] Retrying in 1 second.
[2020-12-31 08:33:35 +0100] [117] [ERROR] Can't connect to ('localhost', 8000)` }),
  corpusCase({ runtime: 'dotnet', cause: 'port-in-use', source: 'https://github.com/aspnet/KestrelHttpServer/issues/2784', name: 'Unable to start Kestrel: Failed to bind … address already in use (Only one usage of each socket address)', log: `
System.AggregateException : An error occurred while writing to logger(s). (Unexpected critical error. Log Critical[0]: Unable to start Kestrel. System.IO.IOException: Failed to bind to address http://[::1]:5000: address already in use. ---> Microsoft.AspNetCore.Connections.AddressInUseException: Only one usage of each socket address (protocol/network address/port) is normally permitted. ---> System.Net.Sockets.SocketException: Only one usage of each socket address (protocol/network address/port) is normally permitted.
   at System.Net.Sockets.Socket.UpdateStatusAfterSocketErrorAndThrowException(SocketError error, String callerName)
   at System.Net.Sockets.Socket.DoBind(EndPoint endPointSnapshot, SocketAddress socketAddress)
   at System.Net.Sockets.Socket.Bind(EndPoint localEP)` }),
  corpusCase({ runtime: 'native', cause: 'port-in-use', source: 'https://github.com/beanieboi/heroku-nginx-puma-statsd/issues/1', name: 'nginx: [emerg] bind() to 0.0.0.0:29629 failed (98: Address already in use)', log: `
[emerg] bind() to 0.0.0.0:29629 failed (98: Address already in use)` }),
  corpusCase({ runtime: 'python', cause: 'port-in-use', source: 'https://github.com/mjstealey/django-startproject-docker/issues/13', name: 'uWSGI: bind(): Address already in use [core/socket.c line 230]', log: `
bind(): Address already in use [core/socket.c line 230]` }),
];

const PERMISSION = [
  corpusCase({ runtime: 'dotnet', cause: 'permission-denied', also: ['port-in-use'], source: 'https://github.com/Jackett/Jackett/issues/8917', name: 'Unable to start Kestrel: SocketException (10013) … forbidden by its access permissions', log: `
Fatal Unable to start Kestrel. System.Net.Sockets.SocketException (10013): An attempt was made to access a socket in a way forbidden by its access permissions.
   at System.Net.Sockets.Socket.UpdateStatusAfterSocketErrorAndThrowException(SocketError error, String callerName)
   at System.Net.Sockets.Socket.DoBind(EndPoint endPointSnapshot, SocketAddress socketAddress)
   at System.Net.Sockets.Socket.Bind(EndPoint localEP)` }),
  corpusCase({ runtime: 'dotnet', cause: 'permission-denied', source: 'https://github.com/aspnet/KestrelHttpServer/issues/2277', name: 'Failed to bind to address … UvException: Error -4092 EACCES permission denied', log: `
System.IO.IOException: Failed to bind to address http://localhost:49980. ---> System.AggregateException: One or more errors occurred. (Error -4092 EACCES permission denied) (Error -4092 EACCES permission denied) ---> Microsoft.AspNetCore.Server.Kestrel.Transport.Libuv.Internal.Networking.UvException: Error -4092 EACCES permission denied
   at Microsoft.AspNetCore.Server.Kestrel.Transport.Libuv.Internal.Networking.LibuvFunctions.ThrowError(Int32 statusCode)
   at Microsoft.AspNetCore.Server.Kestrel.Transport.Libuv.Internal.Networking.LibuvFunctions.tcp_bind(UvTcpHandle handle, SockAddr& addr, Int32 flags)` }),
];

const CONFIG = [
  corpusCase({ runtime: 'python', cause: 'bad-config', source: 'https://github.com/geopython/pycsw/issues/943', name: "yaml ScannerError in the mounted /etc/pycsw/pycsw.yml: could not find expected ':'", log: `
    raise ScannerError("while scanning a simple key", key.mark,
yaml.scanner.ScannerError: while scanning a simple key in "/etc/pycsw/pycsw.yml", line 109, column 9
could not find expected ':'in "/etc/pycsw/pycsw.yml", line 110, column 9` }),
  corpusCase({ runtime: 'python', cause: 'bad-config', source: 'https://github.com/icbestCA/giftmanager/issues/7', name: "users.json read at start-up: JSONDecodeError: Expecting ',' delimiter", log: `
Traceback (most recent call last):
  File "/app/app.py", line 31, in <module>
    users = json.load(file)
            ^^^^^^^^^^^^^^^
  File "/usr/local/lib/python3.11/json/__init__.py", line 293, in load
    return loads(fp.read(),
           ^^^^^^^^^^^^^^^^
  File "/usr/local/lib/python3.11/json/decoder.py", line 353, in raw_decode
    obj, end = self.scan_once(s, idx)
               ^^^^^^^^^^^^^^^^^^^^^^
json.decoder.JSONDecodeError: Expecting ',' delimiter: line 17 column 2 (char 596)` }),
  corpusCase({ runtime: 'python', cause: 'bad-config', source: 'https://github.com/frappe/erpnext/issues/33620', name: 'configurator: update_config json.load → JSONDecodeError: Expecting value', log: `
Traceback (most recent call last):
  File "/usr/local/bin/configure.py", line 56, in <module>
    raise SystemExit(main())
  File "/usr/local/bin/configure.py", line 44, in main
    update_config(
  File "/usr/local/bin/configure.py", line 16, in update_config
    config: dict[str, Any] = json.load(f)
  File "/usr/local/lib/python3.10/json/__init__.py", line 293, in load
    return loads(fp.read(),
  File "/usr/local/lib/python3.10/json/decoder.py", line 355, in raw_decode
    raise JSONDecodeError("Expecting value", s, err.value) from None
json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)` }),
  corpusCase({ runtime: 'python', cause: 'bad-config', source: 'https://github.com/zhayujie/CowAgent/issues/324', name: 'App startup failed! config.load_config → JSONDecodeError', log: `
[ERROR][2023-03-03 03:06:15][app.py:19] - App startup failed!
[ERROR][2023-03-03 03:06:15][app.py:20] - Expecting value: line 5 column 30 (char 241)
Traceback (most recent call last):
File "app.py", line 11, in <module>
config.load_config()
File "/app/config.py", line 18, in load_config
config = json.loads(config_str)
File "/usr/local/lib/python3.7/json/decoder.py", line 355, in raw_decode
raise JSONDecodeError("Expecting value", s, err.value) from None
json.decoder.JSONDecodeError: Expecting value: line 5 column 30 (char 241)` }),
  corpusCase({ runtime: 'node', cause: 'bad-config', source: 'https://github.com/asrient/HomeCloud/issues/22', name: 'SyntaxError: Unexpected end of JSON input in NodeConfigStorage.loadFromDisk', log: `
SyntaxError: Unexpected end of JSON input
    at JSON.parse (<anonymous>)
    at NodeConfigStorage.loadFromDisk (/Applications/HomeCloud.app/Contents/Resources/app.asar/node_modules/nodeShared/configStorage.js:23:21)
    at async NodeConfigStorage.load (/Applications/HomeCloud.app/Contents/Resources/app.asar/node_modules/shared/storage.js:76:29)
    at async AccountService.init (/Applications/HomeCloud.app/Contents/Resources/app.asar/node_modules/shared/accountService.js:411:9)` }),
  corpusCase({ runtime: 'node', cause: 'bad-config', source: 'https://github.com/zellwk/crud-express-mongo/issues/7', name: '{ MongoError: Authentication failed. … codeName: AuthenticationFailed }', log: `
[nodemon] starting \`node server.js\`
{ MongoError: Authentication failed.
    at Function.MongoError.create (C:\\Users\\user\\Desktop\\apagar\\crud-express-mongo\\node_modules\\mongodb-core\\lib\\error.js:31:11)
    at C:\\Users\\user\\Desktop\\apagar\\crud-express-mongo\\node_modules\\mongodb-core\\lib\\connection\\pool.js:497:72
    at TCP.onStreamRead (internal/stream_base_commons.js:94:17)
  name: 'MongoError',
  message: 'Authentication failed.',
  ok: 0,
  errmsg: 'Authentication failed.',
  code: 18,
  codeName: 'AuthenticationFailed',` }),
  corpusCase({ runtime: 'python', cause: 'bad-config', source: 'https://github.com/1c3z/ARL-Distributed/issues/2', name: 'pymongo.errors.OperationFailure: Authentication failed.', log: `
pymongo.errors.OperationFailure: Authentication failed.` }),
];

const NATIVE = [
  corpusCase({ runtime: 'jvm', cause: 'segfault', exitCode: 134, source: 'https://github.com/adoptium/temurin-build/issues/1545', name: 'JVM in a container: A fatal error has been detected … SIGSEGV (0xb)', log: `
#
# A fatal error has been detected by the Java Runtime Environment:
#
#  SIGSEGV (0xb) at pc=0x00007fcf68a140b1, pid=1, tid=97
#
# JRE version: OpenJDK Runtime Environment (11.0.3+7) (build 11.0.3+7)
# Java VM: OpenJDK 64-Bit Server VM (11.0.3+7, mixed mode, tiered, compressed oops, g1 gc, linux-amd64)
# Problematic frame:
# V  [libjvm.so+0xaa30b1]  PhaseIdealLoop::build_loop_late_post(Node*)+0x171
#
# Core dump will be written. Default location: /usr/local/tomcat/bin/core.1
#
# An error report file with more information is saved as:
# /usr/local/tomcat/bin/hs_err_pid1.log
#` }),
  corpusCase({ runtime: 'python', cause: 'segfault', exitCode: 139, source: 'https://github.com/docker-library/python/issues/644', name: 'Fatal Python error: Segmentation fault in python:3.6.14', log: `
Fatal Python error: Segmentation fault

Current thread 0x00007f75ec68d740 (most recent call first):
  File "/usr/local/lib/python3.6/site-packages/dateparser/languages/dictionary.py", line 136 in split
  File "/usr/local/lib/python3.6/site-packages/dateparser/date.py", line 476 in _is_applicable_locale
  File "<string>", line 1 in <module>
Segmentation fault (core dumped)` }),
  corpusCase({ runtime: 'python', cause: 'segfault', exitCode: 255, source: 'https://github.com/presslabs/zinc/issues/59', name: 'Command exited with error: signal: segmentation fault (core dumped)', log: `
2016/10/21 09:54:19 Waiting for host: tcp://redis:6379
2016/10/21 09:54:19 Connected to tcp://redis:6379
Performing system checks...

2016/10/21 09:54:24 Command exited with error: signal: segmentation fault (core dumped)` }),
  corpusCase({ runtime: 'native', cause: 'exec-format', exitCode: 127, source: 'https://github.com/OpenCCU/OpenCCU/issues/2101', name: 'error while loading shared libraries: libstdc++.so.6: wrong ELF class: ELFCLASS64', log: `
Starting LGWFirmwareUpdate: ./bin/eq3configcmd: error while loading shared libraries: libstdc++.so.6: wrong ELF class: ELFCLASS64
./bin/eq3configcmd: error while loading shared libraries: libstdc++.so.6: wrong ELF class: ELFCLASS64` }),
];

export const SIGNAL_CASES = [...DNS, ...CONNECTION, ...PORTS, ...PERMISSION, ...CONFIG, ...NATIVE];
