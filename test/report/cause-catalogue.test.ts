// One per-cause catalogue (src/report/cause-catalogue.ts): the flows' result steps, docs/causes.md and the words of
// a diagnosis all read from it. These fail as soon as a flow or the docs say something else about a cause.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAUSE_IDS, CAUSE_TITLES } from '../../src/contracts/causes.js';
import { loadBuiltinFlows } from '../../src/flow/index.js';
import { CAUSE_CATALOGUE, resultStepText } from '../../src/report/cause-catalogue.js';

const oneLine = (s: string): string => s.split(/\s+/).filter(Boolean).join(' ');

describe('the per-cause catalogue', () => {
  it('is the title and the text of every flow result step that names a cause', async () => {
    const flows = await loadBuiltinFlows();
    let checked = 0;
    for (const flow of flows) {
      for (const step of flow.steps) {
        if (step.result?.kind !== 'cause') continue;
        const want = resultStepText(step.result.cause, step.id);
        expect(want, `${flow.id}/${step.id}: no catalogue entry or variant for this result step`).toBeDefined();
        expect(step.title, `${flow.id}/${step.id} title`).toBe(want!.title);
        expect(oneLine(step.explain), `${flow.id}/${step.id} explain`).toBe(want!.teach);
        checked++;
      }
    }
    expect(checked).toBe(CAUSE_IDS.length + Object.values(CAUSE_CATALOGUE).reduce((n, e) => n + Object.keys(e.variants ?? {}).length, 0));
  });

  it('is the only place the built-in flows take the words of a result step from: their result steps carry none', () => {
    const copies: string[] = [];
    for (const file of ['crashloop.yaml', 'pod-not-starting.yaml']) {
      const text = readFileSync(resolve(import.meta.dirname, '../../flows', file), 'utf8');
      for (const block of text.split(/^(?=  [a-z][a-z0-9-]*:\s*$)/m)) {
        if (/^    result: \{ cause: /m.test(block) && /^    (title|explain):/m.test(block)) copies.push(`${file}: ${block.split(':')[0]!.trim()}`);
      }
    }
    expect(copies).toEqual([]);
  });

  it('is what docs/causes.md says each cause means', () => {
    const doc = readFileSync(resolve(import.meta.dirname, '../../docs/causes.md'), 'utf8');
    const rows = new Map([...doc.matchAll(/^\| `([a-z-]+)` \| (.*?) \|/gm)].map((m) => [m[1]!, m[2]!]));
    for (const id of CAUSE_IDS) expect(rows.get(id), id).toBe(CAUSE_CATALOGUE[id].means);
  });

  it('titles every cause with the vocabulary title the reports print', () => {
    for (const id of CAUSE_IDS) expect(CAUSE_CATALOGUE[id].title).toBe(CAUSE_TITLES[id]);
  });
});
