// The wizard's signal handler waits for guarded work (the in-process override, the copy's shell leg) to end,
// including work that starts while it waits, so their cleanup or delete command is never cut off.
import { describe, expect, it } from 'vitest';
import { guarded, untilGuardedSettle } from '../../src/cli/exit-guard.js';

const later = <T>(ms: number, value: T, fail = false): Promise<T> => new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error('x')) : res(value)), ms));

describe('exit guard', () => {
  it('settles at once when nothing runs', async () => {
    await expect(untilGuardedSettle()).resolves.toBeUndefined();
  });

  it('waits for running work, failed work and work started while waiting', async () => {
    const order: string[] = [];
    void guarded(later(30, 'a')).then(() => order.push('shell'));
    guarded(later(10, 'b', true)).catch(() => order.push('failed'));
    const waiting = untilGuardedSettle().then(() => order.push('exit'));
    setTimeout(() => void guarded(later(40, 'c')).then(() => order.push('cleanup')), 20);
    await waiting;
    expect(order).toEqual(['failed', 'shell', 'cleanup', 'exit']);
  });
});
