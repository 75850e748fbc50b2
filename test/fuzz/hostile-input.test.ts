// Fuzzing every way outside text enters: scenario files, kubeconfigs, API answers and log bytes. Whatever
// arrives, no output carries a raw control or bidi character, nothing ends as "internal error", and every run
// ends within the deadline.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { UNSAFE } from '../../src/text/sanitize.js';
import { captureOutput } from '../support/capture-output.js';

const root = mkdtempSync(join(tmpdir(), 'crashcourse-fuzz-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// Strings biased towards what attacks a terminal: escapes, C1, bidi, newlines, plus ordinary text.
const hostileChar = fc.constantFrom('\u001b', '\u001b]', '\u001b[', '\u0007', '\u009b', '\u009d', '\u0085', '\u202e', '\u2066', '\r', '\n', '\t', '\u0000', '\u001b\\', ']52;c;', 'a', 'é', ' ', ':', '"', "'", '{', '-');
const hostile = fc.oneof(fc.string({ maxLength: 30 }), fc.array(hostileChar, { maxLength: 25 }).map((a) => a.join('')));
const anyJson = fc.oneof(hostile, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2 }));

const pod = (reason: unknown, message: unknown, phase: unknown, statuses: unknown, exitReason: unknown) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'web-1', namespace: 'default', creationTimestamp: '2024-05-01T10:00:00Z' },
  spec: { containers: [{ name: 'app', image: 'nginx:1.25' }] },
  status: {
    phase,
    containerStatuses: statuses ?? [{ name: 'app', ready: false, restartCount: 4, state: { waiting: { reason, message } }, lastState: { terminated: { exitCode: 1, reason: exitReason, startedAt: '2024-05-01T10:05:00Z', finishedAt: '2024-05-01T10:05:02Z' } } }],
  },
});
const podArb = fc.tuple(
  fc.oneof(hostile, anyJson),
  fc.oneof(hostile, anyJson),
  fc.oneof(fc.constant('Running'), hostile, anyJson),
  fc.oneof(fc.constant(undefined), fc.constant(undefined), anyJson),
  hostile,
).map(([a, b, c, d, e]) => pod(a, b, c, d, e));

function decodedStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(decodedStrings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...decodedStrings(v)]);
  return [];
}

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureOutput();
  try {
    const code = await main(argv);
    return { code, out: io.out(), err: io.err() };
  } finally {
    vi.restoreAllMocks();
  }
}

function expectClean(r: { code: number; out: string; err: string }, json: boolean): void {
  expect(r.err).not.toMatch(/internal error/);
  expect(r.out).not.toMatch(UNSAFE);
  expect(r.err).not.toMatch(UNSAFE);
  if (json && r.code === 0) expect(decodedStrings(JSON.parse(r.out)).filter((s) => UNSAFE.test(s))).toEqual([]);
}

let n = 0;
const freshDir = (): string => {
  const dir = join(root, `s${n++}`);
  mkdirSync(join(dir, 'logs/default/web-1'), { recursive: true });
  return dir;
};

describe('fuzzing scenario files and log bytes', () => {
  it('diagnose and scan print no raw control character and never fail internally', async () => {
    await fc.assert(
      fc.asyncProperty(podArb, hostile, fc.uint8Array({ maxLength: 400 }), fc.constantFrom('text', 'json', 'markdown'), async (p, title, log, output) => {
        const dir = freshDir();
        writeFileSync(join(dir, 'pod.json'), JSON.stringify(p));
        writeFileSync(join(dir, 'scenario.yaml'), `title: ${JSON.stringify(title)}\n`);
        writeFileSync(join(dir, 'logs/default/web-1/app.previous.log'), log);
        expectClean(await run(['diagnose', 'web-1', '--from', dir, '-o', output, '--no-color']), output === 'json');
        expectClean(await run(['scan', '-A', '--from', dir, '-o', output === 'markdown' ? 'text' : output, '--no-color']), output === 'json');
      }),
      { numRuns: 40 },
    );
  });

  it('training-cluster --list prints no raw control character whatever the titles', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (title) => {
        const dir = freshDir();
        writeFileSync(join(dir, 'pod.json'), JSON.stringify(pod('CrashLoopBackOff', 'm', 'Running', undefined, 'Error')));
        writeFileSync(join(dir, 'scenario.yaml'), `title: ${JSON.stringify(title)}\n`);
        expectClean(await run(['training-cluster', '--scenarios', dir, '--list']), false);
      }),
      { numRuns: 15 },
    );
  });
});

describe('fuzzing API answers and kubeconfigs', () => {
  let server: Server;
  let url = '';
  let answer: { status: number; body: Buffer | string } = { status: 200, body: '{}' };
  let log: Uint8Array = new Uint8Array();
  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path.endsWith('/log')) {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(Buffer.from(log));
      } else if (path === '/api/v1/namespaces/default/pods/web-1' || path === '/api/v1/pods' || path === '/api/v1/namespaces/default/pods') {
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(answer.body);
      } else {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end('{"kind":"Status","status":"Failure","reason":"NotFound","code":404,"message":"not found"}');
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  const kubeconfig = (context: string): string => {
    const file = join(root, `kc${n++}`);
    writeFileSync(file, `apiVersion: v1\nkind: Config\ncurrent-context: ${JSON.stringify(context)}\nclusters: [{name: c, cluster: {server: "${url}"}}]\nusers: [{name: u, user: {token: t}}]\ncontexts: [{name: ${JSON.stringify(context)}, context: {cluster: c, user: u, namespace: default}}]\n`);
    return file;
  };

  const bodyArb = fc.oneof(
    podArb.map((p) => JSON.stringify(p)),
    podArb.map((p) => JSON.stringify(p).slice(0, 60)),
    podArb.map((p) => JSON.stringify({ kind: 'PodList', items: [p] })),
    anyJson.map((v) => JSON.stringify(v)),
    hostile,
    fc.constantFrom('null', '{}', '[1,2,3]', '<html>502</html>', ''),
  );

  it('diagnose and scan over any answer: a named error or a clean report, within the deadline', async () => {
    await fc.assert(
      fc.asyncProperty(bodyArb, fc.constantFrom(200, 200, 200, 403, 400), fc.uint8Array({ maxLength: 300 }), hostile, fc.constantFrom('text', 'json'), async (body, status, bytes, context, output) => {
        answer = { status, body };
        log = bytes;
        const file = kubeconfig(context.replace(/[\u0000]/g, '') || 'x');
        const start = Date.now();
        expectClean(await run(['diagnose', 'web-1', '--kubeconfig', file, '-o', output, '--no-color', '--request-timeout', '2s']), output === 'json');
        expectClean(await run(['scan', '-A', '--kubeconfig', file, '-o', output, '--no-color', '--request-timeout', '2s']), output === 'json');
        expect(Date.now() - start).toBeLessThan(6000);
      }),
      // 429 and 5xx are retried with back-off (test/cluster/retry.test.ts): left out here to keep this fast.
      { numRuns: 40 },
    );
  }, 90_000);

  // Context names chosen on purpose: one with a control or bidi character is refused in one clean line (it would
  // otherwise reach every next-step argv); any other name is carried into the argvs exactly, so pasting works.
  it('hostile context names: refused cleanly, or carried exactly into the next steps', async () => {
    const ok = { status: 200, body: JSON.stringify(pod('CrashLoopBackOff', 'back-off', 'Running', undefined, 'Error')) };
    const contextArb = fc.oneof(
      fc.array(hostileChar, { minLength: 1, maxLength: 12 }).map((a) => `${a.join('')}\u001b`),
      fc.array(fc.constantFrom('a', 'é', ' ', ':', '"', "'", '{', '-', '$', '`', '\\'), { minLength: 1, maxLength: 12 }).map((a) => a.join('')),
    );
    await fc.assert(
      fc.asyncProperty(contextArb, fc.constantFrom('text', 'json'), async (context, output) => {
        answer = ok;
        log = new Uint8Array();
        const r = await run(['diagnose', 'web-1', '--kubeconfig', kubeconfig(context), '-o', output, '--no-color', '--request-timeout', '5s']);
        expectClean(r, output === 'json');
        if (UNSAFE.test(context) || /[\n\t]/.test(context)) {
          expect(r.code).toBe(1);
          expect(r.err).toMatch(/^kubectl-crashcourse: context \$'[^\n]*' holds a control or bidi character[^\n]*\n$/);
        } else if (output === 'json') {
          expect(r.code).toBe(0);
          const steps = (JSON.parse(r.out) as { nextSteps: { command: string[] }[] }).nextSteps;
          for (const s of steps) expect(s.command[s.command.indexOf('--context') + 1]).toBe(context);
        }
      }),
      { numRuns: 30 },
    );
  }, 90_000);

  it('any kubeconfig text ends in a named error, never an internal one', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostile, fc.string({ maxLength: 200 }), anyJson.map((v) => JSON.stringify(v))), async (text) => {
        const file = join(root, `raw${n++}`);
        writeFileSync(file, text);
        const r = await run(['diagnose', 'web-1', '--kubeconfig', file, '--request-timeout', '2s']);
        expect(r.code).not.toBe(0);
        expectClean(r, false);
      }),
      { numRuns: 60 },
    );
  });
});
