// The wizard in Chinese and Japanese at 80×24: the chrome (headings, labels, footer, help, dialogs) is in the
// reader's language, the evidence quotes stay verbatim, and no line is wider than the terminal — a wide character
// straddling the last column is what a real terminal would cut in half (or push onto a line of its own).
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScanRow } from '../../src/contracts/scan-row.js';
import { loadFlowSideFile } from '../../src/i18n/flow-text.js';
import { CATALOGS, displayWidth, type Locale } from '../../src/i18n/index.js';
import type { StepView } from '../../src/contracts/session.js';
import { App } from '../../src/ui/app.js';
import type { Start } from '../../src/ui/backend.js';
import { FakeSession, snapshotAt, STEPS, waitFor } from './helpers.js';
import { fakeConnection } from './render-app.js';

afterEach(cleanup);

// eslint-disable-next-line no-control-regex
const strip = (s: string) => s.replace(/\u001B\[[0-9;]*m/g, '');
const lines = (frame: string) => strip(frame).replace(/\n+$/, '').split('\n');

const ROWS: ScanRow[] = [
  { pod: 'shop/cart-7d9f8', namespace: 'shop', name: 'cart-7d9f8', container: 'app', cause: 'oom-killed', summary: 'OOMKilled at its 256Mi limit', restarts: 7, status: 'CrashLoopBackOff', ready: '0/1', exitCode: 137, age: '3h', severity: 9 },
  { pod: 'payments/ledger-0', namespace: 'payments', name: 'ledger-0', container: 'app', cause: 'init-container', summary: '', restarts: 4, status: 'Init:CrashLoopBackOff', ready: '0/1', exitCode: 1, age: '2h', severity: 8 },
];

/** The helpers' steps with the real flow side file's words for the crashloop flow's first steps. */
async function localSteps(locale: Locale): Promise<StepView[]> {
  const side = (await loadFlowSideFile(locale))['crashloop']!.steps;
  const events = side['events']!;
  const probe = side['probe-events']!;
  return STEPS.map((s, i) => (i === 0 ? { ...s, title: events.title!, explain: events.explain!, choices: [{ id: 'look-inside', label: events.choices!['look-inside']! }] } : i === 3 ? { ...s, title: probe.title!, explain: probe.explain! } : s));
}

function renderAt80x24(locale: Locale, start: Start) {
  const instance = render(
    <App backend={{ contexts: async () => ({ current: 'kind-dev', names: ['kind-dev'] }), connect: async () => Promise.reject(new Error('unused')) }} start={start} readOnly={false} color locale={locale} actions={{ copy: async () => 'ok', save: async () => '/tmp/x.md' }} onExit={() => undefined} />,
  );
  Object.defineProperty(instance.stdout, 'columns', { configurable: true, get: () => 80 });
  Object.defineProperty(instance.stdout, 'rows', { configurable: true, get: () => 24 });
  instance.stdout.emit('resize');
  return instance;
}

function expectFits(frame: string) {
  const all = lines(frame);
  expect(all.length, frame).toBeLessThanOrEqual(24);
  for (const line of all) {
    expect(displayWidth(line), `too wide: ${line}`).toBeLessThanOrEqual(80);
    expect(line).not.toContain('\uFFFD');
  }
}

const fits = (frame: string) => lines(frame).every((l) => displayWidth(l) <= 80);

describe.each(['zh-CN', 'ja'] as const)('the wizard in %s at 80×24', (locale) => {
  const c = CATALOGS[locale];

  it('draws the pod list in the language: heading, count, cause column, footer; no line cut', async () => {
    const session = new FakeSession(snapshotAt(0));
    const { lastFrame, stdin } = renderAt80x24(locale, { kind: 'pods', connection: fakeConnection(ROWS, () => session) });
    const frame = await waitFor(lastFrame, (f) => f.includes(c['pods.title']!) && f.includes('cart-7d9f8') && fits(f));
    expectFits(frame);
    expect(frame).toContain(c['pods.causeColumn']);
    expect(frame).toContain(c['keyShort.quit']);
    expect(frame).not.toContain('Failing pods');
    // A pod with no summary yet says so in the language.
    stdin.write('j');
    const second = await waitFor(lastFrame, (f) => f.includes(c['pods.noCauseYet']!.slice(0, 6)) && fits(f));
    expectFits(second);
    // The `?` help: every key described in the language.
    stdin.write('?');
    const help = await waitFor(lastFrame, (f) => f.includes(c['help.title']!) && f.includes(c['key.retry']!));
    expectFits(help);
    expect(help).not.toMatch(/read the cluster again|help: all keys/);
  });

  it('draws a step screen with translated flow text and chrome, evidence verbatim; no line cut', async () => {
    const steps = await localSteps(locale);
    const session = new FakeSession(snapshotAt(0, { step: steps[0]!, breadcrumb: [{ id: steps[0]!.id, title: steps[0]!.title }] }));
    const { lastFrame } = renderAt80x24(locale, { kind: 'pod', connection: fakeConnection([], () => session), namespace: 'shop', name: 'cart-7d9f8' });
    const frame = await waitFor(lastFrame, (f) => f.includes(steps[0]!.title) && f.includes(c['step.commands']!) && fits(f));
    expectFits(frame);
    expect(frame).toContain(c['step.continue']);
    expect(frame).toContain(c['evidence.events']);
    expect(frame).toContain(c['panel.decisive']);
    expect(frame).not.toMatch(/Commands|Continue|What proves it/);
    // Kubernetes' own words are quoted as they are.
    expect(frame).toMatch(/OOMKilled|BackOff|Killing/);
  });

  it('draws the report and the result step in the language; no line cut', async () => {
    const steps = await localSteps(locale);
    const session = new FakeSession(snapshotAt(3, { step: steps[3]! }));
    const { lastFrame, stdin } = renderAt80x24(locale, { kind: 'pod', connection: fakeConnection([], () => session), namespace: 'shop', name: 'cart-7d9f8' });
    const step = await waitFor(lastFrame, (f) => f.includes(steps[3]!.title) && f.includes(c['step.showReport']!) && fits(f));
    expectFits(step);
    expect(step).toContain(c['cause.oom-killed']);
    stdin.write('f');
    const report = await waitFor(lastFrame, (f) => f.includes(c['report.screenTitle']!) && f.includes(c['report.nextSteps']!) && fits(f));
    expectFits(report);
    expect(report).toContain(c['report.evidence']);
    expect(report).toContain(c['confidence.confirmed']);
    expect(report).toContain('reason OOMKilled, exit code 137');
    expect(report).not.toMatch(/Report|Next steps|Evidence\b/);
  });

  it('asks the quit question in the language when something created is still there', async () => {
    const session = new FakeSession(
      snapshotAt(2, { created: [{ kind: 'Pod', namespace: 'shop', name: 'cart-7d9f8-crashcourse-ab12c', cleanedUp: false, cleanup: ['kubectl', 'delete', 'pod', 'cart-7d9f8-crashcourse-ab12c'] }] }),
    );
    const { lastFrame, stdin } = renderAt80x24(locale, { kind: 'pod', connection: fakeConnection([], () => session), namespace: 'shop', name: 'cart-7d9f8' });
    await waitFor(lastFrame, (f) => f.includes(c['step.commands']!));
    stdin.write('q');
    const dialog = await waitFor(lastFrame, (f) => f.includes(c['quit.cleanup']!) && f.includes(c['quit.keep']!));
    expectFits(dialog);
    expect(dialog).toContain('cart-7d9f8-crashcourse-ab12c');
  });
});
