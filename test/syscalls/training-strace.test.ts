// The training shell's `strace` plays the recording kept with the scenario, and what it prints is what the
// syscall view reads: the decisive call of each scenario is the one the lesson is about.
import { describe, expect, it } from 'vitest';
import { FakeShell } from '../../src/training/exec/fake-shell.js';
import type { ContainerContext } from '../../src/training/exec/types.js';
import { analyzeTrace } from '../../src/syscalls/index.js';

const context = (namespace: string, container: string, command: string[], log: string): ContainerContext => ({
  podName: `${container}-copy`, namespace, container, image: 'example', env: {}, files: {}, hasShell: true,
  entrypoint: { command, log, exitCode: 1 }, mainProcess: ['sleep', 'infinity'],
});

async function run(line: string, ctx: ContainerContext) {
  const shell = new FakeShell(ctx, false);
  let out = '';
  let err = '';
  const status = await shell.runLine(line, { out: (t) => (out += t), err: (t) => (err += t), signal: new AbortController().signal });
  return { out, err, status, shell };
}

const NGINX = context('nginx-crashloop', 'nginx', ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;'], 'nginx: [emerg] host not found in upstream "flask:5000"\n');

describe('strace in the training shell', () => {
  it.each([
    ['nginx-upstream-before-service', NGINX, 'strace -f -tt nginx -g "daemon off;"', 'dns-failure', /NXDOMAIN for flask/],
    ['database-connection-refused', context('billing', 'api', ['node', 'server.js'], 'Error: connect ECONNREFUSED 10.100.231.17:5432\n'), 'strace -f node server.js', 'connect-refused', /10\.100\.231\.17:5432/],
    ['read-only-root-nginx', context('web', 'nginx', ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;'], 'mkdir() "/var/cache/nginx/client_temp" failed (30: Read-only file system)\n'), 'strace -f /docker-entrypoint.sh nginx', 'read-only-fs', /client_temp/],
  ])('%s: plays the recording, whose decisive call is the lesson', async (_scenario, ctx, line, kind, summary) => {
    const r = await run(line, ctx);
    expect(r.status).toBe(1);
    expect(r.out).toBe(ctx.entrypoint!.log);
    const report = analyzeTrace(r.err);
    expect(report.decisive?.kind).toBe(kind);
    expect(report.decisive?.summary).toMatch(summary);
  });

  it('from a debug container sharing the target\'s processes, traces the target\'s program under chroot /proc/1/root', async () => {
    const debug: ContainerContext = { podName: 'nginx-copy', namespace: 'nginx-crashloop', container: 'debugger-x1', image: 'nicolaka/netshoot:v0.13', env: {}, files: {}, hasShell: true, processTarget: NGINX };
    const r = await run('strace -f -tt -s 256 -E UPSTREAM=flask -- chroot /proc/1/root /docker-entrypoint.sh nginx -g "daemon off;"', debug);
    expect(r.status).toBe(1);
    expect(analyzeTrace(r.err).decisive?.summary).toMatch(/NXDOMAIN for flask/);
    const { processTarget: _shared, ...unshared } = debug;
    const alone = await run('strace -f -- chroot /proc/1/root nginx', unshared);
    expect(alone.status).toBe(1);
    expect(alone.err).toContain("chroot: cannot change root directory to '/proc/1/root'");
  });

  it('prints what the options ask for: no pids without -f, no times without -t', async () => {
    const r = await run('strace nginx', NGINX);
    const first = r.err.split('\n')[0]!;
    expect(first).toMatch(/^execve\("\.\/resolve-flask"/);
    expect(analyzeTrace(r.err).decisive?.kind).toBe('dns-failure');
  });

  it('writes the trace to a file with -o, which the shell can then read', async () => {
    const r = await run('strace -f -o /tmp/nginx.trace nginx; grep -c NXDOMAIN /tmp/nginx.trace; grep -c recvfrom /tmp/nginx.trace', NGINX);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/host not found in upstream[\s\S]*\n0\n[1-9]\d*\n$/);
    const saved = await run('strace -f -o /tmp/t nginx >/dev/null; cat /tmp/t', NGINX);
    expect(analyzeTrace(saved.out).decisive?.facts).toMatchObject({ name: 'flask' });
  });

  it('cannot attach to a running process, as in a pod without CAP_SYS_PTRACE', async () => {
    const r = await run('strace -p 1', NGINX);
    expect(r.status).toBe(1);
    expect(r.err).toBe('strace: attach: ptrace(PTRACE_SEIZE, 1): Operation not permitted\n');
  });

  it('says when there is no recording for the command or the scenario', async () => {
    expect((await run('strace ls /', NGINX)).err).toMatch(/no recording of ls \/.*the entrypoint is: \/docker-entrypoint\.sh nginx/);
    expect((await run('strace /app/server', context('shop', 'app', ['/app/server'], ''))).err).toMatch(/^strace: no recording of \/app\/server in this training scenario\n$/);
  });
});
