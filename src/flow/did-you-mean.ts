// A hint for a misspelt name in a flow file: the closest word of the vocabulary, when one is close enough (the
// messages word it as "did you mean …?" in the reader's language).
export function closest(word: string, vocabulary: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of vocabulary) {
    const [w, c] = [word.toLowerCase(), candidate.toLowerCase()];
    // A cut-short name ("logs-prev") is as good a hint as a one-letter typo.
    const d = w.length >= 3 && c.startsWith(w) ? 1 : editDistance(w, c);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}
