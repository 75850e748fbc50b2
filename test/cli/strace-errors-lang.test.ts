// `strace`'s refusals in the reader's language: the one-line error, exit 2, before anything is read; the English
// one as it was. (The other strace errors need a cluster; their messages are checked in test/syscalls/syscall-words.)
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { createTranslator } from '../../src/i18n/index.js';
import { captureOutput } from '../support/capture-output.js';
import { englishRuns } from '../support/english-runs.js';

afterEach(() => vi.restoreAllMocks());

describe('strace refusals', () => {
  it('says in English that strace runs only in a copy, as before', async () => {
    const io = captureOutput();
    expect(await main(['strace', 'shop/cart-1'])).toBe(2);
    expect(io.err()).toBe('kubectl-crashcourse: strace runs only in an override copy: create one with `kubectl-crashcourse override POD`, then pass --copy NAME\n');
  });

  it.each(['zh-CN', 'ja'] as const)('%s: without a pod, or without a copy, says so in one line in that language', async (locale) => {
    const t = createTranslator(locale);
    for (const [argv, key] of [[['strace'], 'syscalls.err.needPod'], [['strace', 'shop/cart-1'], 'syscalls.err.needCopy']] as const) {
      vi.restoreAllMocks();
      const io = captureOutput();
      expect(await main([...argv, '--lang', locale])).toBe(2);
      expect(io.err()).toBe(`kubectl-crashcourse: ${t(key)}\n`);
      // The command and its options are code; the sentence around them is not English.
      expect(englishRuns(io.err().replace(/`[^`]*`/g, ' ').replace(/\bstrace\b|--copy|NAMESPACE\/POD|COPY|NAME/g, ' ')), io.err()).toEqual([]);
    }
  });
});
