// Drives real kubectl against a training cluster serving one built-in scenario, and judges whether an app's
// pods are healed: all Ready, the same pods, the same restart counts across a simulated minute.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Pod } from '../../src/k8s/index.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';

export const SPEED = 100;
/** Real milliseconds for a simulated duration. */
export const sim = (seconds: number): number => (seconds * 1000) / SPEED;

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface Drill {
  readonly cluster: TrainingCluster;
  /** The drill's kubeconfig, for a kubectl run outside `kubectl()` (a watch). */
  readonly kubeconfig: string;
  /** The kubectl minor the dispatcher runs (the cluster reports it in /version). */
  readonly minor: number;
  kubectl(...args: string[]): Promise<Run>;
  /** kubectl with more environment, e.g. EDITOR for `kubectl edit`. */
  kubectlEnv(env: Record<string, string>, ...args: string[]): Promise<Run>;
  /** An EDITOR for `kubectl edit`: a script (run as one argv word) that replaces the first match of `pattern`. */
  editor(pattern: RegExp, replacement: string): Promise<string>;
  /** Writes `text` to a file in the drill's folder and returns its path. */
  file(name: string, text: string): Promise<string>;
  pods(namespace: string, selector: string): Promise<Pod[]>;
  close(): Promise<void>;
}

export function kubectlMissing(): Promise<string | undefined> {
  return new Promise((resolve) =>
    execFile('kubectl', ['version', '--client'], { timeout: 10_000 }, (e) => resolve(e ? `kubectl is not runnable here (${(e as NodeJS.ErrnoException).code ?? e.message})` : undefined)),
  );
}

/** `scenario`: a built-in scenario's name, or the absolute path of a scenario folder (a red-herring variant). */
/** kubectl minors the dispatcher on PATH can run; the training cluster reports any of them. */
export const MINORS = [27, 28, 29, 30, 31, 32, 33] as const;

export async function startDrill(scenario: string, minor = 32, speed = SPEED): Promise<Drill> {
  const dir = await mkdtemp(join(tmpdir(), 'tc-fix-'));
  const cluster = await startTrainingCluster({ port: 0, speed, scenarios: [isAbsolute(scenario) ? scenario : join(builtinScenariosDir(), scenario)], writeKubeconfig: join(dir, 'kubeconfig'), serverVersion: `1.${minor}` });
  const kubectlEnv = (env: Record<string, string>, ...args: string[]): Promise<Run> =>
    new Promise((resolve) => {
      execFile('kubectl', ['--cache-dir', join(dir, 'cache'), ...args], { env: { ...process.env, ...env, KUBECONFIG: join(dir, 'kubeconfig') }, timeout: 25_000 }, (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      });
    });
  const kubectl = (...args: string[]): Promise<Run> => kubectlEnv({}, ...args);
  let editors = 0;
  return {
    cluster,
    kubeconfig: join(dir, 'kubeconfig'),
    minor,
    kubectl,
    kubectlEnv,
    async editor(pattern, replacement) {
      const path = join(dir, `editor-${++editors}.cjs`);
      const script = [
        '#!/usr/bin/env node',
        "const fs = require('node:fs');",
        'const file = process.argv[process.argv.length - 1];',
        `fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(new RegExp(${JSON.stringify(pattern.source)}, ${JSON.stringify(pattern.flags)}), ${JSON.stringify(replacement)}));`,
      ].join('\n');
      await writeFile(path, `${script}\n`, { mode: 0o755 });
      return path;
    },
    async file(name, text) {
      const path = join(dir, name);
      await writeFile(path, text);
      return path;
    },
    async pods(namespace, selector) {
      // "metadata.name=X" selects a bare pod by field; anything else is a label selector.
      const by = selector.startsWith('metadata.') ? '--field-selector' : '-l';
      const run = await kubectl('get', 'pods', '-n', namespace, by, selector, '-o', 'json');
      if (run.code !== 0) throw new Error(`kubectl get pods failed: ${run.stderr}`);
      return ((JSON.parse(run.stdout) as { items: Pod[] }).items).filter((p) => !p.metadata.deletionTimestamp);
    },
    async close() {
      await cluster.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const ready = (p: Pod): boolean => (p.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
const restarts = (pods: readonly Pod[]): string =>
  pods.map((p) => `${p.metadata.name}:${(p.status?.containerStatuses ?? []).map((c) => c.restartCount).join('/')}`).sort().join(',');

/** Samples the app for `simSeconds`: healed when every sample has all pods Ready and nothing restarted or changed. */
export async function steady(drill: Drill, namespace: string, selector: string, simSeconds: number): Promise<{ healed: boolean; why: string }> {
  const first = await drill.pods(namespace, selector);
  if (!first.length) return { healed: false, why: 'no pods' };
  const end = Date.now() + sim(simSeconds);
  let last = first;
  // Under load one kubectl call can outlast the whole window: judge on a few samples at least.
  let samples = 0;
  do {
    if (!last.length || !last.every(ready)) return { healed: false, why: `not Ready: ${last.filter((p) => !ready(p)).map((p) => `${p.metadata.name} ${JSON.stringify(p.status?.containerStatuses?.map((c) => c.state))}`).join('; ') || 'no pods'}` };
    if (restarts(last) !== restarts(first)) return { healed: false, why: `restarted: ${restarts(first)} → ${restarts(last)}` };
    await new Promise((r) => setTimeout(r, 50));
    last = await drill.pods(namespace, selector);
  } while (Date.now() < end || ++samples < 4);
  return { healed: true, why: restarts(last) };
}

/** Waits (up to a real deadline) until the app holds steady for a simulated minute. */
export async function healsWithin(drill: Drill, namespace: string, selector: string, deadlineMs = 20_000): Promise<{ healed: boolean; why: string }> {
  const end = Date.now() + deadlineMs;
  let result = { healed: false, why: 'not checked' };
  while (Date.now() < end) {
    result = await steady(drill, namespace, selector, 60);
    if (result.healed) return result;
    await new Promise((r) => setTimeout(r, 100));
  }
  return result;
}

/**
 * One drill for a whole test file: started before its tests (unless kubectl is missing, then `set` gets the reason
 * to skip with) and closed after them.
 */
export function drillForFile(scenario: string, set: (drill: Drill | undefined, skip: string | undefined) => void): void {
  let drill: Drill | undefined;
  beforeAll(async () => {
    const skip = await kubectlMissing();
    if (!skip) drill = await startDrill(scenario);
    set(drill, skip);
  }, 60_000);
  afterAll(async () => {
    await drill?.close();
  });
}
