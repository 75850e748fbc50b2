// A lone word that is one or two edits from a command is almost surely a typo, not a pod name.
export function closeCommandName(word: string, commands: readonly string[]): string | undefined {
  for (const c of commands) {
    const allowed = Math.max(1, Math.min(2, Math.floor(c.length / 3)));
    if (word !== c && editDistance(word, c) <= allowed) return c;
  }
  return undefined;
}

// Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps ("scna").
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
