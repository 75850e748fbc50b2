import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScanRow } from '../../src/contracts/scan-row.js';
import type { Connection } from '../../src/ui/backend.js';
import { DOWN, ENTER, ESC, until, waitForText, walkingSession } from './helpers.js';
import { fakeConnection, renderApp } from './render-app.js';

afterEach(cleanup);

const row = (ns: string, name: string, status: string, restarts: number, exitCode: number | null, cause: ScanRow['cause'], summary: string, severity: number): ScanRow => ({
  pod: `${ns}/${name}`, namespace: ns, name, container: 'app', cause, summary, restarts, status, ready: '0/1', exitCode, age: '3h', severity,
});

const ROWS: ScanRow[] = [
  row('shop', 'cart-7d9f8', 'CrashLoopBackOff', 7, 137, 'oom-killed', 'OOMKilled at its 256Mi limit', 9),
  row('payments', 'ledger-0', 'Init:CrashLoopBackOff', 4, 1, 'init-container', 'init container migrate exits 1', 8),
  row('default', 'web-5c6d', 'ImagePullBackOff', 0, null, 'image-pull', 'manifest unknown for web:v9', 5),
];

describe('the failing pods screen', () => {
  it('lists the failing pods with kubectl STATUS, restarts, exit code, age and cause', async () => {
    const { lastFrame } = renderApp((rec) => ({ kind: 'pods', connection: fakeConnection(ROWS, () => walkingSession(), rec) }));
    const frame = await waitForText(lastFrame, 'ledger-0');
    expect(frame).toContain('3 failing');
    expect(frame).toMatch(/shop\/cart-7d9f8\s+CrashLoopBackOff\s+7\s+137\s+3h\s+oom-killed/);
    expect(frame).toMatch(/payments\/ledger-0\s+Init:CrashLoopBackOff\s+4\s+1/);
    expect(frame).toMatch(/default\/web-5c6d\s+ImagePullBackOff\s+0\s+-/);
    expect(frame).toContain('OOMKilled at its 256Mi limit');
  });

  it('opens the selected pod on Enter', async () => {
    const { lastFrame, stdin, recorded } = renderApp((rec) => ({ kind: 'pods', connection: fakeConnection(ROWS, () => walkingSession(), rec) }));
    await waitForText(lastFrame, 'ledger-0');
    stdin.write(DOWN);
    await waitForText(lastFrame, 'init container migrate exits 1');
    stdin.write(ENTER);
    await waitForText(lastFrame, 'Read the events');
    expect(recorded.opened).toEqual(['payments/ledger-0']);
  });

  it('filters with / and opens the first match', async () => {
    const { lastFrame, stdin, recorded } = renderApp((rec) => ({ kind: 'pods', connection: fakeConnection(ROWS, () => walkingSession(), rec) }));
    await waitForText(lastFrame, 'ledger-0');
    stdin.write('/');
    stdin.write('image');
    const frame = await waitForText(lastFrame, '1 match "image"');
    expect(frame).not.toContain('cart-7d9f8');
    stdin.write(ENTER);
    await waitForText(lastFrame, /\/image(?!▏)/);
    stdin.write(ENTER);
    await until(() => recorded.opened.length > 0);
    expect(recorded.opened).toEqual(['default/web-5c6d']);
  });

  it('goes back from a pod to the list with Esc', async () => {
    const session = walkingSession();
    const { lastFrame, stdin } = renderApp((rec) => ({ kind: 'pods', connection: fakeConnection(ROWS, () => session, rec) }));
    await waitForText(lastFrame, 'ledger-0');
    stdin.write(ENTER);
    await waitForText(lastFrame, 'Read the events');
    stdin.write(ESC);
    await waitForText(lastFrame, 'Failing pods');
    expect(session.stopped).toBe(true);
  });

  it('shows progress while a large cluster is scanned, then the rows', async () => {
    let report: (n: number) => void = () => undefined;
    let finish: (rows: ScanRow[]) => void = () => undefined;
    const connection: Connection = {
      ...fakeConnection([], () => walkingSession()),
      scan: ({ onProgress }) => {
        report = onProgress;
        return new Promise((resolve) => (finish = resolve));
      },
    };
    const { lastFrame } = renderApp(() => ({ kind: 'pods', connection }));
    await waitForText(lastFrame, 'Scanning pods… 0 read so far');
    report(4500);
    await waitForText(lastFrame, 'Scanning pods… 4500 read so far');
    finish(ROWS);
    await waitForText(lastFrame, 'ledger-0');
  });

  it('shows the rows before their logs are read, says which causes wait for them, then fills them in', async () => {
    let early: (rows: readonly ScanRow[]) => void = () => undefined;
    let finish: (rows: ScanRow[]) => void = () => undefined;
    const connection: Connection = {
      ...fakeConnection([], () => walkingSession()),
      scan: ({ onRows }) => {
        early = onRows ?? early;
        return new Promise((resolve) => (finish = resolve));
      },
    };
    const { lastFrame } = renderApp(() => ({ kind: 'pods', connection }));
    await waitForText(lastFrame, 'Scanning pods');
    early(ROWS.map((r, i) => (i === 0 ? { ...r, pending: true as const } : r)));
    const partial = await waitForText(lastFrame, 'Reading the logs of 1 pods');
    expect(partial).toContain('3 failing');
    expect(partial).toMatch(/shop\/cart-7d9f8\s+CrashLoopBackOff\s+7\s+137\s+3h\s+reading logs…/);
    expect(partial).not.toContain('oom-killed');
    expect(partial).not.toContain('OOMKilled at its 256Mi limit');
    finish(ROWS);
    const done = await waitForText(lastFrame, 'OOMKilled at its 256Mi limit');
    expect(done).not.toContain('reading logs');
    expect(done).not.toContain('Reading the logs');
  });

  it('shows a failed scan as an error panel with what to do, and retries with r', async () => {
    let calls = 0;
    const connection: Connection = {
      ...fakeConnection([], () => walkingSession()),
      scan: async () => {
        calls++;
        if (calls === 1) throw new Error('cannot reach the cluster at https://10.0.0.1:6443: connection refused');
        return ROWS;
      },
    };
    const { lastFrame, stdin } = renderApp(() => ({ kind: 'pods', connection }));
    const frame = await waitForText(lastFrame, 'Could not list the pods');
    expect(frame).toContain('connection refused');
    expect(frame).toContain('r: try again');
    stdin.write('r');
    await waitForText(lastFrame, 'ledger-0');
  });

  it('says so when nothing is failing', async () => {
    const { lastFrame } = renderApp((rec) => ({ kind: 'pods', connection: fakeConnection([], () => walkingSession(), rec) }));
    await waitForText(lastFrame, 'No failing pods here');
  });

  it('quits with q and exit status 0', async () => {
    const { lastFrame, stdin, recorded } = renderApp((rec) => ({ kind: 'pods', connection: fakeConnection(ROWS, () => walkingSession(), rec) }));
    await waitForText(lastFrame, 'ledger-0');
    stdin.write('q');
    await until(() => recorded.exits.length > 0);
    expect(recorded.exits[0]).toEqual({ code: 0, leftovers: [] });
  });
});

describe('the context and namespace picker', () => {
  it('lists the contexts starting on the current one, then the namespaces, then scans the chosen one', async () => {
    const scanned: (string | undefined)[] = [];
    const { lastFrame, stdin } = renderApp(() => ({ kind: 'picker' }), {
      contexts: async () => ({ current: 'prod', names: ['dev', 'prod', 'staging'] }),
      connect: async (name) => ({
        ...fakeConnection(ROWS, () => walkingSession()),
        label: name,
        scan: async ({ namespace }) => {
          scanned.push(namespace);
          return ROWS;
        },
      }),
    });
    const frame = await waitForText(lastFrame, 'Choose a kubeconfig context');
    expect(frame).toContain('› prod');
    stdin.write(DOWN);
    await waitForText(lastFrame, '› staging');
    stdin.write(ENTER);
    await waitForText(lastFrame, 'Choose a namespace in staging');
    expect(lastFrame()).toContain('› (all namespaces)');
    stdin.write(DOWN);
    stdin.write(DOWN);
    await waitForText(lastFrame, '› shop');
    stdin.write(ENTER);
    await waitForText(lastFrame, 'namespace shop');
    await until(() => scanned.length > 0);
    expect(scanned).toEqual(['shop']);
  });

  it('shows a kubeconfig problem as a panel that points at --training', async () => {
    const { lastFrame } = renderApp(() => ({ kind: 'picker' }), {
      contexts: async () => {
        throw new Error('no kubeconfig found: set KUBECONFIG or use --kubeconfig');
      },
      connect: async () => {
        throw new Error('unused');
      },
    });
    const frame = await waitForText(lastFrame, 'Cannot open the wizard');
    expect(frame).toContain('no kubeconfig found');
    expect(frame).toContain('kubectl-crashcourse --training');
  });
});
