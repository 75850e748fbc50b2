// `npm run bench`: the time of one `diagnose` as a whole process next to the manual kubectl sequence for the
// same evidence, and `scan -A` over 10,000 synthetic pods next to `kubectl get pods -A -o json`, both against
// the built training cluster; then the wizard's first frame and pod list in an 80×24 terminal. Prints medians and whether the targets are met; never fails the run.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureWizardFrames } from './wizard-frames.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist/cli.js');
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 11));
const LATENCY = 50;
const SYNTHETIC = 10_000;
const work = mkdtempSync(join(tmpdir(), 'crashcourse-bench-'));

const onPath = (name) => (process.env.PATH ?? '').split(delimiter).some((d) => d && existsSync(join(d, name)));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Start `training-cluster` as its own process; resolve once it printed its URL. */
function startCluster(name, extra) {
  const kubeconfig = join(work, `${name}.kubeconfig`);
  const child = spawn(process.execPath, [CLI, 'training-cluster', '--port', '0', '--latency', String(LATENCY), '--write-kubeconfig', kubeconfig, ...extra], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const deadline = setTimeout(() => reject(new Error(`training cluster ${name} printed no URL within 60 s`)), 60_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /https?:\/\/127\.0\.0\.1:\d+/.exec(out);
      if (m && existsSync(kubeconfig)) {
        clearTimeout(deadline);
        child.stdout.resume();
        resolve({ url: m[0], kubeconfig, stop: () => child.kill('SIGTERM') });
      }
    });
    child.on('exit', (code) => reject(new Error(`training cluster ${name} exited with ${code}`)));
  });
}

/** Run argv to completion; wall time in ms, and peak RSS in kB when /usr/bin/time is there to tell. */
function timed(argv, env, { rss = false } = {}) {
  const useTime = rss && existsSync('/usr/bin/time');
  const full = useTime ? ['/usr/bin/time', '-v', ...argv] : argv;
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(full[0], full.slice(1), { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    let hwm = 0;
    const poll = rss && !useTime ? setInterval(() => (hwm = Math.max(hwm, vmHwm(child.pid))), 20) : undefined;
    child.stderr.on('data', (c) => (err += c));
    child.on('exit', (code) => {
      if (poll) clearInterval(poll);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (code !== 0) return reject(new Error(`${argv.join(' ')} exited ${code}: ${err.trim().split('\n').pop()}`));
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
      resolve({ ms, rssKb: m ? Number(m[1]) : hwm || undefined });
    });
  });
}

function vmHwm(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

async function series(fn) {
  await fn(); // warm-up: OS caches, kubectl's discovery cache
  const times = [];
  let rss = 0;
  for (let i = 0; i < RUNS; i++) {
    const r = await fn();
    times.push(r.ms);
    rss = Math.max(rss, r.rssKb ?? 0);
  }
  return { ms: median(times), rssKb: rss || undefined };
}

async function pairedSeries(a, b) {
  await a();
  await b();
  const ta = [];
  const tb = [];
  for (let i = 0; i < RUNS; i++) {
    ta.push((await a()).ms);
    tb.push((await b()).ms);
  }
  return [{ ms: median(ta) }, { ms: median(tb) }];
}

const rows = [];
const row = (what, value, target = '', verdict = '') => rows.push([what, value, target, verdict]);
const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);

const hasKubectl = onPath('kubectl');
const kubectlEnv = (kubeconfig) => ({ KUBECONFIG: kubeconfig, KUBECACHEDIR: join(work, 'kube-cache') });

try {
  // (a) one diagnose against a pod of the catalogue, at --latency 50.
  const small = await startCluster('catalogue', []);
  try {
    const list = JSON.parse(execFileSync(process.execPath, [CLI, 'training-cluster', '--list', '--output', 'json'], { encoding: 'utf8' }));
    const chosen = list.find((s) => s.cause === 'oom-killed') ?? list[0];
    const [ns, pod] = chosen.pod.split('/');
    const env = { KUBECONFIG: small.kubeconfig, NO_COLOR: '1' };
    const first = JSON.parse(execFileSync(process.execPath, [CLI, 'diagnose', chosen.pod, '-o', 'json'], { env: { ...process.env, ...env }, encoding: 'utf8' }));
    const container = first.container ?? 'app';
    const ourRun = () => timed([process.execPath, CLI, 'diagnose', chosen.pod], env);
    if (hasKubectl) {
      const k = kubectlEnv(small.kubeconfig);
      const sequence = [
        ['kubectl', 'describe', 'pod', pod, '-n', ns],
        ['kubectl', 'logs', pod, '-n', ns, '-c', container, '--previous'],
        ['kubectl', 'logs', pod, '-n', ns, '-c', container],
        ['kubectl', 'get', 'events', '-n', ns, '--field-selector', `involvedObject.name=${pod}`],
      ];
      const kubectlRun = async () => {
        let ms = 0;
        for (const argv of sequence) ms += (await timed(argv, k)).ms;
        return { ms };
      };
      // Interleaved, so a busy machine slows both sides alike.
      const [ours, theirs] = await pairedSeries(ourRun, kubectlRun);
      row(`diagnose ${chosen.pod} (one process, median of ${RUNS})`, fmtMs(ours.ms));
      row('kubectl describe + logs --previous + logs + get events', fmtMs(theirs.ms));
      const ratio = ours.ms / theirs.ms;
      row('diagnose / kubectl sequence', ratio.toFixed(2), '≤ 0.50', ratio <= 0.5 ? 'met' : 'NOT met');
    } else {
      row(`diagnose ${chosen.pod} (one process, median of ${RUNS})`, fmtMs((await series(ourRun)).ms));
      row('kubectl sequence', 'skipped', '', 'kubectl is not on PATH');
    }
  } finally {
    small.stop();
  }

  // (b) scan -A over 10,000 synthetic pods.
  const big = await startCluster('synthetic', ['--synthetic-pods', String(SYNTHETIC)]);
  try {
    const env = { KUBECONFIG: big.kubeconfig, NO_COLOR: '1' };
    const scanRun = () => timed([process.execPath, CLI, 'scan', '-A'], env, { rss: true });
    let scan;
    if (hasKubectl) {
      const getRun = () => timed(['kubectl', 'get', 'pods', '-A', '-o', 'json'], kubectlEnv(big.kubeconfig));
      let peak = 0;
      const [s1, g1] = await pairedSeries(async () => {
        const r = await scanRun();
        peak = Math.max(peak, r.rssKb ?? 0);
        return r;
      }, getRun);
      scan = { ms: s1.ms, rssKb: peak || undefined };
      row(`scan -A over ${SYNTHETIC} pods (median of ${RUNS})`, fmtMs(scan.ms));
      row('kubectl get pods -A -o json', fmtMs(g1.ms));
      row('scan -A / kubectl get pods -A', (scan.ms / g1.ms).toFixed(2), '≤ 1.00', scan.ms <= g1.ms ? 'met' : 'NOT met');
    } else {
      scan = await series(scanRun);
      row(`scan -A over ${SYNTHETIC} pods (median of ${RUNS})`, fmtMs(scan.ms));
      row('kubectl get pods -A -o json', 'skipped', '', 'kubectl is not on PATH');
    }
    const mb = scan.rssKb ? scan.rssKb / 1024 : undefined;
    row('scan -A peak RSS', mb ? `${Math.round(mb)} MB` : 'not measured', '< 250 MB', mb === undefined ? 'unknown' : mb < 250 ? 'met' : 'NOT met');
  } finally {
    big.stop();
  }

  // (c) the training cluster's own start: process start to its URL on stdout, built-in scenarios (--latency delays answers, not the start).
  {
    const starts = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const c = await startCluster(`start-${i}`, []);
      starts.push(performance.now() - t0);
      c.stop();
    }
    row(`training-cluster start, built-in scenarios (median of ${RUNS})`, fmtMs(median(starts)));
  }

  // (d) the wizard's start in an 80×24 terminal: first frame and the failing-pod list (--training, in-process).
  const frames = measureWizardFrames(Math.min(RUNS, 7));
  if (!frames) row('wizard first frame / pod list', 'skipped', '', 'tmux is not installed');
  else {
    const first = median(frames.map((f) => f.firstFrameMs ?? Infinity));
    const list = median(frames.map((f) => f.podListMs ?? Infinity));
    row(`wizard --training: first frame (median of ${frames.length})`, fmtMs(first), '< 300 ms', first < 300 ? 'met' : 'NOT met');
    const causes = median(frames.map((f) => f.causesMs ?? Infinity));
    row(`wizard --training: failing-pod list (median of ${frames.length})`, fmtMs(list), '< 1 s', list < 1000 ? 'met' : 'NOT met');
    row(`wizard --training: every cause filled in, no "reading logs…" left (median of ${frames.length})`, fmtMs(causes));
    const cpu = frames.map((f) => f.podListCpuMs).filter((v) => v !== undefined);
    if (cpu.length > 0) row(`wizard --training: its CPU time when the list is drawn (median of ${cpu.length})`, fmtMs(median(cpu)));
  }
} catch (err) {
  console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

const widths = [0, 1, 2, 3].map((i) => Math.max(...[['measurement', 'value', 'target', 'result'], ...rows].map((r) => String(r[i]).length)));
for (const r of [['measurement', 'value', 'target', 'result'], ...rows]) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd());
console.log(`\nlatency ${LATENCY} ms per response; ${RUNS} runs after one warm-up; kubectl with a warm discovery cache.`);

// `watch` over 10,000 synthetic pods: its own script, after the table above.
console.log('');
await import('./watch.mjs');
