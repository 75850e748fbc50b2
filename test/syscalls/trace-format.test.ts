// strace output forms the recordings do not happen to contain: split calls under -f, non-blocking connects,
// a shell's PATH search, and the loader/locale probes of a bigger program.
import { describe, expect, it } from 'vitest';
import { analyzeTrace, parseTrace } from '../../src/syscalls/index.js';

describe('reading strace -f output', () => {
  it('joins an unfinished call with its resumption even when another process writes in between', () => {
    const trace = [
      '101 10:00:00.000001 openat(AT_FDCWD, "/etc/app/app.toml", O_RDONLY <unfinished ...>',
      '102 10:00:00.000002 getpid()          = 102',
      '101 10:00:00.000003 <... openat resumed>) = -1 ENOENT (No such file or directory)',
    ].join('\n');
    expect(parseTrace(trace)).toHaveLength(2);
    const r = analyzeTrace(trace);
    expect(r.decisive).toMatchObject({ kind: 'file-missing', line: 3, facts: { path: '/etc/app/app.toml' } });
    expect(r.decisive?.quote).toContain('"/etc/app/app.toml", O_RDONLY) = -1 ENOENT');
  });

  it('reads a refused non-blocking connect from the SO_ERROR that follows it', () => {
    const r = analyzeTrace([
      '7 connect(12, {sa_family=AF_INET6, sin6_port=htons(6379), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28) = -1 EINPROGRESS (Operation now in progress)',
      '7 epoll_wait(3, [{events=EPOLLOUT|EPOLLERR|EPOLLHUP, data={u32=12, u64=12}}], 1024, -1) = 1',
      '7 getsockopt(12, SOL_SOCKET, SO_ERROR, [ECONNREFUSED], [4]) = 0',
      '7 +++ exited with 1 +++',
    ].join('\n'));
    expect(r.decisive).toMatchObject({ kind: 'connect-refused', facts: { address: '[::1]:6379', port: 6379 } });
  });

  it('treats failed execve calls followed by a successful one as a PATH search, not a failure', () => {
    const r = analyzeTrace([
      '9 execve("/usr/local/bin/app", ["app"], 0x7ffd /* 3 vars */) = -1 ENOENT (No such file or directory)',
      '9 execve("/usr/bin/app", ["app"], 0x7ffd /* 3 vars */) = 0',
      '9 +++ exited with 0 +++',
    ].join('\n'));
    expect(r.findings.map((f) => f.kind)).toEqual(['exited']);
    expect(r.decisive).toBeUndefined();
  });

  it('reports an execve that never succeeds as a command that cannot run', () => {
    const r = analyzeTrace('1 execve("/app/server", ["/app/server"], 0x7ffd /* 3 vars */) = -1 ENOENT (No such file or directory)\n1 +++ exited with 1 +++\n');
    expect(r.decisive).toMatchObject({ kind: 'exec-failed', cause: 'command-not-found', facts: { path: '/app/server' } });
  });

  it('ignores library-path, hwcaps and locale probes by their paths', () => {
    const r = analyzeTrace([
      '1 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/glibc-hwcaps/x86-64-v3/libssl.so.3", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)',
      '1 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)',
      '1 openat(AT_FDCWD, "/lib/tls/x86_64/libz.so.1", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)',
      '1 +++ exited with 0 +++',
    ].join('\n'));
    expect(r.findings.map((f) => f.kind)).toEqual(['exited']);
  });

  it('prefers a failed open over a stat probe that came after it', () => {
    const r = analyzeTrace([
      '1 openat(AT_FDCWD, "/run/secrets/token", O_RDONLY) = -1 EACCES (Permission denied)',
      '1 newfstatat(AT_FDCWD, "/etc/app/optional.conf", 0x7ffc, 0) = -1 ENOENT (No such file or directory)',
      '1 +++ exited with 1 +++',
    ].join('\n'));
    expect(r.decisive).toMatchObject({ kind: 'file-denied', facts: { path: '/run/secrets/token' } });
  });

  it('does not read an argument string that contains ") = " as the result', () => {
    const [e] = parseTrace('1 write(2, "oops) = -1 EROFS (x)", 19) = 19');
    expect(e).toMatchObject({ kind: 'call', name: 'write', result: '19' });
    expect(e && 'errno' in e).toBe(false);
  });
});
