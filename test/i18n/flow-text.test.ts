// Flow text in side files: every key names a real flow, step and choice (a renamed step must not silently lose
// its translation), every step's words are translated, and a translated flow keeps its decision tree unchanged.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBuiltinFlows } from '../../src/flow/index.js';
import { flowSideFilePath, localizeFlow, parseFlowSideFile } from '../../src/i18n/flow-text.js';

const flows = await loadBuiltinFlows();

describe.each(['zh-CN', 'ja'] as const)('flows/i18n/%s.yaml', (locale) => {
  const side = parseFlowSideFile(readFileSync(flowSideFilePath(locale), 'utf8'), locale);

  it('keys only flows, steps and choices that exist', () => {
    const stale: string[] = [];
    for (const [flowId, text] of Object.entries(side)) {
      const flow = flows.find((f) => f.id === flowId);
      if (!flow) stale.push(flowId);
      for (const [stepId, step] of Object.entries(text.steps)) {
        const real = flow?.steps.find((s) => s.id === stepId);
        if (!real) stale.push(`${flowId}.${stepId}`);
        for (const choice of Object.keys(step.choices ?? {})) if (!real?.choices.some((c) => c.id === choice)) stale.push(`${flowId}.${stepId}.${choice}`);
      }
    }
    expect(stale).toEqual([]);
  });

  it('translates every flow title, step title, explanation and choice label', () => {
    const missing: string[] = [];
    for (const flow of flows) {
      const text = side[flow.id];
      if (!text?.title) missing.push(flow.id);
      for (const step of flow.steps) {
        if (!text?.steps[step.id]?.title) missing.push(`${flow.id}.${step.id}`);
        if (!text?.steps[step.id]?.explain) missing.push(`${flow.id}.${step.id}.explain`);
        for (const c of step.choices) if (!text?.steps[step.id]?.choices?.[c.id]) missing.push(`${flow.id}.${step.id}.${c.id}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('changes the words and nothing else', () => {
    for (const flow of flows) {
      const local = localizeFlow(flow, side);
      expect(local.steps.map((s) => [s.id, s.next, s.evidence, s.plans, s.result, s.choices.map((c) => c.goto)])).toEqual(flow.steps.map((s) => [s.id, s.next, s.evidence, s.plans, s.result, s.choices.map((c) => c.goto)]));
      expect(local.steps.find((s) => s.id === local.start)!.title).not.toBe(flow.steps.find((s) => s.id === flow.start)!.title);
    }
  });
});
