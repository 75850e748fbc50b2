import { describe, expect, it } from 'vitest';
import { sanitize, sanitizeDeep, sanitizeLine, UNSAFE } from '../../src/text/sanitize.js';

describe('an unterminated escape sequence cannot hide the lines after it', () => {
  it('ends an OSC hyperlink at the newline: the following log lines survive', () => {
    const log = 'starting\n\u001b]8;;http://x\nError: connect ECONNREFUSED 10.0.0.5:5432\nexiting\n';
    expect(sanitize(log)).toBe('starting\n\nError: connect ECONNREFUSED 10.0.0.5:5432\nexiting\n');
  });

  it('ends a DCS, PM and APC string at the newline too', () => {
    for (const intro of ['\u001bP', '\u001b^', '\u001b_', '\u0090']) {
      expect(sanitize(`a${intro}junk\nvisible`)).toBe('a\nvisible');
    }
  });

  it('still removes a title OSC terminated on the same line', () => {
    expect(sanitize('\u001b]2;owned\u0007ok')).toBe('ok');
  });
});

describe('one sanitiser for every kind of outside text', () => {
  it('drops C1 controls and every bidi override', () => {
    const all = 'x\u0085\u008d\u009a\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069y';
    expect(sanitize(all)).toBe('xy');
  });

  it('sanitizeLine also folds newlines and tabs so one value stays on one line', () => {
    expect(sanitizeLine('ctx\u001b]52;c;ZWNobyBoaQ==\u0007\nname\tx')).toBe('ctx name x');
  });

  it('sanitizeDeep cleans every string and key of a parsed answer, leaving numbers and booleans', () => {
    const answer = { metadata: { name: 'web\u202e' }, status: { reason: 'Crash\u001b]2;t\u0007', list: ['a\u009b31m', 3, true, null] }, ['k\u0007']: 1 };
    expect(sanitizeDeep(answer)).toEqual({ metadata: { name: 'web' }, status: { reason: 'Crash', list: ['a', 3, true, null] }, k: 1 });
  });

  it('UNSAFE matches exactly what the sanitiser removes', () => {
    expect(UNSAFE.test('\u001b')).toBe(true);
    expect(UNSAFE.test('\u202e')).toBe(true);
    expect(UNSAFE.test('plain text\twith tab\n')).toBe(false);
  });
});
