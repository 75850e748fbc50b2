// Keys the wizard and the reports build at run time (`key.*` from the keymap, `keyShort.*` for the footer,
// `evidence.<name>`, `confidence.<value>`, `cause.<id>`) escape the compiler's check of catalog keys; this
// test makes a missing one fail in every language, like the static keys in catalogs.test.ts.
import { describe, expect, it } from 'vitest';
import base from '../../src/i18n/catalogs/en.json' with { type: 'json' };
import chrome from '../../src/i18n/catalogs/chrome/en.json' with { type: 'json' };
import { CAUSE_IDS } from '../../src/contracts/causes.js';
import type { Confidence } from '../../src/contracts/diagnosis.js';
import { CATALOGS, LOCALES } from '../../src/i18n/index.js';
import { EVIDENCE_NAMES } from '../../src/contracts/session.js';
import { KEYMAP } from '../../src/ui/keymap.js';

// Completeness is checked by the compiler: a new confidence value fails to type-check until it is listed here.
const CONFIDENCES = Object.keys({ confirmed: true, likely: true, possible: true } satisfies Record<Confidence, true>);

const needed = (): string[] => [
  ...KEYMAP.map((b) => b.text),
  ...KEYMAP.filter((b) => b.footer).map((b) => b.text.replace(/^key\./, 'keyShort.')),
  ...EVIDENCE_NAMES.map((n) => `evidence.${n}`),
  ...CONFIDENCES.map((c) => `confidence.${c}`),
  ...CAUSE_IDS.map((id) => `cause.${id}`),
];

describe.each(LOCALES)('the %s catalogs', (locale) => {
  it('hold every key the screens and reports compute', () => {
    expect(needed().filter((k) => !CATALOGS[locale][k])).toEqual([]);
  });
});

describe('the chrome catalogs', () => {
  it('share no key with the classroom catalogs (a shared key would silently replace one of the two sentences)', () => {
    expect(Object.keys(chrome).filter((k) => k in base)).toEqual([]);
  });
});
