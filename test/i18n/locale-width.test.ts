// Which language: --lang, then LC_ALL, LC_MESSAGES, LANG; and the column arithmetic double-width text needs.
import { describe, expect, it } from 'vitest';
import { clipToWidth, displayWidth, resolveLocale, wrapToWidth } from '../../src/i18n/index.js';
import { UserError } from '../../src/errors.js';

describe('resolveLocale', () => {
  it('takes --lang over the environment, and reads locale names as POSIX writes them', () => {
    expect(resolveLocale('ja', { LANG: 'zh_CN.UTF-8' })).toBe('ja');
    expect(resolveLocale('zh', {})).toBe('zh-CN');
    expect(resolveLocale(undefined, { LC_ALL: 'ja_JP.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('ja');
    expect(resolveLocale(undefined, { LC_ALL: '', LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(resolveLocale(undefined, { LANG: 'zh_TW.UTF-8' })).toBe('zh-CN');
    expect(resolveLocale(undefined, { LANG: 'C.UTF-8' })).toBe('en');
  });

  it('falls back to English for a language we do not ship, but refuses an unknown --lang', () => {
    expect(resolveLocale(undefined, { LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(resolveLocale(undefined, {})).toBe('en');
    expect(() => resolveLocale('klingon', {})).toThrow(UserError);
  });
});

describe('double-width layout', () => {
  const text = '存活探针（liveness probe）杀掉了容器：上一次运行的退出状态码是 137，事件里有 Unhealthy 和 Killing。Liveness プローブがコンテナを強制終了させている';

  it('counts a CJK character as two columns', () => {
    expect(displayWidth('容器')).toBe(4);
    expect(displayWidth('exit 137')).toBe(8);
  });

  it('wraps at 80 columns without cutting a character or exceeding the width', () => {
    for (const width of [80, 79, 21, 7]) {
      const lines = wrapToWidth(text, width);
      expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    }
  });

  it('keeps Latin words whole when they fit', () => {
    expect(wrapToWidth('the liveness probe kills it', 12)).toEqual(['the liveness', 'probe kills', 'it']);
  });

  it('clips with an ellipsis on a character boundary', () => {
    const clipped = clipToWidth('退出状态码退出状态码', 7);
    expect(clipped).toBe('退出状…');
    expect(displayWidth(clipped)).toBeLessThanOrEqual(7);
  });
});
