// What the watcher publishes for people is in its --lang: the Event message `kubectl describe pod` lists and the
// webhook's text. What machines read stays English with ids: the JSON line and the webhook's `result`. Checked on
// the diagnosis of every built-in scenario, as the watcher words it.
import { describe, expect, it } from 'vitest';
import type { Diagnosis } from '../../src/contracts/diagnosis.js';
import { createTranslator, ENGLISH, type Locale } from '../../src/i18n/index.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { diagnose } from '../../src/report/diagnose.js';
import { loadScenarios } from '../../src/scenario/index.js';
import { eventMessage, jsonLine, resultOf, resultText, webhookBody } from '../../src/watch/result.js';
import { scenarioEvidence } from '../analysis/support/evidence.js';
import { englishRuns, ourWords } from '../support/english-runs.js';

const scenarios = (await loadScenarios([builtinScenariosDir()])).filter((s) => s.meta.pod);
const diagnosed: { readonly name: string; readonly d: Diagnosis }[] = [];
for (const s of scenarios) {
  const evidence = await scenarioEvidence(s);
  const d = diagnose({ evidence, target: { namespace: evidence.pod.metadata.namespace ?? 'default' } });
  if (d.cause) diagnosed.push({ name: s.name, d });
}
const workload = { namespace: 'shop', kind: 'Deployment', name: 'web' } as const;
const resultFor = (d: Diagnosis) => resultOf(d, 'uid-1', workload, 'watch', Date.parse('2026-01-01T00:00:00Z'));
// The cause id, the pod and the command are quoted as they are; the rest is ours to word.
const readable = (d: Diagnosis, text: string): string => ourWords(d, text).replace(/\b[a-z]+(?:-[a-z0-9]+)+\b/g, ' ');

it('has diagnoses to publish', () => expect(diagnosed.length).toBeGreaterThanOrEqual(20));

describe.each(['zh-CN', 'ja'] as const satisfies readonly Locale[])('published in %s', (locale) => {
  const t = createTranslator(locale);

  it.each(diagnosed.map((x) => [x.name, x.d] as const))('%s: the Event and the webhook text are worded in it; the JSON line is not', (_name, d) => {
    const r = resultFor(d);
    const text = resultText(d, t);
    const event = eventMessage(r, text);
    const hook = JSON.parse(webhookBody(r, text)) as { text: string; result: unknown };
    expect(event).toContain(r.command.join(' '));
    expect(event.startsWith(`${r.cause}：`)).toBe(true);
    expect(englishRuns(readable(d, event))).toEqual([]);
    expect(englishRuns(readable(d, hook.text))).toEqual([]);
    expect({ kind: 'Diagnosis', ...(hook.result as object) }).toEqual(JSON.parse(jsonLine(r)));
    expect(JSON.parse(jsonLine(r)).summary).toBe(d.summary);
  });
});

describe('published in English', () => {
  it('is what it always was, and the sentence check catches it', () => {
    const { d } = diagnosed[0]!;
    const r = resultFor(d);
    expect(eventMessage(r, resultText(d, ENGLISH))).toBe(eventMessage(r));
    expect(eventMessage(r)).toBe(`${r.cause}: ${r.summary.replace(/\.$/, '')}. Open the wizard: ${r.command.join(' ')}.`);
    expect(englishRuns(readable(d, eventMessage(r))).length).toBeGreaterThan(0);
  });
});
