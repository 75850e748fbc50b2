import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScanRow } from '../../src/contracts/scan-row.js';
import { ENTER, STEPS, waitForText, walkingSession } from './helpers.js';
import { fakeConnection, renderApp } from './render-app.js';

afterEach(cleanup);

const ROW: ScanRow = { pod: 'shop/cart-7d9f8', namespace: 'shop', name: 'cart-7d9f8', container: 'app', cause: 'oom-killed', summary: 'OOMKilled', restarts: 7, status: 'CrashLoopBackOff', ready: '1/2', exitCode: 137, age: '3h', severity: 9 };

describe('Enter', () => {
  it('pressed 30 times from the pod list only opens, continues and shows the report: no RUN, no CONFIRM', async () => {
    const session = walkingSession();
    const { lastFrame, stdin } = renderApp((rec) => ({ kind: 'pods', connection: fakeConnection([ROW], () => session, rec) }));
    await waitForText(lastFrame, 'cart-7d9f8');
    for (let i = 0; i < 30; i++) stdin.write(ENTER);
    await waitForText(lastFrame, 'Cause: oom-killed');
    await waitForText(lastFrame, 'end of the walk');
    expect(session.sent.every((e) => e.type === 'NEXT')).toBe(true);
    expect(session.sent.length).toBe(STEPS.length - 1);
  });

  it('never confirms a pending command that would create something', async () => {
    const session = walkingSession(2);
    const { lastFrame, stdin } = renderApp((rec) => ({ kind: 'pod', connection: fakeConnection([], () => session, rec), namespace: 'shop', name: 'cart-7d9f8' }));
    await waitForText(lastFrame, 'Read the exit code');
    session.push({ pendingConfirmation: STEPS[2]!.plans[1]! });
    await waitForText(lastFrame, 'This creates something in the cluster');
    for (let i = 0; i < 30; i++) stdin.write(ENTER);
    await waitForText(lastFrame, 'Enter alone never confirms');
    expect(session.sent).toEqual([]);
  });
});

describe('a burst of Enters in one read', () => {
  it('is taken as that many Enter presses, each on the screen the previous one left', async () => {
    const session = walkingSession();
    const { lastFrame, stdin } = renderApp((rec) => ({ kind: 'pods', connection: fakeConnection([ROW], () => session, rec) }));
    await waitForText(lastFrame, 'cart-7d9f8');
    stdin.write('\r'.repeat(30));
    await waitForText(lastFrame, 'end of the walk');
    expect(session.sent).toEqual([{ type: 'NEXT' }, { type: 'NEXT' }, { type: 'NEXT' }]);
  });
});

describe('text typed fast and Enter in one read', () => {
  it('filters with the text and then acts on the Enter', async () => {
    const rows: ScanRow[] = [ROW, { ...ROW, pod: 'web/front-1', namespace: 'web', name: 'front-1', cause: 'port-in-use', summary: 'port 8080 in use' }];
    const { lastFrame, stdin, recorded } = renderApp((rec) => ({ kind: 'pods', connection: fakeConnection(rows, () => walkingSession(), rec) }));
    await waitForText(lastFrame, 'front-1');
    stdin.write('/');
    stdin.write('front\r\r');
    await waitForText(lastFrame, 'Read the events');
    expect(recorded.opened).toEqual(['web/front-1']);
  });
});
