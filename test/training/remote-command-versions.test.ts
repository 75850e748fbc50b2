// exec, cp, attach and port-forward through the real kubectl of each protocol generation, picked by the dispatcher
// from the minor the training cluster reports: 1.27 to 1.29 speak SPDY, 1.30 exec over WebSocket (port-forward
// still SPDY), 1.31 to 1.33 both over WebSocket (port-forward as SPDY tunnelled in WebSocket messages).
import { execFile, spawn } from 'node:child_process';
import { request } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { kubectlMissing, runOnPty } from './exec-test-server.js';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

// The real defaults are under test: nothing may force a protocol.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => k !== 'KUBECTL_REMOTE_COMMAND_WEBSOCKETS' && k !== 'KUBECTL_PORT_FORWARD_WEBSOCKETS' && k !== 'KUBECONFIG'),
);

function httpGet(port: number, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, timeout: 5_000 }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve(body));
    });
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.end();
  });
}

// An upgrade kubectl logged at -v=6, in the wording of 1.27 ("POST http://… 101 Switching Protocols") and of
// 1.30+ ('"Response" verb="GET" url="…" status="101 Switching Protocols"').
const upgraded = (log: string, method: 'GET' | 'POST', sub: string): boolean =>
  new RegExp(`(${method} http|verb="${method}" url=")[^\\n]*/${sub}[^\\n]*101 Switching Protocols`).test(log);

const MINORS = [
  { minor: '27', exec: 'POST', portForward: 'POST' },
  { minor: '28', exec: 'POST', portForward: 'POST' },
  { minor: '29', exec: 'POST', portForward: 'POST' },
  { minor: '30', exec: 'GET', portForward: 'POST' },
  { minor: '31', exec: 'GET', portForward: 'GET' },
  { minor: '32', exec: 'GET', portForward: 'GET' },
  { minor: '33', exec: 'GET', portForward: 'GET' },
] as const;

describe.each(MINORS)('kubectl 1.$minor against a training cluster reporting 1.$minor', ({ minor, exec, portForward }) => {
  let cluster: TrainingCluster;
  let dir: string;
  let skip: string | undefined;
  let pod = '';

  const kubectl = (args: readonly string[], stdin?: string): Promise<Run> =>
    new Promise((resolve) => {
      const child = execFile('kubectl', ['--kubeconfig', join(dir, 'kubeconfig'), '--cache-dir', join(dir, 'cache'), ...args], { env, timeout: 20_000 }, (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
      );
      child.stdin?.end(stdin ?? '');
    });

  const skipped = (): boolean => {
    if (skip) console.log(`skipped: ${skip}`);
    return skip !== undefined;
  };

  beforeAll(async () => {
    skip = await kubectlMissing();
    dir = await mkdtemp(join(tmpdir(), `remote-command-1${minor}-`));
    cluster = await startTrainingCluster({ port: 0, quiet: true, speed: 20, serverVersion: `1.${minor}`, writeKubeconfig: join(dir, 'kubeconfig') });
    if (skip) return;
    const version = await kubectl(['version', '-o', 'json']);
    const client = (JSON.parse(version.stdout) as { clientVersion?: { minor?: string } }).clientVersion?.minor;
    if (client !== minor) skip = `the kubectl on PATH ran client 1.${client ?? '?'} for server 1.${minor} (no kubectl.1.${minor} beside the dispatcher)`;
    pod = (await kubectl(['get', 'pods', '-l', 'app=web', '-o', 'jsonpath={.items[0].metadata.name}'])).stdout;
  });
  afterAll(async () => {
    await cluster.close();
    await rm(dir, { recursive: true, force: true });
  });

  it(`runs kubectl exec -- cat over ${exec === 'GET' ? 'WebSocket' : 'SPDY'}`, async () => {
    if (skipped()) return;
    const result = await kubectl(['exec', pod, '-v=6', '--', 'cat', '/etc/hostname']);
    expect(result.stdout).toBe(`${pod}\n`);
    expect(result.code).toBe(0);
    expect(upgraded(result.stderr, exec, 'exec')).toBe(true);
    expect(result.stderr).not.toMatch(/fallback/i);
  });

  it('feeds kubectl exec -i its stdin and passes the exit code through', async () => {
    if (skipped()) return;
    const result = await kubectl(['exec', '-i', pod, '--', 'sh'], 'echo typed $HOSTNAME\nexit 6\n');
    expect(result.stdout).toBe(`typed ${pod}\n`);
    expect(result.stderr).toContain('command terminated with exit code 6');
    expect(result.code).toBe(6);
  });

  it('gives kubectl exec -it a terminal (a resize channel, no stderr) that echoes and exits with its status', async () => {
    if (skipped()) return;
    const steps = [
      { until: '/ # ', count: 1, send: 'echo hi $HOSTNAME\r' },
      { until: '/ # ', count: 2, send: 'exit 7\r' },
    ];
    const result = await runOnPty(['--kubeconfig', join(dir, 'kubeconfig'), '--cache-dir', join(dir, 'cache'), 'exec', '-it', pod, '--', 'sh'], steps);
    if (typeof result === 'string') {
      console.log(`skipped: ${result}`);
      return;
    }
    expect(result.output).toContain(`hi ${pod}\r\n`);
    expect(result.output).toContain('command terminated with exit code 7');
    expect(result.exit).toBe(7);
  });

  it('copies with kubectl cp in both directions: a file put in the container is there for the next exec, and comes back out', async () => {
    if (skipped()) return;
    await writeFile(join(dir, 'notes.txt'), `copied in by kubectl 1.${minor}\n`);
    const upload = await kubectl(['cp', join(dir, 'notes.txt'), `${pod}:/tmp/notes.txt`]);
    expect(upload).toMatchObject({ code: 0, stderr: '' });
    expect((await kubectl(['exec', pod, '--', 'cat', '/tmp/notes.txt'])).stdout).toBe(`copied in by kubectl 1.${minor}\n`);
    const download = await kubectl(['cp', `${pod}:/tmp/notes.txt`, join(dir, 'back.txt')]);
    expect(download.code).toBe(0);
    expect(await readFile(join(dir, 'back.txt'), 'utf8')).toBe(`copied in by kubectl 1.${minor}\n`);
  });

  it('attaches to an ephemeral container: kubectl debug -i types into its shell through .../attach', async () => {
    if (skipped()) return;
    const result = await kubectl(['debug', '-i', '-v=6', pod, '--image=busybox:1.36', '-c', 'debugger', '--', 'sh'], 'echo attached to $HOSTNAME\n');
    expect(result.stdout).toBe(`attached to ${pod}\n`);
    expect(result.code).toBe(0);
    expect(upgraded(result.stderr, exec, 'attach')).toBe(true);
  });

  it(`forwards a port over ${portForward === 'GET' ? 'a WebSocket tunnel' : 'SPDY'}: the Ready container answers, an undeclared port is refused`, async () => {
    if (skipped()) return;
    const child = spawn('kubectl', ['--kubeconfig', join(dir, 'kubeconfig'), '--cache-dir', join(dir, 'cache'), 'port-forward', '-v=6', `pod/${pod}`, ':80', ':81'], { env });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    try {
      const deadline = Date.now() + 15_000;
      const local = (remote: number): number | undefined => Number(new RegExp(`127\\.0\\.0\\.1:(\\d+) -> ${remote}\\b`).exec(out)?.[1]) || undefined;
      while (!(local(80) && local(81)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      const answered = await httpGet(local(80) as number, '/healthz');
      expect(answered).toBe(`training cluster: pod default/${pod}, container nginx, port 80 answered "GET /healthz HTTP/1.1"\n`);
      await httpGet(local(81) as number, '/').catch(() => '');
      while (!/connection refused/.test(err) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(err).toMatch(/an error occurred forwarding \d+ -> 81: error forwarding port 81 to pod [0-9a-f]{64}, uid : .*dial tcp4 127\.0\.0\.1:81: connect: connection refused/);
      expect(upgraded(err, portForward, 'portforward')).toBe(true);
    } finally {
      child.kill();
    }
  });
});
