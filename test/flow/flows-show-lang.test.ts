// `flows show` of every shipped flow in zh-CN and ja, through the CLI: the steps' titles and choices come from
// the flow's side file, the outline's own words from the catalog; no English sentence is left once the flow's
// identifiers (step, evidence, plan, cause and finding ids, STATUS values) are taken out, and no line is wider
// than a terminal's 80 columns. English prints the outline it always printed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { flowOutline, loadBuiltinFlows, type Flow, type Guard } from '../../src/flow/index.js';
import { loadFlowSideFile, localizeFlow } from '../../src/i18n/flow-text.js';
import { CATALOGS, createTranslator, displayWidth } from '../../src/i18n/index.js';
import { captureOutput } from '../support/capture-output.js';
import { englishRuns } from '../support/english-runs.js';

afterEach(() => vi.restoreAllMocks());

const flows = await loadBuiltinFlows();

function guardWords(g: Guard): string[] {
  switch (g.kind) {
    case 'cause': return [g.cause];
    case 'causeIn': return [...g.causes];
    case 'finding': return [g.finding];
    case 'podStatusIn': return [...g.statuses];
    case 'not': return guardWords(g.guard);
    case 'all': case 'any': return g.guards.flatMap(guardWords);
    default: return [];
  }
}

/** The ids the flow file spells and the outline quotes as they are. */
const identifiers = (flow: Flow): string[] => [flow.id, ...guardWords(flow.appliesTo), ...flow.steps.flatMap((s) => [
  s.id, ...s.evidence, ...s.plans, ...(s.result?.kind === 'cause' ? [s.result.cause] : []), ...s.next.flatMap((n) => (n.when ? guardWords(n.when) : [])),
])];

const ours = (text: string, flow: Flow): string => {
  const ids = new Set(identifiers(flow));
  return text.split(/([\s、。，；：（）()“”「」→⇒]+)/).map((token) => (ids.has(token.replace(/[:,]$/, '')) ? ' ' : token)).join('')
    .replace(/[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/g, ' ');
};
/** The English words of the outline's own messages, between their placeholders: "see above", "the cause is". */
const OUTLINE_WORDS = Object.keys(CATALOGS.en).filter((k) => /^flows\.(show|guard)\./.test(k))
  .flatMap((k) => CATALOGS.en[k]!.split(/\{[^}]*\}/)).map((w) => w.replace(/^[\s(:;,→⇒]+|[\s):;,→⇒]+$/g, '')).filter((w) => /[a-z]{3}/.test(w));
const squeezed = (text: string): string => text.replace(/\s+/g, '');

async function show(id: string, locale: string): Promise<string> {
  const io = captureOutput();
  expect(await main(['flows', 'show', id, '--lang', locale])).toBe(0);
  const out = io.out();
  vi.restoreAllMocks();
  return out;
}

describe.each(flows.map((f) => [f.id, f] as const))('flows show %s', (id, flow) => {
  it.each(['zh-CN', 'ja'] as const)('in %s: translated titles, choices and structure words, within 80 columns', async (locale) => {
    const out = await show(id, locale);
    const local = localizeFlow(flow, await loadFlowSideFile(locale));
    const t = createTranslator(locale);
    for (const step of local.steps) {
      expect(squeezed(out)).toContain(squeezed(`${step.id}: ${step.title}`));
      for (const c of step.choices) expect(squeezed(out)).toContain(squeezed(c.label));
    }
    expect(out.split('\n')[0]).toBe(`${id}: ${local.title}`);
    expect(out).toContain(t('flows.show.appliesWhen', { guard: '' }).trim());
    for (const step of flow.steps) if (step.result?.kind === 'cause') expect(squeezed(out)).toContain(squeezed(t('flows.show.cause', { cause: step.result.cause })));
    expect(englishRuns(ours(out, flow))).toEqual([]);
    // Short structure words ("(see above)", "shows") are below a run's three words: none may be left as it is.
    expect(OUTLINE_WORDS.filter((words) => new RegExp(`(?<![\\w-])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).test(out))).toEqual([]);
    const wide = out.split('\n').filter((l) => displayWidth(l) > 80);
    expect(wide).toEqual([]);
    // Wrapped rows keep closing punctuation on the row it closes.
    expect(out.split('\n').filter((l) => /^\s*[）」』”、。，；：]/.test(l))).toEqual([]);
  });

  it('in English: the outline as it always was', async () => {
    expect(await show(id, 'en')).toBe(`${flowOutline(flow)}\n`);
  });
});

it('catches an untranslated outline: the English outline has English runs left after the same filtering', () => {
  const flow = flows[0]!;
  expect(englishRuns(ours(flowOutline(flow), flow)).length).toBeGreaterThan(5);
  expect(OUTLINE_WORDS.filter((words) => flowOutline(flow).includes(words)).length).toBeGreaterThan(5);
});
