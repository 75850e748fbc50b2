// A diagnosis fed by a strace capture, in zh-CN and ja: the place each trace line was taken ("strace in copy X,
// line 57") and the syscall sentence (when the trace points at another cause than the verdict, it is a ruled-in
// reason) are worded in the reader's language, in `diagnose`'s text and Markdown and on the wizard's step; the
// trace lines stay verbatim, JSON stays English. Real analysis over the scenarios' evidence and recorded traces.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { say, type Diagnosis } from '../../src/contracts/diagnosis.js';
import { createTranslator, displayWidth, ENGLISH } from '../../src/i18n/index.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { diagnose } from '../../src/report/diagnose.js';
import { diagnosisJson, renderDiagnosisMarkdown, renderDiagnosisText } from '../../src/report/index.js';
import { word } from '../../src/report/word.js';
import { loadScenarioDir } from '../../src/scenario/index.js';
import { decisiveLine } from '../../src/ui/format/decisive.js';
import { decisiveRows } from '../../src/ui/panels/decisive-panel.js';
import { syscallLine, syscallRows } from '../../src/ui/panels/syscall-panel.js';
import { reportJson, reportMarkdown } from '../../src/ui/format/report-export.js';
import type { SessionSnapshot } from '../../src/contracts/session.js';
import { evidenceFromScenario } from '../session/scenario-evidence.js';
import { englishRuns, ourWords } from '../support/english-runs.js';

const COPY = 'shop-crashcourse-x1y2z';
const FIXTURES = join(import.meta.dirname, '../fixtures/strace');

async function traced(scenario: string, container: string, trace: string): Promise<Diagnosis> {
  const s = await loadScenarioDir(join(builtinScenariosDir(), scenario));
  const evidence = await evidenceFromScenario(s);
  const origin = { origin: `strace in copy ${COPY}`, originSay: say('syscalls.origin.copy', { copy: COPY }) };
  return diagnose({ evidence: { ...evidence, traces: [{ container, ...origin, text: trace, truncated: false }] }, target: { namespace: 'shop' } });
}

// Each scenario with its own recorded trace, and one with a trace that shows another cause (a missing config
// file while the logs say the database refused): that one's sentence is a ruled-in reason in the report.
const CASES = await Promise.all([
  ['database-connection-refused', 'api', 'api.strace'],
  ['nginx-upstream-before-service', 'nginx', 'nginx.strace'],
  ['read-only-root-nginx', 'nginx', 'nginx.strace'],
].map(async ([scenario, c, file]) => [scenario!, await traced(scenario!, c!, readFileSync(join(builtinScenariosDir(), scenario!, 'traces', file!), 'utf8'))] as const));
const OTHER = await traced('database-connection-refused', 'api', readFileSync(join(FIXTURES, 'missing-config.trace'), 'utf8'));
const ALL = [...CASES, ['database-connection-refused + missing-config.trace', OTHER] as const];

const syscall = (d: Diagnosis) => d.findings.find((f) => f.id === 'syscall-failure')!;
const flat = (s: string): string => s.replace(/\s+/g, '');
// The hand-over (`s` in the wizard) of a session that took the capture.
const handedOver = (d: Diagnosis): SessionSnapshot => ({ pod: d.pod, diagnosis: d, breadcrumb: [], runs: [] }) as unknown as SessionSnapshot;

describe.each(['zh-CN', 'ja'] as const)('a diagnosis with a trace in %s', (locale) => {
  const t = createTranslator(locale);

  it.each(ALL)('%s: text and Markdown hold no English sentence, name the copy and line, within 80 columns', (_name, d) => {
    const quoted = d.evidence.filter((e) => e.sourceSay);
    expect(quoted.length).toBeGreaterThan(0);
    for (const render of [(w: number) => renderDiagnosisText(d, { width: w, t }), () => renderDiagnosisMarkdown(d, t)]) {
      const out = render(100_000);
      expect(englishRuns(ourWords(d, out)), out).toEqual([]);
      for (const e of quoted) {
        const line = /line (\d+)$/.exec(e.source)![1]!;
        expect(out).toContain(t('syscalls.where', { origin: t('syscalls.origin.copy', { copy: COPY }), line }));
        expect(out).toContain(COPY);
      }
    }
    // Commands ($ … and their continuation lines) keep a flag whole even when it is longer than a line: not ours.
    const lines = renderDiagnosisText(d, { width: 80, t }).split('\n').filter((l) => !/^ {5}\$ |^ {9}\S/.test(l));
    for (const l of lines) expect(displayWidth(l), l).toBeLessThanOrEqual(80);
  });

  it.each(ALL)('%s: the wizard\'s hand-over names where each trace line was taken in the reader\'s words', (_name, d) => {
    const md = reportMarkdown(handedOver(d), t);
    for (const e of d.evidence.filter((x) => x.sourceSay)) {
      expect(md).toContain(`> — ${word(e.sourceSay!, t)}`);
      expect(md).not.toContain(e.source);
    }
  });

  it('words the syscall sentence where the trace is a ruled-in reason', () => {
    const f = syscall(OTHER);
    expect(OTHER.alternatives).toContainEqual(expect.objectContaining({ cause: 'bad-config', verdict: 'ruled-in' }));
    const said = word(f.say, t);
    expect(said).toContain('/etc/myapp/config.yaml');
    expect(said).toContain('ENOENT');
    expect(said).not.toBe(word(f.say, ENGLISH));
    expect(flat(renderDiagnosisText(OTHER, { width: 80, t }))).toContain(flat(said));
    expect(flat(renderDiagnosisMarkdown(OTHER, t))).toContain(flat(said));
  });

  it.each(ALL)('%s: the wizard\'s syscall panel and decisive line are worded, within 80 columns', (_name, d) => {
    const line = syscallLine(d, t)!;
    const f = syscall(d);
    expect(line.summary).toBe(word(f.say, t));
    const rows = syscallRows(line, 80, 3, t);
    const ours = [...rows.heading, ...rows.summary].join('\n');
    expect(englishRuns(ours.replace(/"[^"]*"|“[^”]*”|「[^」]*」/g, ' ').replace(/\S*[/(.:]\S*/g, ' ')), ours).toEqual([]);
    expect(flat(ours)).toContain(flat(t('syscalls.origin.copy', { copy: COPY })));
    for (const row of [...rows.heading, ...rows.summary, ...rows.quote]) expect(displayWidth(row), row).toBeLessThanOrEqual(78);
    // A trace line chosen as the decisive line names where it was taken in the reader's words too.
    const proof = decisiveLine(d, f.cause);
    if (proof?.sourceSay) expect(flat(decisiveRows(proof, 80, 4, t).join(''))).toContain(flat(t('syscalls.origin.copy', { copy: COPY })));
  });
});

describe('a diagnosis with a trace in English', () => {
  it.each(ALL)('%s: names the place as before, and JSON keeps its English shape', (_name, d) => {
    const text = renderDiagnosisText(d, { width: 100_000 });
    for (const e of d.evidence.filter((x) => x.sourceSay)) {
      expect(e.source).toMatch(new RegExp(`^strace in copy ${COPY}, line \\d+$`));
      expect(text).toContain(`  ${e.source}:`);
      expect(word(e.sourceSay!, ENGLISH)).toBe(e.source);
    }
    const json = diagnosisJson(d) as { evidence: Record<string, unknown>[]; alternatives: { why: string }[] };
    for (const e of json.evidence) expect(Object.keys(e)).toEqual(['source', 'text']);
    expect(json.evidence.map((e) => e.source)).toEqual(d.evidence.map((e) => e.source));
    expect(syscallLine(d)!.summary).toMatch(/failed/);
    expect(syscallLine(d)!.summary).toBe(word(syscall(d).say, ENGLISH));
  });

  it('has a case whose decisive line is a trace line (so the step\'s decisive line is checked above)', () => {
    expect(ALL.filter(([, d]) => decisiveLine(d, syscall(d).cause)?.sourceSay).length).toBeGreaterThan(0);
  });

  it.each(ALL)('%s: the hand-over\'s JSON keeps its evidence shape: source and text, in English', (_name, d) => {
    const json = JSON.parse(reportJson(handedOver(d))) as { evidence: Record<string, unknown>[] };
    expect(json.evidence).toEqual(d.evidence.map((e) => ({ source: e.source, text: e.text })));
  });

  it('says the ruled-in reason with the syscall sentence in English in JSON', () => {
    const json = diagnosisJson(OTHER) as { alternatives: { cause: string; why: string }[] };
    expect(json.alternatives).toContainEqual(expect.objectContaining({ cause: 'bad-config', why: 'openat("/etc/myapp/config.yaml") failed with ENOENT: the file or a directory above it does not exist' }));
  });
});
