import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/i18n/index.js';
import { wrapLines } from '../../src/ui/format/wrap-lines.js';

const strip = (s: string) => s.replace(/\s+/g, '');

describe('wrapLines', () => {
  it('keeps the 3 of exitCode=3 when a status line wraps at 80 columns', () => {
    const line = 'status: containerStatuses[busybox].lastState.terminated: reason=Error exitCode=3 startedAt=2026-12-05T13:29:31Z';
    const rows = wrapLines(line, 72);
    expect(rows.join(' ')).toContain('exitCode=3');
    expect(rows.every((r) => r.length <= 72)).toBe(true);
  });

  it('cuts a word longer than the width hard instead of dropping its end (a UID)', () => {
    const uid = '6b1d2a4e-9c3f-4f1e-8a7b-2c9d0e1f3a4b';
    const rows = wrapLines(`boot id: ${uid}`, 20);
    expect(rows.join('').replace(/\s/g, '')).toBe(`bootid:${uid}`);
  });

  it('expands tabs and keeps the last character of a line with tabs', () => {
    const rows = wrapLines('a\tb\tc\tlast!', 8);
    expect(rows.join(' ')).toContain('last!');
    expect(rows.some((r) => r.includes('\t'))).toBe(false);
  });

  it('never starts a continuation row with a space', () => {
    const rows = wrapLines('one two  three   four five six seven', 9);
    expect(rows.slice(1).every((r) => !r.startsWith(' ') || r.trim() === '')).toBe(true);
  });

  it('loses no non-space character and respects the width, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\t', '\n', '=', '3', 'é') }), fc.integer({ min: 1, max: 30 }), (text, width) => {
        const rows = wrapLines(text, width);
        expect(strip(rows.join(''))).toBe(strip(text));
        for (const r of rows) expect(Array.from(r).length).toBeLessThanOrEqual(width);
      }),
    );
  });
});

describe('wrapLines with wide characters', () => {
  // A container's log in Chinese and Japanese, with emoji: each of these characters takes two terminal columns.
  const line = '2026-12-05T13:29:31Z 错误：无法连接数据库 db.shop.svc:5432，重试 3 次后退出 🚨 データベースに接続できません（タイムアウト）';

  it('cuts no row past 80 columns and loses no character', () => {
    const rows = wrapLines(line.repeat(3), 80);
    expect(rows.length).toBeGreaterThan(2);
    for (const r of rows) expect(displayWidth(r)).toBeLessThanOrEqual(80);
    expect(strip(rows.join(''))).toBe(strip(line.repeat(3)));
  });

  it('fills a row of wide characters to the edge (40 characters in 80 columns), not to 80 characters', () => {
    const rows = wrapLines('数'.repeat(100), 80);
    expect(rows.map((r) => Array.from(r).length)).toEqual([40, 40, 20]);
  });

  it('keeps an emoji made of several code points whole (a family, a flag)', () => {
    const text = `${'👨‍👩‍👧'.repeat(30)}🇯🇵`;
    const rows = wrapLines(text, 11);
    expect(rows.join('')).toBe(text);
    for (const r of rows) expect(displayWidth(r)).toBeLessThanOrEqual(11);
  });

  it('wraps a 200 KB line of Chinese into full rows (segmenting it whole took minutes on Node 20)', () => {
    const rows = wrapLines(`${'数据库连接失败'.repeat(30_000)}🚨`, 80);
    expect(rows).toHaveLength(Math.ceil((210_000 * 2 + 2) / 80));
    expect(rows.at(-1)!.endsWith('🚨')).toBe(true);
  });

  it('keeps a kana with its combining voiced mark together', () => {
    const text = 'か\u3099'.repeat(100);
    const rows = wrapLines(text, 9);
    expect(rows.join('')).toBe(text);
    expect(rows.every((r) => !r.startsWith('\u3099'))).toBe(true);
  });

  it('never splits a character and respects the width in columns, for any mix of Latin, CJK and emoji', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\t', '\n', '=', '数', 'ア', '，', '🚨') }), fc.integer({ min: 2, max: 30 }), (text, width) => {
        const rows = wrapLines(text, width);
        expect(strip(rows.join(''))).toBe(strip(text));
        for (const r of rows) expect(displayWidth(r)).toBeLessThanOrEqual(width);
      }),
    );
  });
});

describe('pickEvents', () => {
  it('keeps the warnings when not every event fits, in time order', async () => {
    const { pickEvents } = await import('../../src/ui/panels/events-panel.js');
    const row = (reason: string, warning: boolean) => ({ lastSeen: '1m', type: warning ? 'Warning' : 'Normal', reason, count: 1, message: reason, warning }) as never;
    const rows = [row('Unhealthy', true), row('Pulled', false), row('Created', false), row('Started', false), row('BackOff', true)];
    expect(pickEvents(rows, 3).map((r: { reason: string }) => r.reason)).toEqual(['Unhealthy', 'Started', 'BackOff']);
    expect(pickEvents(rows, 9)).toHaveLength(5);
  });
});

describe('logWindow', () => {
  it('starts at the first quoted line when the quote is longer than the window', async () => {
    const { logWindow } = await import('../../src/ui/format/log-window.js');
    const text = ['starting', 'flag provided but not defined: -log-format', 'Usage of /flagd-lite:', ...Array.from({ length: 10 }, (_, i) => `  -opt${i} string`)].join('\n');
    const quoted = text.split('\n').slice(1).map((l) => l.trim());
    const w = logWindow(text, quoted, 5);
    expect(w.lines[0] === 'flag provided but not defined: -log-format' || w.lines[1] === 'flag provided but not defined: -log-format').toBe(true);
  });
});
