// The parser on real strace 6.1 recordings (test/fixtures/strace/README.md says how each was made).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeTrace } from '../../src/syscalls/index.js';

const DIR = join(import.meta.dirname, '../fixtures/strace');
const report = (name: string) => analyzeTrace(readFileSync(join(DIR, name), 'utf8'));

describe('the syscall view of a recorded trace', () => {
  it.each([
    ['missing-config.trace', 'file-missing', 'bad-config', { path: '/etc/myapp/config.yaml', errno: 'ENOENT' }, 'openat(AT_FDCWD, "/etc/myapp/config.yaml"'],
    ['permission-denied.trace', 'file-denied', 'permission-denied', { path: '/tmp/st/secret.key', errno: 'EACCES' }, '= -1 EACCES'],
    ['read-only-fs.trace', 'read-only-fs', 'read-only-fs', { path: '/mnt/ro/cache/app.pid', errno: 'EROFS' }, 'O_WRONLY|O_CREAT|O_TRUNC'],
    ['nginx-read-only.trace', 'read-only-fs', 'read-only-fs', { syscall: 'mkdir', path: '/var/cache/nginx/client_temp' }, 'mkdir('],
    ['connect-refused.trace', 'connect-refused', 'missing-dependency', { address: '127.0.0.1:5432', port: 5432 }, 'ECONNREFUSED'],
    ['invoice-db-refused.trace', 'connect-refused', 'missing-dependency', { address: '10.100.231.17:5432' }, 'inet_addr("10.100.231.17")'],
    ['bind-in-use.trace', 'port-in-use', 'port-in-use', { address: '127.0.0.1:18080', port: 18080 }, 'EADDRINUSE'],
    ['wrong-arch.trace', 'exec-failed', 'exec-format', { path: './wrongarch', errno: 'ENOEXEC' }, 'execve("./wrongarch"'],
    ['dns-failure.trace', 'dns-failure', 'missing-dependency', { name: 'backend.default.svc.cluster.local', server: '127.0.0.1:53' }, 'revents=POLLERR'],
    ['dns-nxdomain.trace', 'dns-failure', 'missing-dependency', { name: 'backend.default.svc.cluster.local' }, 'recvfrom('],
    ['nginx-upstream.trace', 'dns-failure', 'missing-dependency', { name: 'flask', server: '10.96.0.10:53' }, 'recvfrom('],
  ])('%s: the decisive call is %s (%s), quoted', (file, kind, cause, facts, quoted) => {
    const r = report(file);
    expect(r.decisive?.kind).toBe(kind);
    expect(r.decisive?.cause).toBe(cause);
    expect(r.decisive?.facts).toMatchObject(facts);
    expect(r.decisive?.quote).toContain(quoted);
    expect(r.end).toMatchObject({ kind: 'exited', facts: { exitCode: 1 } });
  });

  it('names every search-path variant the resolver tried and says the answers were NXDOMAIN', () => {
    const f = report('nginx-upstream.trace').decisive!;
    expect(String(f.facts.tried).split(' ')).toEqual(expect.arrayContaining([
      'flask.nginx-crashloop.svc.cluster.local', 'flask.svc.cluster.local', 'flask.cluster.local', 'flask',
    ]));
    expect(f.summary).toContain('NXDOMAIN');
  });

  it('says a segfaulting process was killed by SIGSEGV and makes that the decisive line', () => {
    const r = report('segfault.trace');
    expect(r.decisive).toMatchObject({ kind: 'killed-by-signal', cause: 'segfault', facts: { signal: 'SIGSEGV' } });
    expect(r.decisive?.quote).toContain('+++ killed by SIGSEGV +++');
  });

  it('ignores the loader and nscd ENOENTs that every healthy start produces', () => {
    for (const file of ['missing-config.trace', 'dns-failure.trace', 'segfault.trace', 'bind-in-use.trace']) {
      const quotes = report(file).findings.map((f) => f.quote).join('\n');
      expect(quotes).not.toContain('ld.so.preload');
      expect(quotes).not.toContain('nscd');
    }
  });

  it('finds exactly one failure in each single-failure recording', () => {
    for (const file of ['missing-config.trace', 'permission-denied.trace', 'read-only-fs.trace', 'connect-refused.trace', 'bind-in-use.trace']) {
      expect(report(file).findings.filter((f) => f.kind !== 'exited')).toHaveLength(1);
    }
  });
});
