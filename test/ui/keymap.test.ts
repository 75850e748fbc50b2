import { describe, expect, it } from 'vitest';
import { footerText } from '../../src/ui/components/footer.js';
import { bindingsFor, KEYMAP, resolveKey, type KeyPress } from '../../src/ui/keymap.js';

const press = (input: string, key: Partial<KeyPress['key']> = {}): KeyPress => ({
  input,
  key: { return: false, escape: false, upArrow: false, downArrow: false, pageUp: false, pageDown: false, tab: false, ctrl: false, ...key },
});

describe('the keymap', () => {
  it('maps Enter to continue on every screen, and nothing that runs or confirms', () => {
    for (const screen of ['contexts', 'pods', 'step', 'logs', 'timeline', 'resources', 'describe', 'report'] as const) {
      expect(resolveKey(screen, press('\r', { return: true }))).toBe('continue');
    }
    expect(KEYMAP.filter((b) => b.keys?.includes('return')).map((b) => b.action)).toEqual(['continue']);
  });

  it('gives j its screen meaning: down in lists and logs, save JSON on the report', () => {
    expect(resolveKey('logs', press('j'))).toBe('down');
    expect(resolveKey('pods', press('j'))).toBe('down');
    expect(resolveKey('report', press('j'))).toBe('save-json');
    expect(resolveKey('report', press('', { downArrow: true }))).toBe('down');
  });

  it('binds Esc and b to back, q to quit and ? to help everywhere', () => {
    for (const screen of ['pods', 'step', 'logs', 'report'] as const) {
      expect(resolveKey(screen, press('', { escape: true }))).toBe('back');
      expect(resolveKey(screen, press('b'))).toBe('back');
      expect(resolveKey(screen, press('q'))).toBe('quit');
      expect(resolveKey(screen, press('?'))).toBe('help');
    }
  });

  it('has no key bound to two actions on the same screen', () => {
    for (const screen of ['contexts', 'pods', 'step', 'logs', 'timeline', 'resources', 'describe', 'report'] as const) {
      const seen = new Map<string, string>();
      for (const b of bindingsFor(screen)) {
        for (const k of [...(b.inputs ?? []), ...(b.keys ?? [])]) {
          const prev = seen.get(k);
          expect(prev === undefined || prev === b.action, `${screen}: ${k} is ${prev} and ${b.action}`).toBe(true);
          seen.set(k, b.action);
        }
      }
    }
  });

  it('draws a footer that fits 80 columns and always shows quit and help', () => {
    for (const screen of ['pods', 'step', 'logs', 'report'] as const) {
      const line = footerText(screen, 80);
      expect(line.length).toBeLessThan(80);
      expect(line).toContain('q quit');
      expect(line).toContain('? help');
    }
  });
});
