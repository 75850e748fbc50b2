// What a diagnosis says is a message the catalogs word (src/i18n/catalogs/diagnosis): every message the analysis
// and the report build — findings' summaries, reasons, exit-code meanings, a cause's words, the trace — has its key
// in every language, and the English catalog says what the code's own English says (the signature labels, the
// rule table, the named facts, the exit-code table), so `rules explain` and the diagnosis never drift apart.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Message } from '../../src/contracts/diagnosis.js';
import type { Evidence } from '../../src/contracts/evidence.js';
import { exitCodeMeaning } from '../../src/analysis/exit-code.js';
import { FACTS } from '../../src/analysis/rules/facts.js';
import { RULES } from '../../src/analysis/rules/table.js';
import { WEIGHTED_SIGNATURES } from '../../src/analysis/log-patterns.js';
import { CATALOGS, createTranslator, LOCALES } from '../../src/i18n/index.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { diagnose } from '../../src/report/diagnose.js';
import { word } from '../../src/report/word.js';
import { loadScenarios } from '../../src/scenario/index.js';
import { scenarioEvidence } from '../analysis/support/evidence.js';
import { REAL_WORLD_CASES } from '../analysis/real-world-cases.js';
import { MORE_CASES } from '../analysis/real-world-cases-more.js';
import { LOOKALIKES, NEGATIVE_CORPUS } from '../analysis/negative-corpus.js';

const SRC = resolve(import.meta.dirname, '../../src');
const en = CATALOGS.en;
const translators = LOCALES.map((locale) => [locale, createTranslator(locale)] as const);

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* sourceFiles(p);
    else if (/\.tsx?$/.test(name)) yield p;
  }
}

/** Every message in a tree of messages, the tree's root first. */
function* messagesIn(m: Message): Generator<Message> {
  yield m;
  for (const v of Object.values(m.values ?? {})) if (typeof v === 'object') yield* messagesIn(v);
}

const pods: { name: string; evidence: Evidence }[] = [...REAL_WORLD_CASES, ...MORE_CASES, ...NEGATIVE_CORPUS, ...LOOKALIKES].map((c) => ({ name: c.name, evidence: c.evidence }));
for (const s of await loadScenarios([builtinScenariosDir()])) if (s.meta.pod) pods.push({ name: `scenario ${s.name}`, evidence: await scenarioEvidence(s) });

describe('the diagnosis messages', () => {
  it('has a key in the catalogs for every message id written in the source', () => {
    const ids = new Set<string>();
    for (const file of sourceFiles(SRC)) for (const m of readFileSync(file, 'utf8').matchAll(/'(dx\.[\w.-]+)'/g)) ids.add(m[1]!);
    expect(ids.size).toBeGreaterThan(150);
    expect([...ids].filter((id) => !(id in en))).toEqual([]);
  });

  it('words every message of every diagnosis we ship or test, in every language, with all its values filled', () => {
    const said = new Set<string>();
    for (const p of pods) {
      const d = diagnose({ evidence: p.evidence, target: { namespace: p.evidence.pod.metadata.namespace ?? 'default' } });
      const roots = [d.words!.summary, d.words!.explanation, ...(d.words!.fix ? [d.words!.fix] : []), ...d.alternatives.map((a) => a.why), ...(d.trace ?? []).map((t) => t.why), ...d.findings.map((f) => f.say)];
      for (const root of roots) {
        for (const m of messagesIn(root)) {
          said.add(m.id);
          expect(m.id in en, `${p.name}: ${m.id}`).toBe(true);
        }
        for (const [locale, t] of translators) expect(word(root, t), `${p.name} ${locale} ${root.id}`).not.toMatch(/\{\w+\}/);
      }
    }
    expect(said.size).toBeGreaterThan(150);
  });

  it('labels every log signature with its own catalog message, English as the signature says it', () => {
    for (const w of WEIGHTED_SIGNATURES) expect(en[w.pattern.labelId], w.signature.id).toBe(w.pattern.label);
  });

  it('says each rule and each named fact in English as the rule table does (`rules explain`)', () => {
    const clause = (s: string): string => (/^[A-Z](?![A-Z])/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s).replace(/\s*\(see [^)]*\)/, '').replace(/\.$/, '');
    for (const r of RULES) expect(en[`dx.rule.${r.id}`], r.id).toBe(clause(r.says));
    for (const [id, f] of Object.entries(FACTS)) {
      expect(en[`dx.fact.${id}.says`], id).toBe(f.says);
      expect(en[`dx.fact.${id}.isNot`], id).toBe(f.isNot);
    }
  });

  it('words every exit code as the exit-code table says it in English, and in every language', () => {
    for (const code of [-1, 0, 1, 2, 3, 42, 64, 73, 78, 126, 127, 128, 129, 130, 134, 137, 139, 143, 150, 200, 255, 256, 300]) {
      const m = exitCodeMeaning(code);
      expect(word(m.say), String(code)).toBe(m.meaning);
      for (const [locale, t] of translators) expect(word(m.say, t), `${locale} ${code}`).not.toMatch(/\{\w+\}/);
    }
  });
});
