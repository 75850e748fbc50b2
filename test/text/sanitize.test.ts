import { describe, expect, it } from 'vitest';
import { sanitize } from '../../src/text/sanitize.js';

describe('sanitising container output', () => {
  it.each([
    ['colour (CSI SGR)', '\u001b[31mERROR\u001b[0m boom', 'ERROR boom'],
    ['cursor movement and screen clearing', 'a\u001b[2J\u001b[H\u001b[10;20Hb', 'ab'],
    ['a window-title OSC ended by BEL', '\u001b]0;pwned\u0007text', 'text'],
    ['a hyperlink OSC ended by ST', '\u001b]8;;http://evil\u001b\\link\u001b]8;;\u001b\\', 'link'],
    ['a DCS sequence', '\u001bP1$r0m\u001b\\after', 'after'],
    ['C1 CSI', '\u009b31mred', 'red'],
    ['BEL and backspace', 'ding\u0007\u0008!', 'ding!'],
    ['carriage returns that could overwrite a line', 'safe\rEVIL', 'safeEVIL'],
    ['bidi overrides', 'user\u202Egnp.exe', 'usergnp.exe'],
    ['a lone escape at the end', 'tail\u001b', 'tail'],
  ])('strips %s', (_name, input, expected) => {
    expect(sanitize(input)).toBe(expected);
  });

  it('keeps tabs, newlines and ordinary Unicode', () => {
    expect(sanitize('a\tb\nc — 日本語 ✓')).toBe('a\tb\nc — 日本語 ✓');
  });

  it('turns CRLF into LF', () => {
    expect(sanitize('one\r\ntwo\r\n')).toBe('one\ntwo\n');
  });

  it('replaces invalid UTF-8 with U+FFFD instead of passing raw bytes through', () => {
    const bytes = Buffer.from([0x6f, 0x6b, 0xff, 0xfe, 0x20, 0xc3, 0x28]);
    const out = sanitize(bytes);
    expect(out.startsWith('ok')).toBe(true);
    expect(out).toContain('\uFFFD');
    expect(Buffer.from(out, 'utf8').includes(0xff)).toBe(false);
  });

  it('leaves no escape or control character in arbitrary binary input', () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 131 + 7) % 256;
    const out = sanitize(bytes);
    expect(out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
  });
});
