// `npm run eval`: the engine on the real-world cases, split into the cases its rules were written from and
// the cases gathered afterwards and scored before any change drawn from them (the later real-world set, the
// negative corpus of ordinary crashes and its look-alikes).
import { diagnose } from '../../src/report/diagnose.js';
import type { RealWorldCase } from '../../test/analysis/real-world-builders.js';
import { REAL_WORLD_CASES } from '../../test/analysis/real-world-cases.js';
import { MORE_CASES } from '../../test/analysis/real-world-cases-more.js';
import { NEGATIVE_CORPUS, LOOKALIKES } from '../../test/analysis/negative-corpus.js';
import { SIGNAL_CASES } from '../../test/analysis/signal-cases.js';
import { PASSING_MENTIONS } from '../../test/analysis/negative-corpus-passing.js';
import { renderScores, type Scored } from './score.js';

const score = (cases: readonly RealWorldCase[]): Scored[] => cases.map((c) => {
  const d = diagnose({ evidence: c.evidence, target: { namespace: c.evidence.pod.metadata.namespace ?? 'default' } });
  return { expected: c.cause, accepted: [c.cause, ...(c.also ?? [])], got: d.cause };
});

const misses = (cases: readonly RealWorldCase[], scored: readonly Scored[]): string[] =>
  scored.flatMap((s, i) => (s.accepted.includes(s.got) ? [] : [`  miss: ${cases[i]!.name} — expected ${s.expected}, got ${s.got} (${cases[i]!.source})`]));

const sets: [string, readonly RealWorldCase[]][] = [
  ['Cases the rules were written from (first real-world set)', REAL_WORLD_CASES],
  // Each later set was scored blind once, before any change drawn from it (those figures are in
  // docs/diagnosis-engine.md); what is printed here is today's score, which guards against regressions.
  ['Added afterwards (blind score in docs/diagnosis-engine.md), scored now: later real-world set', MORE_CASES],
  ['Added afterwards (blind score in docs/diagnosis-engine.md), scored now: negative corpus (ordinary crashes)', NEGATIVE_CORPUS],
  ['Added afterwards (blind score in docs/diagnosis-engine.md), scored now: look-alikes', LOOKALIKES],
  // Round 2: scored blind before any dropped phrase came back (figures in docs/diagnosis-engine.md).
  ['Round 2, scored blind first (docs/diagnosis-engine.md), scored now: dependency, port, permission, config, segfault, exec signals', SIGNAL_CASES],
  ['Round 2, scored blind first (docs/diagnosis-engine.md), scored now: ordinary bugs mentioning those words in passing', PASSING_MENTIONS],
];
const verbose = process.argv.includes('--misses');
for (const [title, cases] of sets) {
  const scored = score(cases);
  console.log(renderScores(title, scored));
  if (verbose) for (const m of misses(cases, scored)) console.log(m);
  console.log('');
}
const later = [...MORE_CASES, ...NEGATIVE_CORPUS, ...LOOKALIKES, ...SIGNAL_CASES, ...PASSING_MENTIONS];
console.log(renderScores('All cases added afterwards', score(later)));
