import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/plans/override-diff.js';

describe('unifiedDiff', () => {
  it('shows removed and added lines with context in one hunk', () => {
    const a = ['a', 'b', 'c', 'd', 'e'].join('\n');
    const b = ['a', 'b', 'C', 'd', 'e', 'f'].join('\n');
    const d = unifiedDiff(a, b, { from: 'old', to: 'new' });
    expect(d.split('\n')).toEqual(['--- old', '+++ new', '@@ -1,5 +1,6 @@', ' a', ' b', '-c', '+C', ' d', ' e', '+f']);
  });

  it('prints only headers when nothing changed', () => {
    expect(unifiedDiff('x\ny', 'x\ny', { from: 'a', to: 'b' })).toBe('--- a\n+++ b');
  });
});
