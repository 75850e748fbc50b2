// The sweep: the real wizard (real backend, real flows and session) on the training cluster at 80×24, in
// zh-CN and in ja, walked step by step along the default path; on every step each screen a key opens (Tab's
// panels, e, ?, l, t, u, f, and r on each command: the suggest panel or the typed-yes question). A run of three
// English words on any of them fails, unless it is verbatim: the pod's own logs, events and statuses, command
// output, commands. Representative scenarios, not all 25 (a walk takes seconds): one per layout that differs —
// probe kill with events, init container, missing ConfigMap (never ran), node reboot (sidecar-free, node
// events), OOM kill (resources and gauges), two containers (the other container's rows), and an unknown flag
// (override copy, shell and strace plans).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanup, render } from 'ink-testing-library';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBackend } from '../../src/cli/wizard-backend.js';
import type { Session } from '../../src/contracts/session.js';
import { CATALOGS, displayWidth, type Locale } from '../../src/i18n/index.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { App } from '../../src/ui/app.js';
import type { Connection } from '../../src/ui/backend.js';
import { corpusOf, ourEnglishRuns } from '../support/screen-english.js';

const WALKS: Readonly<Record<'zh-CN' | 'ja', { readonly mode: 'suggest' | 'run'; readonly scenarios: readonly string[] }>> = {
  'zh-CN': { mode: 'suggest', scenarios: ['liveness-probe-missing-file', 'init-container-migration-fails'] },
  ja: { mode: 'run', scenarios: ['unknown-flag', 'oom-killed-jvm'] },
};
const ALL = [...new Set(Object.values(WALKS).flatMap((w) => w.scenarios))];
// What each screen key opens, then closes (Esc); r on the step runs or shows the selected command.
const STEP_LOOK = ['\t', '\t', 'e', 'e'];
const LOOK = [...STEP_LOOK, '?', '\u001B', 'l', '\u001B', 't', '\u001B', 'u', '\u001B', 'f', '\u001B'];

let cluster: TrainingCluster;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wizard-sweep-'));
  cluster = await startTrainingCluster({ port: 0, static: true, quiet: true, scenarios: ALL.map((s) => join(builtinScenariosDir(), s)), writeKubeconfig: join(dir, 'kubeconfig') });
}, 30_000);
afterAll(async () => {
  await cluster?.close();
  await rm(dir, { recursive: true, force: true });
});

// eslint-disable-next-line no-control-regex
const strip = (s: string): string => s.replace(/\u001B\[[0-9;]*m/g, '');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Seen { readonly frames: string[]; readonly corpus: string[] }

/** One pod walked in one language: every frame it drew, and the verbatim text those frames may quote. */
async function walk(locale: Locale, connection: Connection, backend: Parameters<typeof App>[0]['backend'], ns: string, name: string, suggest: boolean): Promise<Seen> {
  let session: Session | undefined;
  const conn: Connection = { ...connection, openSession: (n, p) => (session = connection.openSession(n, p)) };
  const app = render(<App backend={backend} start={{ kind: 'pod', connection: conn, namespace: ns, name }} readOnly={false} suggest={suggest} color={false} locale={locale} actions={{ copy: async () => '', save: async () => '' }} onExit={() => undefined} />);
  Object.defineProperty(app.stdout, 'columns', { configurable: true, get: () => 80 });
  Object.defineProperty(app.stdout, 'rows', { configurable: true, get: () => 24 });
  app.stdout.emit('resize');
  const frames: string[] = [];
  // A frame is drawn once it stops changing (two polls alike) and the session is not reading or running.
  const settle = async (): Promise<string> => {
    let last: string | undefined;
    for (let i = 0; i < 300; i++) {
      await sleep(10);
      const f = app.lastFrame() ?? '';
      const busy = session === undefined || ['gathering', 'running'].includes(session.getSnapshot().phase);
      if (f === last && !busy) break;
      last = f;
    }
    const frame = strip(app.lastFrame() ?? '');
    if (!frames.includes(frame)) frames.push(frame);
    return frame;
  };
  const press = async (key: string): Promise<string> => {
    app.stdin.write(key);
    return settle();
  };
  await settle();
  for (let step = 0; step < 10; step++) {
    // The screens that show the whole pod (logs, timeline, resources, report, help) once; each step's own panels every time.
    for (const key of step === 0 ? LOOK : STEP_LOOK) await press(key);
    // Every command of the step (Tab, Tab above left the focus on them): r shows it (suggest), runs a read, or
    // asks before a change (declined with Esc); Esc then closes the output or the suggestion.
    const plans = session?.getSnapshot().step?.plans ?? [];
    for (let i = 0; i < plans.length; i++) {
      await press('r');
      if (session?.getSnapshot().pendingConfirmation) await press('\u001B');
      await press('\u001B');
      await press('j');
    }
    await press('\t');
    const before = app.lastFrame();
    if ((await press('\r')) === strip(before ?? '')) break;
  }
  await press('f');
  const snap = session?.getSnapshot();
  app.unmount();
  cleanup();
  return { frames, corpus: [corpusOf(snap?.evidence, snap?.runs, snap?.diagnosis?.evidence, snap?.diagnosis?.backoff)] };
}

describe.each(Object.entries(WALKS))('the wizard in %s on the training cluster, every screen at 80×24', (locale, { mode, scenarios }) => {
  it(`leaves no English sentence of ours on any screen of ${scenarios.join(', ')} (${mode} mode)`, async () => {
    const backend = await makeBackend({ kubeconfig: join(dir, 'kubeconfig'), training: false, scenarios: [], mode, readOnly: false, color: false, lang: locale } as Parameters<typeof makeBackend>[0]);
    const connection = await backend.connect(await backend.defaultContext());
    const rows = await connection.scan({ onProgress: () => undefined });
    const mine: typeof rows[number][] = [];
    // One pod of each scenario (a scenario with two replicas draws the same screens twice).
    const taken = new Set<string>();
    for (const r of rows) {
      const of = (await connection.scenarioReset!.scenariosOf(r.namespace, r.name)).find((s) => scenarios.includes(s));
      if (of && !taken.has(of)) mine.push(r), taken.add(of);
    }
    expect([...taken].sort()).toEqual([...scenarios].sort());
    const english = new Map<string, string>();
    let screens = 0;
    for (const row of mine) {
      const seen = await walk(locale as Locale, connection, backend, row.namespace, row.name, mode === 'suggest');
      screens += seen.frames.length;
      for (const frame of seen.frames) {
        // The describe screen is `kubectl describe pod` as kubectl prints it: its field names stay kubectl's.
        if (/^Describe|^\S+ describe|Name: {9}/m.test(frame)) continue;
        for (const line of frame.split('\n')) {
          expect(displayWidth(line), `${row.name}: ${line}`).toBeLessThanOrEqual(80);
          for (const run of ourEnglishRuns(line, seen.corpus.join('\n'))) if (!english.has(run)) english.set(run, `${row.name}: ${line.trim()}`);
        }
      }
    }
    expect(screens).toBeGreaterThan(mine.length * 8);
    expect([...english].map(([run, where]) => `${run}  ←  ${where}`)).toEqual([]);
  }, 120_000);
});

describe.each(['zh-CN', 'ja'] as const)('the pod list in %s on the training cluster at 80×24', (locale) => {
  it('leaves no English sentence of ours on the list, its help, its filter and the reset question', async () => {
    const backend = await makeBackend({ kubeconfig: join(dir, 'kubeconfig'), training: false, scenarios: [], mode: 'run', readOnly: false, color: false, lang: locale } as Parameters<typeof makeBackend>[0]);
    const connection = await backend.connect(await backend.defaultContext());
    const app = render(<App backend={backend} start={{ kind: 'pods', connection }} readOnly={false} color={false} locale={locale} actions={{ copy: async () => '', save: async () => '' }} onExit={() => undefined} />);
    Object.defineProperty(app.stdout, 'columns', { configurable: true, get: () => 80 });
    Object.defineProperty(app.stdout, 'rows', { configurable: true, get: () => 24 });
    app.stdout.emit('resize');
    const frames: string[] = [];
    const settle = async (until: (f: string) => boolean = () => true): Promise<void> => {
      let last: string | undefined;
      for (let i = 0; i < 500; i++) {
        await sleep(10);
        const f = app.lastFrame() ?? '';
        if (f === last && until(f)) break;
        last = f;
      }
      frames.push(strip(app.lastFrame() ?? ''));
    };
    // The list once every row's cause is read (no row still reading its logs).
    await settle((f) => f.includes('healthcheck-demo') && !f.includes(CATALOGS[locale]['pods.rowReadingLogs']!));
    // Help, the filter (a match and none), the reset question (Enter alone, then cancelled).
    for (const key of ['?', '\u001B', '/', 'h', 'e', '\r', '/', 'z', 'z', 'z', '\u001B', '\u001B', 'R', '\r', '\u001B']) {
      app.stdin.write(key);
      await settle();
    }
    app.unmount();
    cleanup();
    const english = frames.flatMap((f) => f.split('\n')).flatMap((line) => {
      expect(displayWidth(line), line).toBeLessThanOrEqual(80);
      return ourEnglishRuns(line, '').map((run) => `${run}  ←  ${line.trim()}`);
    });
    expect(frames.some((f) => f.includes('healthcheck-demo'))).toBe(true);
    expect(frames.some((f) => f.includes(CATALOGS[locale]['reset.title']!))).toBe(true);
    expect([...new Set(english)]).toEqual([]);
  }, 60_000);
});
