// Translations that the English has moved away from. Each zh-CN and ja result step in flows/i18n records the
// fingerprint of the English title and teaching text it was made from (`en-hash`); when the per-cause catalogue's
// English changes and the translation does not, this fails and says which step, and what to do.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CAUSE_IDS, type CauseId } from '../../src/contracts/causes.js';
import { loadBuiltinFlows, type Flow } from '../../src/flow/index.js';
import { flowSideFilePath, parseFlowSideFile, type FlowSideFile } from '../../src/i18n/flow-text.js';
import { sourceHash } from '../../src/i18n/source-hash.js';
import { resultStepText } from '../../src/report/cause-catalogue.js';

type English = (cause: CauseId, step: string) => { readonly title: string; readonly teach: string } | undefined;

/** One line per result step whose translation is missing or was made from other English. */
function drift(locale: string, side: FlowSideFile, flows: readonly Flow[], english: English): { problems: string[]; causes: Set<CauseId> } {
  const problems: string[] = [];
  const causes = new Set<CauseId>();
  for (const flow of flows) {
    for (const step of flow.steps) {
      if (step.result?.kind !== 'cause') continue;
      causes.add(step.result.cause);
      const en = english(step.result.cause, step.id)!;
      const now = sourceHash(en.title, en.teach);
      const t = side[flow.id]?.steps[step.id];
      const where = `flows/i18n/${locale}.yaml ${flow.id}.${step.id}`;
      if (!t?.title || !t.explain) problems.push(`${where}: no ${locale} title or explain for this cause's teaching text`);
      else if (t['en-hash'] !== now) {
        problems.push(`${where}: the English changed since this translation (made from ${t['en-hash'] ?? 'no en-hash'}, English now ${now}): re-translate its title and explain from src/report/cause-catalogue.ts, then set en-hash: ${now}`);
      }
    }
  }
  return { problems, causes };
}

const flows = await loadBuiltinFlows();
const sides = Object.fromEntries((['zh-CN', 'ja'] as const).map((l) => [l, parseFlowSideFile(readFileSync(flowSideFilePath(l), 'utf8'), l)]));

describe.each(['zh-CN', 'ja'] as const)('the %s teaching texts', (locale) => {
  it('were translated from the English the catalogue holds now, for every cause', () => {
    const { problems, causes } = drift(locale, sides[locale]!, flows, resultStepText);
    expect(problems).toEqual([]);
    expect([...causes].sort()).toEqual([...CAUSE_IDS].sort());
  });

  it('fail, naming the step and the new fingerprint, when one cause’s English changes', () => {
    const changed: English = (cause, step) => {
      const en = resultStepText(cause, step)!;
      return cause === 'oom-killed' && step === 'oom-killed' ? { ...en, teach: `${en.teach} Also check the heap dump.` } : en;
    };
    const { problems } = drift(locale, sides[locale]!, flows, changed);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^flows/i18n/${locale}\\.yaml crashloop\\.oom-killed: the English changed since this translation \\(made from [0-9a-f]{12}, English now [0-9a-f]{12}\\)`));
  });

  it('keep their fingerprint when the English is only re-wrapped', () => {
    const en = resultStepText('oom-killed', 'oom-killed')!;
    expect(sourceHash(en.title, en.teach.replace(/ /g, '\n  '))).toBe(sourceHash(en.title, en.teach));
  });
});
