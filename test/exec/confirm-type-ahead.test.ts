// A "yes" typed before the question was on the screen answered a question nobody had read yet: it must not count.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { confirmTyped } from '../../src/exec/confirm.js';

describe('typed confirmation', () => {
  it('ignores a yes that was typed before the prompt appeared', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = '';
    output.on('data', (c: Buffer) => (shown += c.toString()));
    input.write('yes\n');
    const answer = confirmTyped('Create the copy?', { input, output });
    setTimeout(() => input.end(), 600);
    expect(await answer).toBe(false);
    expect(shown).toMatch(/ignored what was typed before the question appeared/);
  });

  it('accepts a yes typed after the prompt', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    input.write('yes\n');
    const answer = confirmTyped('Create the copy?', { input, output });
    setTimeout(() => input.write('yes\n'), 600);
    expect(await answer).toBe(true);
  });
});
