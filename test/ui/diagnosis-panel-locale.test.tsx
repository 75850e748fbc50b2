// The step screen's diagnosis panel says the verdict's summary in the reader's language: the words come from the
// diagnosis's messages, not from its English text.
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/index.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { diagnose } from '../../src/report/diagnose.js';
import { word } from '../../src/report/word.js';
import { loadScenarios } from '../../src/scenario/index.js';
import { LocaleProvider } from '../../src/ui/i18n.js';
import { DiagnosisPanel } from '../../src/ui/panels/facts-panels.js';
import { scenarioEvidence } from '../analysis/support/evidence.js';

afterEach(cleanup);

const [scenario] = (await loadScenarios([builtinScenariosDir()])).filter((s) => s.name === 'liveness-probe-missing-file');
const evidence = await scenarioEvidence(scenario!);
const d = diagnose({ evidence, target: { namespace: evidence.pod.metadata.namespace ?? 'default' } });
const flat = (s: string | undefined): string => (s ?? '').replace(/\s+/g, '');

describe.each(['zh-CN', 'ja'] as const)('the diagnosis panel in %s', (locale) => {
  it('shows the summary in the language, not the English one', () => {
    const { lastFrame } = render(<LocaleProvider locale={locale}><DiagnosisPanel diagnosis={d} /></LocaleProvider>);
    const local = word(d.words!.summary, createTranslator(locale));
    expect(local).not.toBe(d.summary);
    expect(flat(lastFrame())).toContain(flat(local));
    expect(lastFrame()).not.toContain(d.summary);
  });
});

describe('the diagnosis panel without a language', () => {
  it('shows the English summary', () => {
    const { lastFrame } = render(<DiagnosisPanel diagnosis={d} />);
    expect(flat(lastFrame())).toContain(flat(d.summary));
  });
});
