import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { DOWN, ENTER, ESC, FakeSession, snapshotAt, TAB, until, waitForText, walkingSession } from './helpers.js';
import { renderPod } from './render-app.js';

afterEach(cleanup);

describe('the step screen', () => {
  it('shows the step title, the explanation, the events with the warning and the exact kubectl command', async () => {
    const { lastFrame } = renderPod(walkingSession());
    const frame = await waitForText(lastFrame, 'Read the events');
    expect(frame).toContain('Events say what the kubelet did');
    expect(frame).toContain('BackOff');
    expect(frame).toContain('(x31) Back-off restarting failed container app');
    expect(frame).toContain('$ kubectl --context kind-dev -n shop describe pod cart-7d9f8');
  });

  it('sends NEXT on Enter and shows the next step with its breadcrumb', async () => {
    const session = walkingSession();
    const { lastFrame, stdin } = renderPod(session);
    await waitForText(lastFrame, 'Read the events');
    stdin.write(ENTER);
    const frame = await waitForText(lastFrame, 'Read the previous logs');
    expect(session.sent).toEqual([{ type: 'NEXT' }]);
    expect(frame).toContain('Read the events › Read the previous logs');
    expect(frame).toContain('WARN cache size 240Mi, still loading');
  });

  it('chooses an explicit choice with ↓ then Enter', async () => {
    const session = walkingSession();
    const { lastFrame, stdin } = renderPod(session);
    await waitForText(lastFrame, 'Look inside the container');
    stdin.write(DOWN);
    await waitForText(lastFrame, '› Look inside the container');
    stdin.write(ENTER);
    await until(() => session.sent.length > 0);
    expect(session.sent).toEqual([{ type: 'CHOOSE', choice: 'look-inside' }]);
  });

  it('goes back with Esc and with b', async () => {
    const session = walkingSession(2);
    const { lastFrame, stdin } = renderPod(session);
    await waitForText(lastFrame, 'Read the exit code');
    stdin.write(ESC);
    await waitForText(lastFrame, 'The previous run is the one that crashed.');
    stdin.write('b');
    await waitForText(lastFrame, 'Events say what the kubelet did');
    expect(session.sent).toEqual([{ type: 'BACK' }, { type: 'BACK' }]);
  });

  it('shows the exit code with its signal and meaning', async () => {
    const { lastFrame } = renderPod(walkingSession(2));
    const frame = await waitForText(lastFrame, 'exit code 137 (SIGKILL)');
    expect(frame).toContain('reason OOMKilled');
    expect(frame).toContain('killed by the kernel OOM killer');
  });

  it('copies the selected command with c and runs it with r', async () => {
    const session = walkingSession();
    const { lastFrame, stdin, recorded } = renderPod(session);
    await waitForText(lastFrame, 'Read the events');
    stdin.write(TAB);
    stdin.write(TAB);
    stdin.write(DOWN);
    await waitForText(lastFrame, 'involvedObject.name=cart-7d9f8');
    stdin.write('c');
    await waitForText(lastFrame, 'copied to the clipboard');
    expect(recorded.copied).toEqual(['kubectl --context kind-dev -n shop get events --field-selector involvedObject.name=cart-7d9f8']);
    stdin.write('r');
    await until(() => session.sent.length > 0);
    expect(session.sent).toEqual([{ type: 'RUN', plan: 'get-events' }]);
    session.push({ runs: [{ planId: 'get-events', argv: ['kubectl', 'get', 'events'], startedAt: 0, durationMs: 5, exitCode: 0, output: 'LAST SEEN   TYPE      REASON\n20s   Warning   BackOff\n', outcome: 'ran' }] });
    await waitForText(lastFrame, '20s   Warning   BackOff');
  });

  it('opens command output at its end, wrapped, and scrolls it with PgUp and ↑', async () => {
    const session = walkingSession();
    const { lastFrame, stdin } = renderPod(session);
    await waitForText(lastFrame, 'Read the events');
    stdin.write('r');
    await until(() => session.sent.length > 0);
    const output = Array.from({ length: 60 }, (_, i) => `line ${i + 1}`).join('\n') + `\n${'x'.repeat(150)}END\n`;
    session.push({ runs: [{ planId: 'describe-pod', argv: ['kubectl', 'describe', 'pod', 'cart-7d9f8'], startedAt: 0, durationMs: 5, exitCode: 0, output, outcome: 'ran' }] });
    const end = await waitForText(lastFrame, 'xEND');
    expect(end).not.toMatch(/^line 1$/m);
    // Enough pages to reach the top from the end at any window height the layout leaves.
    for (let i = 0; i < 20; i++) stdin.write('\u001B[5~');
    const top = await waitForText(lastFrame, /^line 1$/m);
    expect(top).not.toContain('xEND');
    // 61 lines, the last one longer than the width and wrapped onto a second row rather than cut.
    expect(Number(/rows 1–\d+ of (\d+)/.exec(top)?.[1])).toBeGreaterThan(61);
  });

  it('hides commands that change the cluster in read-only mode', async () => {
    const { lastFrame, stdin } = renderPod(walkingSession(2), true);
    const frame = await waitForText(lastFrame, 'Read the exit code');
    expect(frame).toContain('read-only: changing commands hidden');
    stdin.write(TAB);
    stdin.write(TAB);
    stdin.write(DOWN);
    await waitForText(lastFrame, '▶ Commands');
    expect(lastFrame()).not.toContain('Start a copy that stays up');
  });

  it('shows the help overlay with the keymap on ?, and closes it on any key', async () => {
    const { lastFrame, stdin } = renderPod(walkingSession());
    await waitForText(lastFrame, 'Read the events');
    stdin.write('?');
    const frame = await waitForText(lastFrame, 'Keys');
    expect(frame).toContain('Enter never creates or changes anything');
    expect(frame).toMatch(/l\s+log viewer/);
    expect(frame).toMatch(/Esc b\s+back/);
    stdin.write('x');
    await waitForText(lastFrame, 'Events say what the kubelet did');
  });

  it('shows a spinner while the evidence is read, then an error panel with what to do', async () => {
    const session = new FakeSession({ ...snapshotAt(0), phase: 'gathering', evidence: undefined, diagnosis: undefined, step: undefined, breadcrumb: [] });
    const { lastFrame } = renderPod(session);
    await waitForText(lastFrame, 'Reading shop/cart-7d9f8');
    session.push({ phase: 'error', error: 'cannot read pod shop/cart-7d9f8: forbidden: User "dev" cannot get resource "pods"' });
    const frame = await waitForText(lastFrame, 'Could not triage');
    expect(frame).toContain('forbidden');
    expect(frame).toContain('What to do');
    expect(frame).not.toMatch(/at .*\.js:\d+/);
  });

  it('never lets escape sequences from an event message reach the screen', async () => {
    const base = snapshotAt(0);
    const evil = { ...base.evidence!.events[2]!, message: 'boom \u001B]52;c;ZWNobyBwd25lZA==\u0007 \u001B[2J cleared?' };
    const session = new FakeSession({ ...base, evidence: { ...base.evidence!, events: [evil] } });
    const { lastFrame } = renderPod(session);
    const frame = await waitForText(lastFrame, 'boom');
    expect(frame).toContain('cleared?');
    expect(frame).not.toContain(']52;');
    expect(frame).not.toContain('\u001B[2J');
  });

  it('cuts a long explanation to fit and shows all of it with e', async () => {
    const long = Array.from({ length: 12 }, (_, i) => `Sentence ${i + 1} explains one more thing a learner should know about this step.`).join(' ');
    const base = snapshotAt(0);
    const session = new FakeSession({ ...base, step: { ...base.step!, explain: long } });
    const { lastFrame, stdin } = renderPod(session);
    const frame = await waitForText(lastFrame, 'e: read the whole explanation');
    expect(frame).not.toContain('Sentence 12');
    expect(frame).toContain('BackOff');
    stdin.write('e');
    const all = await waitForText(lastFrame, 'Sentence 12 explains');
    expect(all).toContain('e: back to the evidence');
    stdin.write('e');
    await waitForText(lastFrame, 'BackOff');
  });
});
