// Teaching notes of the built-in scenarios in zh-CN and ja: one per exercisable scenario, none for a scenario
// that does not exist, and every figure of the English notes (exit codes, sizes, ports, versions) carried over.
import { describe, expect, it } from 'vitest';
import { SCENARIO_NOTES } from '../../src/i18n/index.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { loadScenarios } from '../../src/scenario/index.js';

const scenarios = (await loadScenarios([builtinScenariosDir()])).filter((s) => s.meta.cause);

describe.each(Object.keys(SCENARIO_NOTES) as ('zh-CN' | 'ja')[])('scenario notes in %s', (locale) => {
  const notes = SCENARIO_NOTES[locale];

  it('cover every built-in scenario and only those', () => {
    expect(scenarios.filter((s) => !notes[s.name]).map((s) => s.name)).toEqual([]);
    expect(Object.keys(notes).filter((n) => !scenarios.some((s) => s.name === n))).toEqual([]);
  });

  it('keep every figure of the English notes', () => {
    const lost: string[] = [];
    for (const s of scenarios) {
      const english = String(s.meta['teaches'] ?? '');
      for (const figure of english.match(/\d+(?:\.\d+)?/g) ?? []) if (!notes[s.name]?.includes(figure)) lost.push(`${s.name}: ${figure}`);
    }
    expect(lost).toEqual([]);
  });
});
