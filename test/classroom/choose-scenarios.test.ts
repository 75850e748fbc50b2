// Which scenarios an exercise runs: a named one must exist and name a pod and a cause; "random" draws a crash
// loop (a pod that never started cannot be fixed in the training cluster yet), the same one for the same seed.
import { describe, expect, it } from 'vitest';
import { chooseScenarios } from '../../src/cli/exercise-session.js';
import { createTranslator } from '../../src/i18n/index.js';
import { UserError } from '../../src/errors.js';

const t = createTranslator('en');
const available = [
  { name: 'crash', meta: { pod: 'default/a', cause: 'oom-killed' } },
  { name: 'pull', meta: { pod: 'default/b', cause: 'image-pull' } },
  { name: 'raw-dump', meta: {} },
];

describe('chooseScenarios', () => {
  it('keeps named scenarios and draws random ones from the crash loops only, repeatably', () => {
    expect(chooseScenarios(['pull', 'crash'], available, 1, t)).toEqual(['pull', 'crash']);
    for (let seed = 0; seed < 20; seed++) expect(chooseScenarios(['random'], available, seed, t)).toEqual(['crash']);
  });

  it('refuses an unknown scenario and one that is not an exercise, as usage errors', () => {
    expect(() => chooseScenarios(['nope'], available, 1, t)).toThrow(new UserError('unknown scenario “nope” (list them with: kubectl-crashcourse training-cluster --list)', 2));
    expect(() => chooseScenarios(['raw-dump'], available, 1, t)).toThrow(/raw-dump names no pod or cause/);
  });
});
