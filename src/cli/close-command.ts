// A lone word that is one or two edits from a command is almost surely a typo, not a pod name.
export function closeCommandName(word: string, commands: readonly string[]): string | undefined {
  for (const c of commands) {
    if (word !== c && editDistance(word, c) <= Math.min(2, Math.floor(c.length / 3))) return c;
  }
  return undefined;
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
