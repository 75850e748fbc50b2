// Every word of a diagnosis a person reads is in the reader's language: for every built-in scenario, `diagnose`'s
// text in zh-CN and ja holds no English sentence outside what is quoted on purpose (the evidence, the kubelet's
// back-off message, quoted values, commands and kubectl's own words). A sentence is caught as a run of three or
// more English words; a message left out of the catalogs, or worded in code, shows up as one.
import { describe, expect, it } from 'vitest';
import type { Diagnosis } from '../../src/contracts/diagnosis.js';
import { createTranslator, type Locale } from '../../src/i18n/index.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { diagnose } from '../../src/report/diagnose.js';
import { renderDiagnosisText } from '../../src/report/index.js';
import { loadScenarios } from '../../src/scenario/index.js';
import { scenarioEvidence } from '../analysis/support/evidence.js';
import { englishRuns, ourWords } from '../support/english-runs.js';

const scenarios = (await loadScenarios([builtinScenariosDir()])).filter((s) => s.meta.pod);
const diagnoses: { readonly name: string; readonly d: Diagnosis }[] = [];
for (const s of scenarios) {
  const evidence = await scenarioEvidence(s);
  diagnoses.push({ name: s.name, d: diagnose({ evidence, target: { namespace: evidence.pod.metadata.namespace ?? 'default' } }) });
}

describe.each(['zh-CN', 'ja'] as const satisfies readonly Locale[])('diagnose in %s', (locale) => {
  const t = createTranslator(locale);

  it('covers every built-in scenario', () => expect(diagnoses.length).toBeGreaterThanOrEqual(25));

  it.each(diagnoses.map((x) => [x.name, x.d] as const))('%s: summary, explanation, fix, the ruled-in/out reasons and the next steps hold no English sentence', (_name, d) => {
    // The next steps are read too: their titles are plan messages worded in the reader's language, commands quoted.
    expect(d.nextSteps.length).toBeGreaterThan(0);
    const text = renderDiagnosisText(d, { width: 100_000, t });
    const left = englishRuns(ourWords(d, text));
    expect(left).toEqual([]);
  });

  it('catches English it is given: the same check fails on the English rendering', () => {
    const { d } = diagnoses[0]!;
    expect(englishRuns(ourWords(d, renderDiagnosisText(d, { width: 100_000 }))).length).toBeGreaterThan(3);
  });
});
