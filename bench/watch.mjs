// `node bench/watch.mjs` (also run by `npm run bench`): `watch` over 10,000 synthetic pods of the built training
// cluster, then new crash-looping workloads (1 % of the pods) started one after another while it watches.
// Measures the watcher's peak RSS and, per new failure, the time from the moment the kubelet's status change is
// visible in the API (our own watch sees it) to the watcher's JSON line for that pod. Never fails the run.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist/cli.js');
const PODS = Number(process.env.BENCH_WATCH_PODS ?? 10_000);
const NEW_FAILURES = Math.max(1, Math.round(PODS / 100));
const SPEED = 20;
const LATENCY = 50;
const work = mkdtempSync(join(tmpdir(), 'crashcourse-bench-watch-'));
const children = [];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const vmHwmKb = (pid) => {
  try {
    return Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
};

function start(argv, onLine, pattern) {
  const child = spawn(process.execPath, [CLI, ...argv], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  children.push(child);
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => reject(new Error(`${argv[0]} printed nothing usable within 60 s: ${err.trim().split('\n').pop() ?? ''}`)), 60_000);
    const check = () => {
      const m = pattern.exec(out + err);
      if (m) {
        clearTimeout(deadline);
        resolve({ child, match: m });
      }
    };
    child.stdout.on('data', (c) => {
      out += c;
      let nl;
      while ((nl = out.indexOf('\n')) >= 0 && onLine) {
        onLine(out.slice(0, nl), Date.now());
        out = out.slice(nl + 1);
      }
      check();
    });
    child.stderr.on('data', (c) => {
      err += c;
      check();
    });
    child.on('exit', (code) => reject(new Error(`${argv[0]} exited with ${code}: ${err.trim().split('\n').pop() ?? ''}`)));
  });
}

async function api(base, method, path, body) {
  const res = await fetch(`${base}${path}`, { method, headers: { 'Content-Type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 200)}`);
  return JSON.parse(text);
}

/** Our own watch on the namespace: the first moment each pod shows a crashed container. */
function watchFailures(base, namespace, seen) {
  const req = http.get(`${base}/api/v1/namespaces/${namespace}/pods?watch=true`, (res) => {
    let buf = '';
    res.setEncoding('utf8');
    res.on('data', (c) => {
      buf += c;
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const e = JSON.parse(buf.slice(0, nl));
        buf = buf.slice(nl + 1);
        const pod = e.object;
        const crashed = (pod.status?.containerStatuses ?? []).some((s) => s.lastState?.terminated || s.state?.terminated || s.state?.waiting?.reason === 'CrashLoopBackOff');
        if (crashed && !seen.has(pod.metadata.name)) seen.set(pod.metadata.name, Date.now());
      }
    });
  });
  req.on('error', () => undefined);
  return () => req.destroy();
}

const metric = (text, name) => Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
const rows = [];
const row = (what, value, target = '', verdict = '') => rows.push([what, value, target, verdict]);

try {
  const kubeconfig = join(work, 'kubeconfig');
  const { match } = await start(['training-cluster', '--port', '0', '--synthetic-pods', String(PODS), '--speed', String(SPEED), '--latency', String(LATENCY), '--write-kubeconfig', kubeconfig], null, /https?:\/\/127\.0\.0\.1:\d+/);
  const base = match[0];
  const lines = new Map();
  let lineCount = 0;
  const started = Date.now();
  const watcher = await start(
    ['watch', '--kubeconfig', kubeconfig, '--dry-run', '--metrics-address', '127.0.0.1:0', '--log-reads', '20'],
    (line, at) => {
      lineCount++;
      try {
        const r = JSON.parse(line);
        if (!lines.has(r.pod)) lines.set(r.pod, at);
      } catch { /* not a result line */ }
    },
    /on (http:\/\/127\.0\.0\.1:\d+)/,
  );
  const metricsUrl = watcher.match[1];
  let peakKb = 0;
  const poll = setInterval(() => (peakKb = Math.max(peakKb, vmHwmKb(watcher.child.pid))), 100);

  // The failures already there at start: wait until the first list is done and the backlog is diagnosed.
  for (;;) {
    const ready = await fetch(`${metricsUrl}/readyz`).then((r) => r.status === 200, () => false);
    const queue = metric(await (await fetch(`${metricsUrl}/metrics`)).text(), 'crashcourse_watch_queue');
    if (ready && queue === 0) break;
    if (Date.now() - started > 300_000) throw new Error('the initial backlog was not diagnosed within 5 minutes');
    await sleep(200);
  }
  const backlogMs = Date.now() - started;
  const backlogLines = lineCount;

  // New failures: copies of the OOM-killed JVM scenario pod, each its own Deployment, started 100 ms apart.
  const template = (await api(base, 'GET', '/api/v1/namespaces/payments/pods')).items.find((p) => p.metadata.name.startsWith('ledger-service-'));
  const seen = new Map();
  const stopWatch = watchFailures(base, 'payments', seen);
  const names = [];
  for (let i = 0; i < NEW_FAILURES; i++) {
    const deployment = `bench-${i}`;
    const name = `${deployment}-abcde-x${i}`;
    names.push(name);
    await api(base, 'POST', '/api/v1/namespaces/payments/pods', {
      apiVersion: 'v1', kind: 'Pod',
      metadata: { name, namespace: 'payments', labels: { app: deployment, 'pod-template-hash': 'abcde' }, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: `${deployment}-abcde`, uid: `rs-${i}`, controller: true }] },
      spec: { ...template.spec, nodeName: undefined },
    });
    await sleep(100);
  }
  const deadline = Date.now() + 60_000;
  while (names.some((n) => !lines.has(n)) && Date.now() < deadline) await sleep(100);
  stopWatch();
  clearInterval(poll);
  peakKb = Math.max(peakKb, vmHwmKb(watcher.child.pid));
  const text = await (await fetch(`${metricsUrl}/metrics`)).text();

  const latencies = names.filter((n) => lines.has(n) && seen.has(n)).map((n) => Math.max(0, lines.get(n) - seen.get(n)));
  const missed = names.length - latencies.length;
  row(`synthetic pods (4 % failing at start) + new crash-looping workloads`, `${PODS} + ${NEW_FAILURES}`);
  row('initial list and backlog diagnosed', `${(backlogMs / 1000).toFixed(1)} s`, '', `${backlogLines} results`);
  row('new failures diagnosed', `${latencies.length} of ${names.length}`, 'all', missed === 0 ? 'met' : 'NOT met');
  if (latencies.length) {
    const p50 = percentile(latencies, 50);
    const max = Math.max(...latencies);
    row('failure visible → result line, median', `${Math.round(p50)} ms`);
    row('failure visible → result line, max', `${Math.round(max)} ms`, '≤ 2000 ms', max <= 2000 ? 'met' : 'NOT met');
  }
  row('watch peak RSS', `${Math.round(peakKb / 1024)} MB`, '< 200 MB', peakKb === 0 ? 'unknown' : peakKb / 1024 < 200 ? 'met' : 'NOT met');
  row('skipped log reads (rate limit 20/s)', String(metric(text, 'crashcourse_skipped_log_reads_total')));
  row('API errors', String(metric(text, 'crashcourse_api_errors_total') || 0));
} catch (err) {
  console.error(`bench watch: ${err instanceof Error ? err.message : String(err)}`);
} finally {
  for (const c of children) c.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}

const widths = [0, 1, 2, 3].map((i) => Math.max(...[['measurement', 'value', 'target', 'result'], ...rows].map((r) => String(r[i]).length)));
for (const r of [['measurement', 'value', 'target', 'result'], ...rows]) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd());
console.log(`\nwatch --dry-run against the training cluster at --speed ${SPEED}, ${LATENCY} ms per API response; a failure is "visible" when our own watch first sees the crashed container.`);
