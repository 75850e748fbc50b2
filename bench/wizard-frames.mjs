// The wizard's start as a person sees it, in a real 80×24 terminal (a private tmux server): the time from
// starting the process to its first drawn frame ("connecting…" at least) and to the list of failing pods on
// the built-in training cluster. The clock starts just before tmux is asked to start the program, so tmux's
// own start-up (a few ms) counts against us. Runnable alone: `node bench/wizard-frames.mjs`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist/cli.js');

const hasTmux = () => {
  try {
    execFileSync('tmux', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

// The wizard's own CPU time (user + system, from /proc: Linux only) when the list is drawn: on a machine shared
// with other work the wall clock mostly measures the others; this does not.
const cpuMsOf = (pid) => {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
};

/**
 * One start: { firstFrameMs, podListMs, causesMs, podListCpuMs } (causesMs: no row says "reading logs…" any more;
 * podListCpuMs: the wizard's CPU time when the list was drawn).
 */
function oneStart(socket, dir) {
  const tmux = (args) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8', env: { ...process.env, TMUX_TMPDIR: dir, TMUX: '' } });
  const start = process.hrtime.bigint();
  const since = () => Number(process.hrtime.bigint() - start) / 1e6;
  // CI=false: with CI set, Ink 6.8 draws nothing until it exits.
  tmux(['-f', '/dev/null', 'new-session', '-d', '-s', 'w', '-x', '80', '-y', '24', '-e', 'CI=false', '--', process.execPath, CLI, '--training']);
  const pid = tmux(['list-panes', '-t', 'w', '-F', '#{pane_pid}']).trim();
  let firstFrameMs;
  let podListMs;
  let podListCpuMs;
  let causesMs;
  try {
    while (since() < 30_000) {
      const screen = tmux(['capture-pane', '-p', '-t', 'w']);
      if (firstFrameMs === undefined && screen.trim() !== '') firstFrameMs = since();
      if (podListMs === undefined && /\d+ failing/.test(screen)) {
        podListMs = since();
        podListCpuMs = cpuMsOf(pid);
      }
      if (podListMs !== undefined && !/reading logs|Reading the logs/.test(screen)) {
        causesMs = since();
        break;
      }
    }
  } finally {
    tmux(['kill-server']);
  }
  return { firstFrameMs, podListMs, causesMs, podListCpuMs };
}

export function measureWizardFrames(runs) {
  if (!hasTmux()) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'crashcourse-frames-'));
  try {
    // A fresh tmux server per start: reusing a socket right after kill-server races its shutdown.
    const socket = (i) => `crashcourse-bench-${process.pid}-${i}`;
    oneStart(socket(0), dir); // warm-up: the file cache, not our code, would otherwise dominate the first run
    const results = [];
    for (let i = 1; i <= runs; i++) results.push(oneStart(socket(i), dir));
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = measureWizardFrames(Number(process.env.BENCH_RUNS ?? 7));
  if (!results) console.log('wizard frames: skipped, tmux is not installed');
  else for (const r of results) console.log(`first frame ${Math.round(r.firstFrameMs)} ms, pod list ${Math.round(r.podListMs)} ms (wizard CPU ${r.podListCpuMs ?? '?'} ms), every cause ${Math.round(r.causesMs)} ms`);
}
