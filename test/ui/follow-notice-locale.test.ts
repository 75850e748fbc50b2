// The notice the wizard shows while it follows a pod (a restart seen while reading, a re-read that failed) is in
// the reader's language; the English the session keeps (`notice`) is the same words as before.
import { describe, expect, it } from 'vitest';
import type { FollowNotice } from '../../src/contracts/session.js';
import { clusterError, createTranslator } from '../../src/i18n/index.js';
import { noticeText, rereadFailed } from '../../src/session/follow-pod.js';
import { followNoticeText } from '../../src/ui/format/follow-notice.js';
import { englishRuns } from '../support/english-runs.js';

const restarted: FollowNotice = { kind: 'restarted', restarts: [{ container: 'app', from: 7, to: 8 }, { container: 'log-shipper', from: 1, to: 3 }] };
const unreachable = rereadFailed(clusterError('unreachable', 'fail.cluster.unreachable', { server: 'https://127.0.0.1:6443', code: 'ECONNREFUSED', detail: '' }));
const plain = rereadFailed(new Error('socket hang up'));

describe('the follow notice', () => {
  it('says in English what it said before', () => {
    expect(followNoticeText(restarted)).toBe('app restarted while you read (7 → 8); log-shipper restarted while you read (1 → 3): the evidence is read again');
    expect(followNoticeText(restarted)).toBe(noticeText(restarted));
    expect(followNoticeText(unreachable)).toBe('could not read the pod again (cannot reach the cluster at https://127.0.0.1:6443: connection refused); showing what was read before');
    expect(followNoticeText(plain)).toBe(noticeText(plain));
  });

  it.each(['zh-CN', 'ja'] as const)('is worded in %s with the names, counts and server', (locale) => {
    const t = createTranslator(locale);
    const r = followNoticeText(restarted, t);
    for (const v of ['app', 'log-shipper', '7 → 8', '1 → 3']) expect(r).toContain(v);
    const u = followNoticeText(unreachable, t);
    expect(u).toContain('https://127.0.0.1:6443');
    for (const s of [r, u, followNoticeText(plain, t).replace('socket hang up', '')]) expect(englishRuns(s), s).toEqual([]);
  });
});
