import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/session/index.js';
import { restartNotice, restartNoticeRef } from '../../src/session/follow-pod.js';
import { createTranslator, localMessage } from '../../src/i18n/index.js';
import { englishRuns } from '../support/english-runs.js';
import type { Evidence } from '../../src/contracts/evidence.js';
import { evidence as baseEvidence } from '../ui/helpers.js';

const withRestarts = (n: number): Evidence => {
  const e = baseEvidence();
  const statuses = (e.pod.status?.containerStatuses ?? []).map((s, i) => (i === 0 ? { ...s, restartCount: n } : s));
  return { ...e, pod: { ...e.pod, status: { ...e.pod.status, containerStatuses: statuses } } } as Evidence;
};

describe('following the pod', () => {
  it('puts a restart seen between two reads into words', () => {
    const name = withRestarts(7).pod.status!.containerStatuses![0]!.name;
    expect(restartNotice(withRestarts(7), withRestarts(8))).toBe(`${name} restarted while you read (7 → 8): the evidence is read again`);
    expect(restartNotice(withRestarts(8), withRestarts(8))).toBeUndefined();
  });
});

describe('a walked session', () => {
  it('reads the pod again, announces a restart, keeps the step, and says when a re-read fails', async () => {
    const { loadBuiltinFlows } = await import('../../src/flow/index.js');
    const { diagnosisOf, typicalWorld } = await import('../flow/diagnoses.js');
    const { fakeRunner, waitFor } = await import('./fakes.js');
    const reads = [withRestarts(7), withRestarts(8)];
    let n = 0;
    const session = createSession({
      pod: 'shop/cart-7d9f8',
      target: { context: 'kind-dev', namespace: 'shop' },
      gather: async () => {
        const next = reads[n++];
        if (!next) throw new Error('connection refused');
        return next;
      },
      diagnose: () => diagnosisOf(typicalWorld('oom-killed'), 'shop/cart-7d9f8'),
      runner: fakeRunner(),
      flows: await loadBuiltinFlows(),
      followMs: 20,
    });
    try {
      const first = await waitFor(session, (s) => s.phase === 'walking', 'walking');
      const restarted = await waitFor(session, (s) => s.notice?.includes('(7 → 8)') === true, 'the restart notice');
      expect(restarted.step?.id).toBe(first.step?.id);
      expect(restarted.evidence?.pod.status?.containerStatuses?.[0]?.restartCount).toBe(8);
      const failed = await waitFor(session, (s) => s.notice?.startsWith('could not read the pod again') === true, 'the failed re-read');
      expect(failed.evidence?.pod.status?.containerStatuses?.[0]?.restartCount).toBe(8);
      // The same notices as data, for the screen to word in the reader's language.
      expect(restarted.noticeSaid).toEqual({ kind: 'restarted', restarts: [{ container: expect.any(String), from: 7, to: 8 }] });
      expect(failed.noticeSaid).toEqual({ kind: 'reread-failed', error: 'connection refused' });
    } finally {
      session.stop();
    }
  });
});

describe('a walked session that follows a watch', () => {
  it('reads the pod again when the watch reports a change, not on a timer, and stops the watch with the session', async () => {
    const { loadBuiltinFlows } = await import('../../src/flow/index.js');
    const { diagnosisOf, typicalWorld } = await import('../flow/diagnoses.js');
    const { fakeRunner, waitFor } = await import('./fakes.js');
    const reads = [withRestarts(7), withRestarts(9)];
    let n = 0;
    let change: (() => Promise<void>) | undefined;
    let stopped = false;
    const session = createSession({
      pod: 'shop/cart-7d9f8',
      target: { context: 'kind-dev', namespace: 'shop' },
      gather: async () => reads[Math.min(n++, reads.length - 1)]!,
      diagnose: () => diagnosisOf(typicalWorld('oom-killed'), 'shop/cart-7d9f8'),
      runner: fakeRunner(),
      flows: await loadBuiltinFlows(),
      follow: (read) => {
        change = read;
        return { stop: () => void (stopped = true) };
      },
    });
    await waitFor(session, (s) => s.phase === 'walking', 'walking');
    expect(n).toBe(1);
    await change!();
    const restarted = await waitFor(session, (s) => s.notice?.includes('(7 → 9)') === true, 'the restart notice');
    expect(restarted.evidence?.pod.status?.containerStatuses?.[0]?.restartCount).toBe(9);
    session.stop();
    expect(stopped).toBe(true);
  });
});

describe('the restart notice in the reader\'s language', () => {
  it('is a notice.restarted message that says in English exactly the notice, and in zh-CN and ja no English', () => {
    const english = restartNotice(withRestarts(7), withRestarts(8))!;
    const ref = restartNoticeRef(withRestarts(7), withRestarts(8))!;
    expect(localMessage({ message: english, ref }, createTranslator('en'))).toBe(english);
    for (const locale of ['zh-CN', 'ja'] as const) {
      const said = localMessage({ message: english, ref }, createTranslator(locale));
      expect(said).toContain('7 → 8');
      expect(englishRuns(said)).toEqual([]);
    }
    expect(restartNoticeRef(withRestarts(8), withRestarts(8))).toBeUndefined();
  });
});
