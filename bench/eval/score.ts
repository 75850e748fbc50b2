// Precision and recall per cause over labelled cases: what `npm run eval` prints. A case is right when the
// engine names its cause or one its report makes equally defensible (`also`).
import type { CauseId } from '../../src/contracts/causes.js';

export interface Scored {
  readonly expected: CauseId;
  readonly accepted: readonly (CauseId | null)[];
  readonly got: CauseId | null;
}

export interface CauseScore {
  readonly cause: string;
  /** Cases labelled with this cause. */
  readonly cases: number;
  /** Labelled with it and diagnosed as an accepted cause. */
  readonly found: number;
  /** Diagnosed as this cause. */
  readonly named: number;
  /** Diagnosed as this cause and that was accepted. */
  readonly rightlyNamed: number;
}

export function scoreByCause(results: readonly Scored[]): CauseScore[] {
  const causes = new Set<string>();
  for (const r of results) { causes.add(r.expected); if (r.got) causes.add(r.got); }
  return [...causes].sort().map((cause) => {
    const labelled = results.filter((r) => r.expected === cause);
    const named = results.filter((r) => r.got === cause);
    return {
      cause, cases: labelled.length, found: labelled.filter((r) => r.accepted.includes(r.got)).length,
      named: named.length, rightlyNamed: named.filter((r) => r.accepted.includes(r.got)).length,
    };
  });
}

const pct = (a: number, b: number): string => (b === 0 ? '   —' : `${Math.round((100 * a) / b).toString().padStart(3)}%`);

export function renderScores(title: string, results: readonly Scored[]): string {
  const rows = scoreByCause(results);
  const right = results.filter((r) => r.accepted.includes(r.got)).length;
  const lines = [`${title}: ${right} of ${results.length} right (${pct(right, results.length).trim()})`,
    `  ${'cause'.padEnd(20)} ${'cases'.padStart(5)} ${'recall'.padStart(7)} ${'named'.padStart(6)} ${'precision'.padStart(9)}`];
  for (const r of rows) {
    lines.push(`  ${r.cause.padEnd(20)} ${String(r.cases).padStart(5)} ${pct(r.found, r.cases).padStart(7)} ${String(r.named).padStart(6)} ${pct(r.rightlyNamed, r.named).padStart(9)}`);
  }
  return lines.join('\n');
}
