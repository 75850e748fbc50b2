// A log is untrusted input: a pathological line must not make the scan hang.
import { describe, expect, it } from 'vitest';
import { scanExcerpt } from '../../src/analysis/log-scan.js';
import { log } from './support/evidence.js';

describe('scanning an adversarial log', () => {
  it('still finds the decisive line after a very long line that repeats a pattern prefix', () => {
    const text = `${'environment variable '.repeat(20000)}\nFATAL: connection refused by db:5432\n`;
    const hits = scanExcerpt(log('app', 'previous', text)).map((h) => h.pattern.id);
    expect(hits).toContain('log-connection-refused');
  });

  it('clips what it quotes from a very long line', () => {
    const hit = scanExcerpt(log('app', 'previous', `ERROR ${'x'.repeat(100000)} connection refused\n`)).find((h) => h.pattern.id === 'log-connection-refused')!;
    expect(hit.quote.text.length).toBeLessThan(400);
  });
});
