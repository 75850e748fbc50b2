// The line this tool adds to the evidence when a container's logs could not be read is its own sentence, not a
// quote: it is worded in the reader's language (the English stays in JSON and in English output).
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/index.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { diagnose } from '../../src/report/diagnose.js';
import { renderDiagnosisJson, renderDiagnosisMarkdown, renderDiagnosisText } from '../../src/report/index.js';
import { loadScenarios } from '../../src/scenario/index.js';
import { scenarioEvidence } from '../analysis/support/evidence.js';

const scenario = (await loadScenarios([builtinScenariosDir()])).find((s) => s.meta.cause === 'oom-killed')!;
const base = await scenarioEvidence(scenario);
const container = base.pod.spec.containers[0]!.name;
const evidence = { ...base, logs: [], gaps: [...base.gaps, { what: `previous logs of container ${container}`, reason: 'forbidden' }] };
const d = diagnose({ evidence, target: { namespace: base.pod.metadata.namespace ?? 'default' } });
const ENGLISH = `logs of ${container} could not be read: the cause does not rest on them`;

describe('the logs-missing evidence line', () => {
  it('is English in English output and in JSON', () => {
    expect(renderDiagnosisText(d, { width: 100_000 })).toContain(ENGLISH);
    expect(renderDiagnosisJson(d)).toContain(ENGLISH);
  });

  it.each(['zh-CN', 'ja'] as const)('is worded in %s in text and Markdown, naming the container', (locale) => {
    const t = createTranslator(locale);
    for (const out of [renderDiagnosisText(d, { width: 100_000, t }), renderDiagnosisMarkdown(d, t)]) {
      expect(out).not.toContain(ENGLISH);
      expect(out).toContain(t('dx.gap.logsMissing', { c: container }));
    }
  });
});
