// The step's "Decisive syscall" panel and decisive line, drawn in ja and zh-CN after a capture: the heading names
// the copy and the trace line in the reader's words, the sentence is theirs, the trace line is quoted as strace
// wrote it, and no row is wider than the terminal. Real analysis of the database scenario with its recorded trace.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { say } from '../../src/contracts/diagnosis.js';
import { createTranslator, displayWidth } from '../../src/i18n/index.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { diagnose } from '../../src/report/diagnose.js';
import { loadScenarioDir } from '../../src/scenario/index.js';
import { decisiveLine } from '../../src/ui/format/decisive.js';
import { LocaleProvider } from '../../src/ui/i18n.js';
import { DecisivePanel } from '../../src/ui/panels/decisive-panel.js';
import { SyscallPanel, syscallLine } from '../../src/ui/panels/syscall-panel.js';
import { evidenceFromScenario } from '../session/scenario-evidence.js';
import { englishRuns } from '../support/english-runs.js';

afterEach(cleanup);

const COPY = 'invoice-api-crashcourse-x1y2z';
const scenario = await loadScenarioDir(join(builtinScenariosDir(), 'database-connection-refused'));
const evidence = await evidenceFromScenario(scenario);
const trace = readFileSync(join(scenario.dir, 'traces', 'api.strace'), 'utf8');
const d = diagnose({
  evidence: { ...evidence, traces: [{ container: 'api', origin: `strace in copy ${COPY}`, originSay: say('syscalls.origin.copy', { copy: COPY }), text: trace, truncated: false }] },
  target: { namespace: 'billing' },
});
// ANSI colour codes off, trailing blanks off: what a reader sees.
const seen = (frame: string | undefined): string[] => (frame ?? '').replace(/\u001B\[[0-9;]*m/g, '').split('\n').map((l) => l.trimEnd());

describe.each(['ja', 'zh-CN'] as const)('the syscall panel in %s', (locale) => {
  const t = createTranslator(locale);
  const quoted = trace.split('\n').find((l) => /connect\(.*ECONNREFUSED/.test(l))!;
  const line = Number(/line (\d+)$/.exec(d.evidence.find((e) => e.sourceSay)!.source)![1]);

  it('heads the decisive call with the copy and line in the reader\'s words and says it in their language', () => {
    const app = render(<LocaleProvider locale={locale}><SyscallPanel line={syscallLine(d, t)!} columns={80} maxQuoteRows={3} /></LocaleProvider>);
    const rows = seen(app.lastFrame());
    const text = rows.join('');
    const flat = (s: string): string => s.replace(/\s+/g, '');
    expect(flat(text)).toContain(flat(t('screen.syscall.heading', { source: t('syscalls.where', { origin: t('syscalls.origin.copy', { copy: COPY }), line: String(line) }) })));
    expect(flat(text)).toContain(flat(t('syscalls.connect.refused', { address: '10.100.231.17:5432', errno: 'ECONNREFUSED' })));
    expect(flat(text)).toContain(flat(quoted.slice(0, 60)));
    const ours = rows.filter((r) => !/^[▶ ] /.test(r) || /^[▶ ] *[^\d\s]/.test(r) && !r.includes('connect(')).join('\n');
    expect(englishRuns(ours.replace(/\S*[/(.:]\S*/g, ' ')), ours).toEqual([]);
    for (const r of rows) expect(displayWidth(r), r).toBeLessThanOrEqual(80);
  });

  it('words the decisive line\'s source when the proof is the trace line', () => {
    const proof = decisiveLine(d, 'missing-dependency');
    const traced = { ...proof!, source: d.evidence.find((e) => e.sourceSay)!.source, sourceSay: d.evidence.find((e) => e.sourceSay)!.sourceSay! };
    const app = render(<LocaleProvider locale={locale}><DecisivePanel line={traced} columns={80} maxRows={4} /></LocaleProvider>);
    const text = seen(app.lastFrame()).join('');
    expect(text.replace(/\s+/g, '')).toContain(t('syscalls.origin.copy', { copy: COPY }).replace(/\s+/g, ''));
    expect(text).not.toContain('strace in copy');
  });
});
