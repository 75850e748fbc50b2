// The built CLI's `watch` as a process: bad flags are one line and exit 2; SIGTERM stops it cleanly (exit 0)
// after it gave up nothing but its watch; pods/log forbidden and --no-logs both end up named in the results.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { builtCli } from '../e2e/built-cli.js';

let cli: string;
let cluster: TrainingCluster;
let kubeconfig: string;

beforeAll(async () => {
  cli = builtCli();
  kubeconfig = join(mkdtempSync(join(tmpdir(), 'crashcourse-watchproc-')), 'kubeconfig');
  cluster = await startTrainingCluster({
    scenarios: [resolve(import.meta.dirname, '../../scenarios/unknown-flag')], static: true, writeKubeconfig: kubeconfig, forbid: ['get:pods/log'], quiet: true,
  });
}, 120_000);
afterAll(async () => {
  await cluster?.close();
});

interface Running {
  readonly lines: string[];
  readonly err: () => string;
  readonly exited: Promise<number | null>;
  readonly kill: (signal: NodeJS.Signals) => void;
}

function watch(args: string[]): Running {
  const child = spawn(process.execPath, [cli, 'watch', '--kubeconfig', kubeconfig, '--metrics-address', '127.0.0.1:0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => {
    out += c;
    for (let nl = out.indexOf('\n'); nl >= 0; nl = out.indexOf('\n')) {
      lines.push(out.slice(0, nl));
      out = out.slice(nl + 1);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
  return { lines, err: () => err, exited: new Promise((r) => child.on('exit', (code) => r(code))), kill: (s) => child.kill(s) };
}

async function until(what: string, check: () => boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('watch as a process', () => {
  it.each([
    [['--reemit', 'soon'], '--reemit must be a duration'],
    [['--metrics-address', 'localhost'], '--metrics-address must be HOST:PORT'],
    [['--webhook', 'ftp://x'], '--webhook must be an http(s) URL'],
    [['--log-reads', '0'], '--log-reads must be a number'],
    [['--in-cluster'], '--in-cluster uses the Pod\'s ServiceAccount'],
  ])('%j is a one-line error with exit 2', async (args, message) => {
    const w = watch(args);
    expect(await w.exited).toBe(2);
    expect(w.err().trim().split('\n')).toHaveLength(1);
    expect(w.err()).toContain(message);
  });

  it('says in each result that the logs were not read when pods/log is forbidden, and stops on SIGTERM with exit 0', async () => {
    const w = watch(['--dry-run']);
    await until('a result', () => w.lines.length > 0);
    const result = JSON.parse(w.lines[0]!) as { cause: string; gaps: string[] };
    expect(result.gaps.some((g) => /logs? of .*forbidden/i.test(g))).toBe(true);
    w.kill('SIGTERM');
    expect(await w.exited).toBe(0);
  });

  it('with --no-logs reads no logs at all and says so', async () => {
    const w = watch(['--dry-run', '--no-logs']);
    await until('a result', () => w.lines.length > 0);
    const result = JSON.parse(w.lines[0]!) as { gaps: string[] };
    expect(result.gaps.some((g) => g.includes('log reads are off for this watcher'))).toBe(true);
    w.kill('SIGINT');
    expect(await w.exited).toBe(0);
  });
});
