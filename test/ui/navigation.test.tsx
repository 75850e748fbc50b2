import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScanRow } from '../../src/contracts/scan-row.js';
import type { Connection } from '../../src/ui/backend.js';
import { DOWN, ENTER, ESC, until, waitForText, walkingSession } from './helpers.js';
import { renderApp, renderPod } from './render-app.js';

afterEach(cleanup);

const row = (ns: string, name: string): ScanRow => ({
  pod: `${ns}/${name}`, namespace: ns, name, container: 'app', cause: 'oom-killed', summary: `${name} summary`, restarts: 3, status: 'CrashLoopBackOff', ready: '0/1', exitCode: 137, age: '3h', severity: 9,
});
const ROWS = [row('shop', 'cart-1'), row('shop', 'cart-2'), row('shop', 'cart-3')];

function recordingConnection(scans: (string | undefined)[], opened: string[]): Connection {
  return {
    label: 'kind-dev',
    listNamespaces: async () => ['shop'],
    scan: async ({ namespace, onProgress }) => {
      scans.push(namespace);
      onProgress(ROWS.length);
      return ROWS;
    },
    openSession: (ns, name) => {
      opened.push(`${ns}/${name}`);
      return walkingSession();
    },
  };
}

const selectedRow = (frame: string): string | undefined => /^› (\S+)/m.exec(frame)?.[1];

describe('navigation keeps its place', () => {
  it('keeps -n as the scope and the cursor on the pod after Esc', async () => {
    const scans: (string | undefined)[] = [];
    const opened: string[] = [];
    const { lastFrame, stdin } = renderApp(() => ({ kind: 'pods', connection: recordingConnection(scans, opened), namespace: 'shop' }));
    await waitForText(lastFrame, 'cart-3');
    stdin.write(DOWN);
    await waitForText(lastFrame, 'cart-2 summary');
    stdin.write(ENTER);
    await waitForText(lastFrame, 'Read the events');
    stdin.write(ESC);
    const back = await waitForText(lastFrame, 'Failing pods');
    await waitForText(lastFrame, 'cart-2 summary');
    expect(back).toContain('namespace shop');
    expect(scans).toEqual(['shop', 'shop']);
    expect(selectedRow(lastFrame()!)).toBe('shop/cart-2');
    expect(opened).toEqual(['shop/cart-2']);
  });

  it('opens the next failing pod with n from the report', async () => {
    const opened: string[] = [];
    const { lastFrame, stdin } = renderApp(() => ({ kind: 'pods', connection: recordingConnection([], opened) }));
    await waitForText(lastFrame, 'cart-3');
    stdin.write(ENTER);
    await waitForText(lastFrame, 'Read the events');
    stdin.write('f');
    await waitForText(lastFrame, /n next/);
    stdin.write('n');
    await until(() => opened.length === 2);
    expect(opened).toEqual(['shop/cart-1', 'shop/cart-2']);
  });

  it('takes ESC ESC (two quick presses, one chunk) as two steps back', async () => {
    const session = walkingSession(2);
    const { lastFrame, stdin } = renderPod(session);
    await waitForText(lastFrame, 'Read the exit code');
    stdin.write('\u001B\u001B');
    await until(() => session.sent.filter((e) => e.type === 'BACK').length === 2);
    await waitForText(lastFrame, /^Read the events/m);
  });

  it('keeps a selection when ↓ is pressed while the list is still being read', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const slow: Connection = { ...recordingConnection([], []), scan: async () => (await gate, ROWS) };
    const { lastFrame, stdin } = renderApp(() => ({ kind: 'pods', connection: slow }));
    await waitForText(lastFrame, 'Failing pods');
    stdin.write(DOWN);
    await new Promise((r) => setTimeout(r, 50));
    release();
    await waitForText(lastFrame, 'cart-3');
    expect(selectedRow(lastFrame()!)).toBe('shop/cart-1');
  });

  it('does not offer Esc on a list it cannot leave', async () => {
    const { lastFrame } = renderApp(() => ({ kind: 'pods', connection: recordingConnection([], []) }));
    const frame = await waitForText(lastFrame, 'cart-3');
    expect(frame).not.toContain('Esc back');
  });
});

describe('the list follows the cluster', () => {
  it('reads the pods again, moves their counts and says which restarted', async () => {
    let restarts = 3;
    const connection: Connection = {
      ...recordingConnection([], []),
      scan: async () => ROWS.map((r) => (r.name === 'cart-2' ? { ...r, restarts } : r)),
    };
    const { lastFrame } = renderApp(() => ({ kind: 'pods', connection }), undefined, false, false, 30);
    await waitForText(lastFrame, 'cart-3');
    restarts = 4;
    const frame = await waitForText(lastFrame, 'restarted just now: shop/cart-2 (3 → 4)');
    expect(frame).toMatch(/shop\/cart-2\s+CrashLoopBackOff\s+4\s/);
  });

  it('reads the pods again when the watch of the connection reports a change, and shows what the watch says', async () => {
    let restarts = 3;
    let change: (() => Promise<void>) | undefined;
    let trouble: (m: string) => void = () => undefined;
    let stops = 0;
    const connection: Connection = {
      ...recordingConnection([], []),
      scan: async () => ROWS.map((r) => (r.name === 'cart-2' ? { ...r, restarts } : r)),
      follow: ({ read, onTrouble }) => {
        change = read;
        trouble = onTrouble;
        return { stop: () => void stops++ };
      },
    };
    // followMs 30 would re-read on a timer: with a watch, it must not.
    const { lastFrame } = renderApp(() => ({ kind: 'pods', connection }), undefined, false, false, 30);
    await waitForText(lastFrame, 'cart-3');
    restarts = 4;
    await new Promise((r) => setTimeout(r, 150));
    expect(lastFrame()).toMatch(/shop\/cart-2\s+CrashLoopBackOff\s+3\s/);
    await change!();
    const frame = await waitForText(lastFrame, 'restarted just now: shop/cart-2 (3 → 4)');
    expect(frame).toMatch(/shop\/cart-2\s+CrashLoopBackOff\s+4\s/);
    trouble('the watch of pods is not allowed (forbidden); reading again every 30 s instead');
    await waitForText(lastFrame, 'watch of pods is not allowed');
    expect(stops).toBe(0);
  });
});

describe('a list that reorders', () => {
  it('keeps the cursor on its pod when a re-read moves it, so Enter opens the pod that was selected', async () => {
    let order = ROWS;
    let change: (() => Promise<void>) | undefined;
    const connection: Connection = {
      ...recordingConnection([], []),
      scan: async () => order,
      follow: ({ read }) => {
        change = read;
        return { stop: () => undefined };
      },
    };
    const { lastFrame, stdin } = renderApp(() => ({ kind: 'pods', connection }));
    await waitForText(lastFrame, 'cart-3');
    stdin.write(DOWN);
    await until(() => selectedRow(lastFrame()!) === 'shop/cart-2');
    order = [ROWS[1]!, ROWS[2]!, ROWS[0]!].map((r, i) => (i === 0 ? { ...r, restarts: r.restarts + 1 } : r));
    await change!();
    await waitForText(lastFrame, 'restarted just now');
    await until(() => selectedRow(lastFrame()!) === 'shop/cart-2');
    expect(selectedRow(lastFrame()!)).toBe('shop/cart-2');
  });
});

describe('--mode suggest', () => {
  it('shows a changing command whole to run yourself, and never asks to run it', async () => {
    const session = walkingSession(2);
    const { lastFrame, stdin } = renderPod(session, false, true);
    await waitForText(lastFrame, 'Read the exit code');
    stdin.write('\t');
    stdin.write('\t');
    stdin.write(DOWN);
    await waitForText(lastFrame, /› Start a copy that stays up/);
    stdin.write('r');
    const frame = await waitForText(lastFrame, 'Run this yourself');
    expect(frame).toContain('$ kubectl --context kind-dev -n shop create -f -');
    expect(frame).not.toMatch(/Type y|to run it/);
    expect(session.sent.filter((e) => e.type === 'RUN')).toEqual([]);
  });
});

describe('a context that cannot be reached', () => {
  it('shows the error with a way back to the contexts, and quitting without opening anything exits 1', async () => {
    const backend = {
      contexts: async () => ({ current: 'broken', names: ['broken', 'kind-dev'] }),
      connect: async (name: string): Promise<Connection> => {
        if (name === 'broken') throw new Error('cannot reach https://127.0.0.1:1: connection refused');
        return recordingConnection([], []);
      },
    };
    const { lastFrame, stdin, recorded } = renderApp(() => ({ kind: 'picker' }), backend);
    await waitForText(lastFrame, 'Choose a kubeconfig context');
    stdin.write(ENTER);
    const failed = await waitForText(lastFrame, 'connection refused');
    expect(failed).toContain('Esc: back to the contexts');
    stdin.write(ESC);
    await waitForText(lastFrame, 'Choose a kubeconfig context');
    stdin.write('q');
    await until(() => recorded.exits.length > 0);
    expect(recorded.exits[0]?.code).toBe(1);
  });

  it('exits 0 when a list was opened before quitting', async () => {
    const { lastFrame, stdin, recorded } = renderApp(() => ({ kind: 'pods', connection: recordingConnection([], []) }));
    await waitForText(lastFrame, 'cart-3');
    stdin.write('q');
    await until(() => recorded.exits.length > 0);
    expect(recorded.exits[0]?.code).toBe(0);
  });
});
