import { describe, expect, it } from 'vitest';
import { createSuspender } from '../../src/ui/suspend.js';

describe('lending the terminal', () => {
  it('is suspended only while the borrowed program runs, leaves the screen before it and enters after, even when it fails', async () => {
    const trace: string[] = [];
    const s = createSuspender({ leave: () => trace.push('leave'), enter: () => trace.push('enter') });
    const seen: boolean[] = [];
    s.subscribe(() => seen.push(s.isSuspended()));
    const out = await s.run(async () => {
      trace.push(`run suspended=${s.isSuspended()}`);
      return 7;
    });
    expect(out).toBe(7);
    await expect(s.run(async () => { throw new Error('kubectl missing'); })).rejects.toThrow('kubectl missing');
    expect(trace).toEqual(['leave', 'run suspended=true', 'enter', 'leave', 'enter']);
    expect(seen).toEqual([true, false, true, false]);
    expect(s.isSuspended()).toBe(false);
  });
});
