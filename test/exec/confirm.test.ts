import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { confirmTyped } from '../../src/exec/confirm.js';

async function answer(typed: string | null): Promise<{ yes: boolean; shown: string }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = '';
  output.on('data', (c: Buffer) => (shown += c.toString()));
  const pending = confirmTyped('Create pod x?', { input, output });
  // A person answers after reading the question: wait until it is shown.
  while (!shown.includes('Type "yes"')) await new Promise((r) => setTimeout(r, 5));
  if (typed === null) input.end();
  else input.write(typed);
  return { yes: await pending, shown };
}

describe('confirmTyped', () => {
  it('agrees only to the typed word yes', async () => {
    expect((await answer('yes\n')).yes).toBe(true);
    expect((await answer('  yes  \n')).yes).toBe(true);
  });

  it.each([['Enter alone', '\n'], ['y', 'y\n'], ['YES shouted', 'YES\n'], ['no', 'no\n']])('treats %s as a no', async (_label, typed) => {
    expect((await answer(typed)).yes).toBe(false);
  });

  it('treats the end of input as a no, and shows the question first', async () => {
    const r = await answer(null);
    expect(r.yes).toBe(false);
    expect(r.shown).toContain('Create pod x? Type "yes" to continue');
  });
});
