// The stable JSON shape of `diagnose --output json` (documented in the README):
// {pod, container, cause, confidence, alternatives[], exitCode, signal, restarts, backoff, summary,
//  explanation, evidence[{source, text}], nextSteps[{title, command[]}], gaps[], rule, trace[{rule, fired, why}]}
// plus `fix` when there is one. `rule` is the decision rule that fired; `trace` every rule tried up to it.
// Findings stay internal: they are the wizard's vocabulary, not a public contract. Every text is English, whatever
// the reader's language: the analysis's messages worded by the English catalog.
import type { Diagnosis } from '../contracts/diagnosis.js';
import { sanitize } from '../text/sanitize.js';
import { word } from './word.js';

export function diagnosisJson(d: Diagnosis): Record<string, unknown> {
  return {
    pod: d.pod,
    container: d.container,
    cause: d.cause,
    confidence: d.confidence,
    alternatives: d.alternatives.map((a) => ({ cause: a.cause, verdict: a.verdict, why: word(a.why) })),
    exitCode: d.exitCode,
    signal: d.signal,
    restarts: d.restarts,
    backoff: d.backoff,
    summary: d.summary,
    explanation: d.explanation,
    ...(d.fix ? { fix: d.fix } : {}),
    evidence: d.evidence.map((e) => ({ source: e.source, text: sanitize(e.text) })),
    nextSteps: d.nextSteps.map((s) => ({ title: s.title, command: [...s.command] })),
    gaps: d.gaps.map((g) => ({ what: g.what, reason: g.reason, ...(g.command ? { command: [...g.command] } : {}) })),
    rule: d.rule ?? null,
    trace: (d.trace ?? []).map((t) => ({ rule: t.rule, fired: t.fired, why: word(t.why) })),
  };
}

export const renderDiagnosisJson = (d: Diagnosis): string => `${JSON.stringify(diagnosisJson(d), null, 2)}\n`;
