import { describe, expect, it } from 'vitest';
import { FakeShell } from '../../src/training/exec/fake-shell.js';
import { InteractiveShell } from '../../src/training/exec/interactive-shell.js';
import type { ContainerContext } from '../../src/training/exec/types.js';

const context = (over: Partial<ContainerContext> = {}): ContainerContext => ({
  podName: 'api-7d9f8-x2k4p',
  namespace: 'shop',
  container: 'app',
  image: 'busybox:1.36',
  env: { LOG_LEVEL: 'debug', DB_HOST: 'db.shop.svc' },
  files: { '/etc/config/app.yaml': 'port: 8080\nlogLevel: debug\n', '/etc/config/extra.conf': 'x=1\n' },
  hasShell: true,
  entrypoint: { command: ['/app/server', '--config=/etc/config/app.yaml'], log: 'starting\npanic: missing DB_PASSWORD\n', exitCode: 3 },
  ...over,
});

async function run(line: string, ctx = context()): Promise<{ out: string; err: string; status: number; shell: FakeShell }> {
  const shell = new FakeShell(ctx, false);
  let out = '';
  let err = '';
  const status = await shell.runLine(line, { out: (t) => (out += t), err: (t) => (err += t), signal: new AbortController().signal });
  return { out, err, status, shell };
}

describe('the fake shell', () => {
  it.each([
    ['echo hello "big  world"', 'hello big  world\n'],
    ["echo '$LOG_LEVEL' \"$LOG_LEVEL\" ${DB_HOST}", '$LOG_LEVEL debug db.shop.svc\n'],
    ['printenv LOG_LEVEL', 'debug\n'],
    ['cat /etc/config/app.yaml', 'port: 8080\nlogLevel: debug\n'],
    ['cd /etc/config && pwd && ls', '/etc/config\napp.yaml\nextra.conf\n'],
    ['cat /etc/config/*.conf', 'x=1\n'],
    ['hostname; uname -m', 'api-7d9f8-x2k4p\nx86_64\n'],
    ['id && whoami', 'uid=0(root) gid=0(root) groups=0(root)\nroot\n'],
    ['env | grep DB_', 'DB_HOST=db.shop.svc\n'],
    ['false || echo recovered; true && echo chained', 'recovered\nchained\n'],
    ['A=1; echo $A; sh -c "echo inner $A; exit 4"; echo $?', '1\ninner 1\n4\n'],
    ['which ls server', '/bin/ls\n/app/server\n'],
    ['echo saved > /tmp/x; cat /tmp/x', 'saved\n'],
    ['touch /tmp/healthy; [ -f /tmp/healthy ] && echo ok; rm /tmp/healthy; test -e /tmp/healthy || echo gone', 'ok\ngone\n'],
    ['mkdir -p /data/x && cd /data/x && pwd; [ "$LOG_LEVEL" = debug ] && echo debug', '/data/x\ndebug\n'],
  ])('runs `%s`', async (line, expected) => {
    const result = await run(line);
    expect(result.err).toBe('');
    expect(result.out).toBe(expected);
  });

  it('shows the keep-alive as PID 1 in ps', async () => {
    const { out } = await run('ps', context({ mainProcess: ['tail', '-f', '/dev/null'] }));
    expect(out).toMatch(/^\s+1 root\s+0:00 tail -f \/dev\/null$/m);
  });

  it('reproduces the crash when the original entrypoint is run by hand', async () => {
    const byName = await run('/app/server --config=/etc/config/app.yaml');
    expect(byName.out).toBe('starting\npanic: missing DB_PASSWORD\n');
    expect(byName.status).toBe(3);
    const byBasename = await run('server; echo "exit=$?"');
    expect(byBasename.out).toBe('starting\npanic: missing DB_PASSWORD\nexit=3\n');
  });

  it('says "not found" with status 127 for commands the image does not have', async () => {
    const { err, status } = await run('curl http://localhost:8080');
    expect(err).toBe('sh: curl: not found\n');
    expect(status).toBe(127);
  });

  it('answers missing files and directories with BusyBox messages', async () => {
    expect((await run('cat /nope')).err).toBe("cat: can't open '/nope': No such file or directory\n");
    expect((await run('cd /nope')).err).toBe("sh: cd: can't cd to /nope: No such file or directory\n");
    expect((await run('ls /nope')).status).toBe(1);
  });

  it('uses the non-root prompt and an unnamed uid for a numeric user', async () => {
    const { out, err, shell } = await run('id; whoami', context({ user: '1000' }));
    expect(out).toBe('uid=1000 gid=1000 groups=1000\n');
    expect(err).toBe('whoami: unknown uid 1000\n');
    expect(shell.prompt()).toBe('$ ');
  });

  it('exits with the given status and stops the rest of the line', async () => {
    const { out, status, shell } = await run('echo before; exit 3; echo after');
    expect(out).toBe('before\n');
    expect(status).toBe(3);
    expect(shell.exitCode).toBe(3);
  });

  it('reports a syntax error for an unterminated quote', async () => {
    const { err, status } = await run('echo "oops');
    expect(err).toBe('sh: syntax error: unterminated quoted string\n');
    expect(status).toBe(2);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met before the deadline');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('an interactive session', () => {
  async function session(input: string[], tty: boolean, ctx = context()): Promise<{ screen: string; status: number }> {
    let screen = '';
    const term = { out: (t: string) => (screen += t), err: (t: string) => (screen += t) };
    const shell = new InteractiveShell(new FakeShell(ctx, tty), term, tty);
    const done = shell.run();
    for (const chunk of input) {
      // Type the next chunk only once the prompt is back, as a person at a terminal would.
      if (tty) await waitFor(() => screen.endsWith(' # ') || screen.endsWith('$ '));
      shell.feed(Buffer.from(chunk));
    }
    shell.endInput();
    const status = await done;
    return { screen, status };
  }

  it('echoes keystrokes, edits the line and prints the prompt under a tty', async () => {
    const { screen, status } = await session(['ecz\u007fho hi\r', 'exit 5\r'], true);
    expect(screen).toBe('/ # ecz\b \bho hi\r\nhi\n/ # exit 5\r\n');
    expect(status).toBe(5);
  });

  it('clears the line on Ctrl-C and exits on Ctrl-D at an empty prompt', async () => {
    const { screen, status } = await session(['echo x\u0003', '\u0004'], true);
    expect(screen).toBe('/ # echo x^C\r\n/ # ');
    expect(status).toBe(130);
  });

  it('runs piped lines without echo or prompt, ending with the last status at EOF', async () => {
    const { screen, status } = await session(['echo hi\nfal', 'se\n'], false);
    expect(screen).toBe('hi\n');
    expect(status).toBe(1);
  });

  it('leaves a nested sh with exit instead of ending the session', async () => {
    const { screen, status } = await session(['sh\n', 'exit 2\n', 'echo still here\n', 'exit\n'], false);
    expect(screen).toBe('still here\n');
    expect(status).toBe(0);
  });
});
