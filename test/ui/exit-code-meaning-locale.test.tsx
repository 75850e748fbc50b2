// What an exit code means, wherever a person reads it, is in their language: the wizard's exit-code panel, the
// `diagnose` text and Markdown, and the hand-over. The English meaning (`facts.meaning`) stays for the flows'
// guards; JSON keeps its English explanation. Every built-in scenario whose container exited is read.
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { exitCodeMeaning } from '../../src/analysis/exit-code.js';
import { findingOf } from '../../src/contracts/diagnosis.js';
import { createTranslator, displayWidth } from '../../src/i18n/index.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { diagnose } from '../../src/report/diagnose.js';
import { renderDiagnosisMarkdown, renderDiagnosisText, word } from '../../src/report/index.js';
import { loadScenarios } from '../../src/scenario/index.js';
import { reportMarkdown } from '../../src/ui/format/report-export.js';
import { LocaleProvider } from '../../src/ui/i18n.js';
import { ExitCodePanel } from '../../src/ui/panels/exit-code-panel.js';
import { scenarioEvidence } from '../analysis/support/evidence.js';
import { englishRuns } from '../support/english-runs.js';
import { snapshotAt } from './helpers.js';

afterEach(cleanup);

const cases = await Promise.all((await loadScenarios([builtinScenariosDir()])).map(async (s) => {
  const evidence = await scenarioEvidence(s);
  const d = diagnose({ evidence, target: { namespace: evidence.pod.metadata.namespace ?? 'default' } });
  const finding = d.container ? findingOf(d.findings, 'exit-code', (f) => f.container === d.container) : undefined;
  return { name: s.name, evidence, d, finding };
}));
const exited = cases.filter((c) => c.finding?.facts);
const flat = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ');

describe('the exit code meaning', () => {
  it('is found for most scenarios, with an English fact the flows read', () => {
    expect(exited.length).toBeGreaterThan(12);
    for (const c of exited) expect(c.finding!.facts!.meaning).toBe(exitCodeMeaning(c.finding!.facts!.code).meaning);
  });

  it('is shown in English in the English panel', () => {
    for (const c of exited.slice(0, 4)) {
      const frame = flat(render(<ExitCodePanel evidence={c.evidence} diagnosis={c.d} container={c.d.container!} />).lastFrame());
      expect(frame, c.name).toContain(flat(c.finding!.facts!.meaning));
      expect(frame, c.name).toMatch(new RegExp(`exit code ${c.finding!.facts!.code}\\b`));
      expect(frame, c.name).toMatch(/\d+ restarts/);
    }
  });

  describe.each(['zh-CN', 'ja'] as const)('in %s', (locale) => {
    const t = createTranslator(locale);

    it.each(exited.map((c) => [c.name, c] as const))('is worded in the exit-code panel of %s, with no English sentence', (_name, c) => {
      const frame = render(<LocaleProvider locale={locale}><ExitCodePanel evidence={c.evidence} diagnosis={c.d} container={c.d.container!} /></LocaleProvider>).lastFrame() ?? '';
      const meaning = c.finding!.say.values!['meaning'];
      expect(typeof meaning).toBe('object');
      expect(flat(frame)).toContain(flat(word(meaning as never, t)));
      expect(flat(frame)).toContain(String(c.finding!.facts!.code));
      // The termination message is the container's own text, quoted as it wrote it.
      const status = [...(c.evidence.pod.status?.containerStatuses ?? []), ...(c.evidence.pod.status?.initContainerStatuses ?? [])].find((s) => s.name === c.d.container);
      const message = status?.lastState?.terminated?.message ?? status?.state?.terminated?.message ?? '';
      const ours = flat(frame).split(flat(message).slice(0, 40))[0]!;
      expect(englishRuns(ours), frame).toEqual([]);
      for (const line of frame.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(100);
    });

    it('never shows the English meaning in diagnose text, Markdown or the hand-over', () => {
      for (const c of exited) {
        const english = flat(c.finding!.facts!.meaning);
        for (const out of [renderDiagnosisText(c.d, { t, width: 100_000 }), renderDiagnosisMarkdown(c.d, t), reportMarkdown(snapshotAt(3, { diagnosis: c.d }), t)]) {
          expect(flat(out), c.name).not.toContain(english);
        }
      }
    });
  });
});
