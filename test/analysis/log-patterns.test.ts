// Log lines as real programs print them (plain, klog, JSON lines, nginx error.log, stack traces) and the
// finding each one must produce when it is the crashed run's last word.
import { describe, expect, it } from 'vitest';
import { scanExcerpt } from '../../src/analysis/log-scan.js';
import { log } from './support/evidence.js';

const idsOf = (text: string): string[] => scanExcerpt(log('app', 'previous', text)).map((h) => h.pattern.id);

describe('log patterns', () => {
  it.each([
    ['panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x1b5e2f4]\n\ngoroutine 1 [running]:\nmain.main()\n\t/src/main.go:42 +0x54', 'log-panic'],
    ['Exception in thread "main" java.lang.IllegalStateException: Failed to load ApplicationContext\n\tat org.springframework.boot.SpringApplication.run(SpringApplication.java:338)', 'log-panic'],
    ['Traceback (most recent call last):\n  File "/app/main.py", line 12, in <module>\n    main()\nZeroDivisionError: division by zero', 'log-panic'],
    ["thread 'main' panicked at 'called `Result::unwrap()` on an `Err` value', src/main.rs:10:5", 'log-panic'],
    ['Unhandled exception. System.InvalidOperationException: Sequence contains no elements\n   at System.Linq.ThrowHelper.ThrowNoElementsException()', 'log-panic'],
    ['[UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block]', 'log-panic'],
    ['{"level":"error","ts":1716213552.1,"msg":"cannot connect","error":"dial tcp 10.96.14.3:5432: connect: connection refused"}', 'log-connection-refused'],
    ['Error: connect ECONNREFUSED 127.0.0.1:6379\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)', 'log-connection-refused'],
    ['psql: error: could not connect to server: Connection refused\n\tIs the server running on host "postgres" (10.96.0.12) and accepting TCP/IP connections on port 5432?', 'log-connection-refused'],
    ['2024/03/27 17:13:16 [emerg] 1#1: host not found in upstream "flask:5000" in /etc/nginx/nginx.conf:13', 'log-dns'],
    ['time="2024-05-20T13:59:20Z" level=fatal msg="failed to init" error="dial tcp: lookup kafka.data.svc.cluster.local on 10.96.0.10:53: no such host"', 'log-dns'],
    ['getaddrinfo ENOTFOUND redis-master', 'log-dns'],
    ['socket.gaierror: [Errno -3] Temporary failure in name resolution', 'log-dns'],
    ['java.net.UnknownHostException: mysql: Name or service not known', 'log-dns'],
    ['F0520 13:59:21.000000       1 main.go:88] failed to sync: context deadline exceeded', 'log-timeout'],
    ['dial tcp 10.0.0.5:443: i/o timeout', 'log-timeout'],
    ['2024/06/20 12:10:29 [emerg] 1#1: mkdir() "/var/cache/nginx/client_temp" failed (30: Read-only file system)', 'log-read-only-fs'],
    ['2024/06/20 12:10:29 [emerg] 1#1: bind() to 0.0.0.0:80 failed (98: Address already in use)', 'log-address-in-use'],
    ['Error: listen EADDRINUSE: address already in use :::3000', 'log-address-in-use'],
    ['mkdir: cannot create directory \'/var/lib/grafana/plugins\': Permission denied', 'log-permission-denied'],
    ['Error: EACCES: permission denied, open \'/data/state.json\'', 'log-permission-denied'],
    ['chown: /var/lib/postgresql/data: Operation not permitted', 'log-permission-denied'],
    ['exec /usr/local/bin/sensor-gateway: exec format error', 'exec-format'],
    ['standard_init_linux.go:228: exec user process caused: exec format error', 'exec-format'],
    ['/bin/sh: 1: gunicorn: not found', 'command-not-found'],
    ['flag provided but not defined: -log-format\nUsage of /flagd-lite:', 'log-bad-config'],
    ['Error: unknown flag: --listen-adress', 'log-bad-config'],
    ['error: unrecognized arguments: --verbose', 'log-bad-config'],
    ['FATAL: environment variable DATABASE_URL is not set', 'log-bad-config'],
    ["KeyError: 'DATABASE_URL'", 'log-bad-config'],
    ['Error: yaml: line 12: mapping values are not allowed in this context', 'log-bad-config'],
    ['level=error msg="invalid configuration: listen address must be set"', 'log-bad-config'],
    ['Exception in thread "main" java.lang.OutOfMemoryError: Java heap space', 'log-out-of-memory'],
    ['FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory', 'log-out-of-memory'],
    ['Segmentation fault (core dumped)', 'segfault'],
    ['open /etc/app/config.yaml: no such file or directory', 'log-not-found'],
  ])('finds the decisive pattern in %j', (text, id) => {
    expect(idsOf(text)).toContain(id);
  });

  it('ignores lines logged at info or debug level', () => {
    expect(idsOf('2024-05-20T13:59:20Z INFO config file /etc/app/extra.yaml not found, using defaults\n')).toEqual([]);
    expect(idsOf('{"level":"info","msg":"retrying after connection refused"}\n')).toEqual([]);
    expect(idsOf('I0520 13:59:20.000000       1 client.go:10] timed out once, retrying\n')).toEqual([]);
    expect(idsOf('level=debug msg="permission denied for optional cache"\n')).toEqual([]);
  });

  it('does not read a Go panic\'s "[signal SIGSEGV" line as a segfault of the process', () => {
    expect(idsOf('panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x1b5e2f4]')).not.toContain('segfault');
  });

  it('quotes the last decisive line with its neighbours', () => {
    const text = 'starting\nERROR dial tcp 10.0.0.1:5432: connect: connection refused\nretrying\nERROR dial tcp 10.0.0.1:5432: connect: connection refused (attempt 5)\nexiting\n';
    const hit = scanExcerpt(log('app', 'previous', text)).find((h) => h.pattern.id === 'log-connection-refused')!;
    expect(hit.line).toContain('attempt 5');
    expect(hit.quote).toMatchObject({ source: 'log', where: 'app (previous)' });
    expect(hit.quote.text.split('\n')).toEqual(['retrying', 'ERROR dial tcp 10.0.0.1:5432: connect: connection refused (attempt 5)', 'exiting']);
  });

  it('matches whatever the case', () => {
    expect(idsOf('FATAL: CONNECTION REFUSED BY UPSTREAM')).toContain('log-connection-refused');
  });
});

describe('log patterns from common images', () => {
  it.each([
    ['Error: Database is uninitialized and superuser password is not specified.\n       You must specify POSTGRES_PASSWORD to a non-empty value for the\n       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".', 'log-bad-config'],
    ["Error: Cannot find module '/app/server.js'\n    at Module._resolveFilename (node:internal/modules/cjs/loader:1039:15)", 'command-not-found'],
    ["python: can't open file '/app/main.py': [Errno 2] No such file or directory", 'command-not-found'],
    ['Error: Unable to access jarfile /app/app.jar', 'command-not-found'],
    ['exec /docker-entrypoint.sh: permission denied', 'command-not-found'],
    ['nginx: [emerg] unknown directive "proxy_passs" in /etc/nginx/conf.d/default.conf:7', 'log-bad-config'],
    ["java.lang.IllegalArgumentException: Could not resolve placeholder 'DB_URL' in value \"${DB_URL}\"", 'log-bad-config'],
    ['flag needs an argument: -config', 'log-bad-config'],
    ['org.postgresql.util.PSQLException: Connection to localhost:5432 refused. Check that the hostname and port are correct', 'log-connection-refused'],
    ['com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure', 'log-connection-refused'],
    ['2024-05-20 13:59:20.120 UTC [1] FATAL:  data directory "/var/lib/postgresql/data" has wrong ownership', 'log-permission-denied'],
    ["Could not connect to Redis at redis-master:6379: Name or service not known", 'log-dns'],
    ["/usr/local/lib/ruby/3.2.0/bundler/runtime.rb:1:in `require': cannot load such file -- pg (LoadError)", 'log-panic'],
  ])('finds the decisive pattern in %j', (text, id) => {
    expect(idsOf(text)).toContain(id);
  });
});

describe('quoting a stack trace', () => {
  it('quotes the message line of a Go panic, not the goroutine frame after it', () => {
    const text = 'E0228 07:29:44.1 1 factory.go:224] not found /run/x.sock\npanic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x38 pc=0x1b7f6c4]\n\ngoroutine 1 [running]:\nmain.main()\n\t/src/main.go:42 +0x54\n';
    const hit = scanExcerpt(log('app', 'previous', text)).find((h) => h.pattern.id === 'log-panic')!;
    expect(hit.line).toMatch(/^panic: runtime error/);
  });

  it('quotes the root cause of a Java trace, not its last frame', () => {
    const text = 'Exception in thread "main" java.lang.RuntimeException: boot failed\n\tat com.example.App.main(App.java:12)\nCaused by: java.io.FileNotFoundException: /etc/app/app.properties (No such file or directory)\n\tat java.io.FileInputStream.open0(Native Method)\n\t... 3 more\n';
    const hit = scanExcerpt(log('app', 'previous', text)).find((h) => h.pattern.id === 'log-panic')!;
    expect(hit.line).toMatch(/^Caused by: java.io.FileNotFoundException/);
  });

  it('quotes the final exception line of a Python traceback', () => {
    const text = 'Traceback (most recent call last):\n  File "/app/main.py", line 3, in <module>\n    import flask\nModuleNotFoundError: No module named \'flask\'\n';
    const hit = scanExcerpt(log('app', 'previous', text)).find((h) => h.pattern.id === 'log-panic')!;
    expect(hit.line).toBe("ModuleNotFoundError: No module named 'flask'");
  });
});
