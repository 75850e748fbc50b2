// `scan` and the wizard's pod list say each row's summary in the reader's language, cut by terminal columns (a
// Chinese or Japanese character takes two); `scan -o json` keeps the English summary.
import { describe, expect, it } from 'vitest';
import type { ScanRow } from '../../src/contracts/scan-row.js';
import { createTranslator, displayWidth } from '../../src/i18n/index.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { renderScanJson, renderScanText } from '../../src/report/index.js';
import { scanVerdict } from '../../src/report/scan-verdict.js';
import { word } from '../../src/report/word.js';
import { loadScenarios } from '../../src/scenario/index.js';
import { scenarioEvidence } from '../analysis/support/evidence.js';

const scenarios = (await loadScenarios([builtinScenariosDir()])).filter((s) => s.meta.pod).slice(0, 6);
const rows: ScanRow[] = [];
for (const s of scenarios) {
  const evidence = await scenarioEvidence(s);
  const v = scanVerdict({})(evidence);
  rows.push({ pod: s.meta.pod!, namespace: evidence.pod.metadata.namespace ?? 'default', name: evidence.pod.metadata.name, container: v.container, cause: v.cause, summary: v.summary,
    ...(v.said ? { said: v.said } : {}), restarts: 7, status: 'CrashLoopBackOff', ready: '0/1', exitCode: v.exitCode ?? null, age: '1h', severity: 9 });
}

describe.each(['zh-CN', 'ja'] as const)('scan in %s', (locale) => {
  const t = createTranslator(locale);

  it('words every row in the language, within 80 columns', () => {
    const text = renderScanText(rows, { scope: 'all namespaces', allNamespaces: true, width: 80, t });
    for (const r of rows) expect(text).toContain(`${r.cause}: ${word(r.said!, t).slice(0, 8)}`);
    for (const r of rows) expect(text).not.toContain(r.summary);
    for (const line of text.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
  });
});

describe('scan -o json', () => {
  it('keeps the English summary whatever the language', () => {
    const json = JSON.parse(renderScanJson(rows)) as { summary: string }[];
    expect(json.map((r) => r.summary)).toEqual(rows.map((r) => r.summary));
  });
});
