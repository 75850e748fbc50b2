import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { diagnosis, ENTER, ESC, evidence, FakeSession, snapshotAt, STEPS, TAB, until, waitFor, waitForText, walkingSession } from './helpers.js';
import { renderPod } from './render-app.js';

afterEach(cleanup);

describe('the log viewer', () => {
  it('opens on the previous run with l, switches to current with p and says it is the same run', async () => {
    const { lastFrame, stdin } = renderPod(walkingSession());
    await waitForText(lastFrame, 'Read the events');
    stdin.write('l');
    const frame = await waitForText(lastFrame, 'Logs · app · previous run');
    expect(frame).toContain('INFO loaded 1200000 items');
    stdin.write('p');
    const current = await waitForText(lastFrame, 'Logs · app · current run');
    expect(current).toContain('the kubelet serves the crashed run as both');
  });

  it('switches container with Tab', async () => {
    const { lastFrame, stdin } = renderPod(walkingSession());
    await waitForText(lastFrame, 'Read the events');
    stdin.write('l');
    await waitForText(lastFrame, 'Logs · app');
    stdin.write('p');
    await waitForText(lastFrame, 'current run');
    stdin.write(TAB);
    const frame = await waitForText(lastFrame, 'Logs · istio-proxy · current run');
    expect(frame).toContain('envoy proxy ready');
  });

  it('searches with / and moves between matches with n', async () => {
    const many = Array.from({ length: 200 }, (_, i) => (i % 50 === 7 ? `line ${i} ERROR disk full` : `line ${i} ok`)).join('\n');
    const base = snapshotAt(0);
    const session = new FakeSession({ ...base, evidence: evidence({ logs: [{ container: 'app', init: false, kind: 'previous', text: many, truncated: true }] }) });
    const { lastFrame, stdin } = renderPod(session);
    await waitForText(lastFrame, 'Read the events');
    stdin.write('l');
    await waitForText(lastFrame, 'of 200');
    stdin.write('/');
    stdin.write('error');
    stdin.write(ENTER);
    const first = await waitForText(lastFrame, 'match 1 of 4');
    expect(first).toContain('line 7 ERROR disk full');
    stdin.write('n');
    const second = await waitForText(lastFrame, 'match 2 of 4');
    expect(second).toContain('line 57 ERROR disk full');
  });

  it('in wrap mode reaches the last lines, pages with PgDn, and keeps a search match on screen', async () => {
    const long = (i: number) => `line ${i} ${'word '.repeat(40)}tail-${i}`;
    const many = Array.from({ length: 120 }, (_, i) => (i === 60 ? 'line 60 FATAL cannot open /data/db.lock' : long(i))).join('\n');
    const session = new FakeSession({ ...snapshotAt(0), evidence: evidence({ logs: [{ container: 'app', init: false, kind: 'previous', text: many, truncated: false }] }) });
    const { lastFrame, stdin } = renderPod(session);
    await waitForText(lastFrame, 'Read the events');
    stdin.write('l');
    await waitForText(lastFrame, 'of 120');
    stdin.write('w');
    // The first wrapped frame opens at the end: the last line whole, its tail included.
    const wrapped = await waitForText(lastFrame, 'wrapped (w)');
    expect(wrapped).toContain('tail-119');
    expect(wrapped).toMatch(/–120 of 120/);
    stdin.write('\u001B[H'); // Home
    const top = await waitForText(lastFrame, /lines 1–/);
    expect(top).toContain('tail-0');
    stdin.write('\u001B[6~'); // PgDn
    const paged = await waitFor(lastFrame, (f) => !/lines 1–/.test(f) && /lines \d+–/.test(f));
    expect(paged).not.toContain('tail-0');
    stdin.write('/');
    stdin.write('fatal');
    stdin.write(ENTER);
    const found = await waitForText(lastFrame, 'match 1 of 1');
    expect(found).toContain('line 60 FATAL cannot open /data/db.lock');
    stdin.write('\u001B[F'); // End
    const end = await waitForText(lastFrame, /–120 of 120/);
    expect(end).toContain('tail-119');
  });

  it('goes back to the step with Esc', async () => {
    const { lastFrame, stdin } = renderPod(walkingSession());
    await waitForText(lastFrame, 'Read the events');
    stdin.write('l');
    await waitForText(lastFrame, 'Logs · app');
    stdin.write(ESC);
    await waitForText(lastFrame, 'Events say what the kubelet did');
  });
});

describe('the restart timeline, resources and describe views', () => {
  it('draws the back-off per restart and counts down to the next start', async () => {
    const { lastFrame, stdin } = renderPod(walkingSession());
    await waitForText(lastFrame, 'Read the events');
    stdin.write('t');
    const frame = await waitForText(lastFrame, 'Restart timeline · app · 7 restarts');
    expect(frame).toMatch(/1\s+10s\s+█/);
    expect(frame).toMatch(/7\s+5m\s+█+ cap/);
    expect(frame).toContain('next start in 3m');
    expect(frame).toContain('current back-off 5m');
    expect(frame).toContain('last run: exit 137 OOMKilled');
  });

  it('shows limits and requests without metrics, and gauges with them', async () => {
    const base = snapshotAt(0);
    const session = new FakeSession(base);
    const { lastFrame, stdin } = renderPod(session);
    await waitForText(lastFrame, 'Read the events');
    stdin.write('u');
    const frame = await waitForText(lastFrame, 'limits and requests only');
    expect(frame).toMatch(/app\s+memory request 128Mi limit 256Mi\s+cpu request 100m limit 500m\s+last: OOMKilled/);
    expect(frame).toContain('liveness');
    session.push({ evidence: evidence({ metrics: { containers: [{ name: 'app', memory: '240Mi', cpu: '50m' }] } }) });
    const gauges = await waitForText(lastFrame, '240Mi / 256Mi (94%)');
    expect(gauges).toContain('50m / 500m (10%)');
  });

  it('shows a describe-equivalent view with d', async () => {
    const { lastFrame, stdin } = renderPod(walkingSession());
    await waitForText(lastFrame, 'Read the events');
    stdin.write('d');
    const frame = await waitForText(lastFrame, 'Name:         cart-7d9f8');
    expect(frame).toMatch(/Describe\s+\$ kubectl --context kind-dev -n shop describe pod cart-7d9f8/);
    expect(frame).toContain('Reason: CrashLoopBackOff');
    stdin.write('\u001B[6~');
    await waitForText(lastFrame, 'Exit Code: 137');
  });
});

describe('the report', () => {
  it('opens from the terminal step with Enter and names the cause, the evidence and the next steps', async () => {
    const { lastFrame, stdin } = renderPod(walkingSession(3));
    await waitForText(lastFrame, 'Result: oom-killed (The container runs out of memory)');
    stdin.write(ENTER);
    const frame = await waitForText(lastFrame, 'Cause: oom-killed: The container runs out of memory');
    expect(frame).toContain('confidence confirmed · container app · exit code 137 (SIGKILL) · 7 restarts');
    expect(frame).toContain('reason OOMKilled, exit code 137');
    expect(frame).toContain('$ kubectl --context kind-dev -n shop top pod cart-7d9f8 --containers');
  });

  it('saves Markdown with s and JSON with j and shows the path', async () => {
    const { lastFrame, stdin, recorded } = renderPod(walkingSession(3));
    await waitForText(lastFrame, 'Result: oom-killed');
    stdin.write('f');
    await waitForText(lastFrame, 'Cause: oom-killed');
    stdin.write('s');
    await waitForText(lastFrame, 'saved /tmp/crashcourse-cart-7d9f8.md');
    stdin.write('j');
    await waitForText(lastFrame, 'saved /tmp/crashcourse-cart-7d9f8.json');
    expect(recorded.saved.map((s) => s.format)).toEqual(['markdown', 'json']);
    expect(recorded.saved[0]!.snapshot.diagnosis).toBe(diagnosis);
  });
});

describe('the confirmation panel', () => {
  const pending = () => {
    const session = new FakeSession(snapshotAt(2), (event, s) => {
      if (event.type === 'RUN') s.push({ pendingConfirmation: STEPS[2]!.plans[1]! });
      if (event.type === 'CONFIRM') {
        s.push({
          pendingConfirmation: undefined,
          runs: event.yes ? [{ planId: 'override-copy', argv: ['kubectl', 'create', '-f', '-'], startedAt: 0, durationMs: 9, exitCode: 0, output: 'pod/cart-7d9f8-crashcourse-ab12c created\n', outcome: 'ran' }] : [],
        });
      }
    });
    return session;
  };

  it('shows the exact command and manifest; Enter alone never confirms; after y the step shows what ran', async () => {
    const session = pending();
    const { lastFrame, stdin } = renderPod(session);
    await waitForText(lastFrame, 'Read the exit code');
    stdin.write(TAB);
    stdin.write(TAB);
    stdin.write('\u001B[B');
    await waitForText(lastFrame, '› Start a copy that stays up');
    stdin.write('r');
    const frame = await waitForText(lastFrame, 'This creates something in the cluster');
    expect(frame).toContain('$ kubectl --context kind-dev -n shop create -f -');
    expect(frame).toContain('name: cart-7d9f8-crashcourse-ab12c');
    expect(frame).toContain('undo: kubectl --context kind-dev -n shop delete pod cart-7d9f8-crashcourse-ab12c');
    for (let i = 0; i < 5; i++) stdin.write(ENTER);
    await waitForText(lastFrame, 'Enter alone never confirms');
    expect(session.sent.filter((e) => e.type === 'CONFIRM')).toEqual([]);
    stdin.write('y');
    stdin.write(ENTER);
    await until(() => session.sent.some((e) => e.type === 'CONFIRM'));
    expect(session.sent.filter((e) => e.type === 'CONFIRM')).toEqual([{ type: 'CONFIRM', yes: true }]);
    const after = await waitForText(lastFrame, 'pod/cart-7d9f8-crashcourse-ab12c created');
    expect(after).toContain('› Start a copy that stays up');
  });

  it('declines with Esc', async () => {
    const session = new FakeSession({ ...snapshotAt(2), pendingConfirmation: STEPS[2]!.plans[1]! });
    const { lastFrame, stdin } = renderPod(session);
    await waitForText(lastFrame, 'This creates something in the cluster');
    stdin.write(ESC);
    await until(() => session.sent.length > 0);
    expect(session.sent).toEqual([{ type: 'CONFIRM', yes: false }]);
  });
});

describe('quitting', () => {
  const created = [{ kind: 'Pod' as const, namespace: 'shop', name: 'cart-7d9f8-crashcourse-ab12c', cleanup: ['kubectl', '-n', 'shop', 'delete', 'pod', 'cart-7d9f8-crashcourse-ab12c'], cleanedUp: false }];

  it('quits at once with status 0 when nothing was created', async () => {
    const session = walkingSession();
    const { lastFrame, stdin, recorded } = renderPod(session);
    await waitForText(lastFrame, 'Read the events');
    stdin.write('q');
    await until(() => recorded.exits.length > 0);
    expect(recorded.exits[0]).toEqual({ code: 0, leftovers: [] });
    expect(session.stopped).toBe(true);
  });

  it('asks first when a copy is still in the cluster, and keeps it on k', async () => {
    const session = new FakeSession(snapshotAt(2, { created }));
    const { lastFrame, stdin, recorded } = renderPod(session);
    await waitForText(lastFrame, 'Read the exit code');
    stdin.write('q');
    const frame = await waitForText(lastFrame, 'has not cleaned up yet');
    expect(frame).toContain('Pod shop/cart-7d9f8-crashcourse-ab12c');
    expect(recorded.exits).toEqual([]);
    stdin.write('k');
    await until(() => recorded.exits.length > 0);
    expect(recorded.exits[0]!.leftovers).toEqual([{ name: 'pod shop/cart-7d9f8-crashcourse-ab12c', undo: created[0]!.cleanup }]);
  });

  it('cleans up through the session on c, then quits', async () => {
    const session = new FakeSession(snapshotAt(2, { created }), (event, s) => {
      if (event.type === 'QUIT') s.push({ created: [{ ...created[0]!, cleanedUp: true }], phase: 'done' });
    });
    const { lastFrame, stdin, recorded } = renderPod(session);
    await waitForText(lastFrame, 'Read the exit code');
    stdin.write('q');
    await waitForText(lastFrame, 'clean up and quit');
    stdin.write('c');
    await until(() => recorded.exits.length > 0);
    expect(session.sent).toEqual([{ type: 'QUIT' }]);
    expect(recorded.exits[0]).toEqual({ code: 0, leftovers: [] });
  });
});
