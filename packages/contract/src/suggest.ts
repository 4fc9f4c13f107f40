/**
 * "Did you mean" for names: the closest candidate by edit distance when it is close enough to
 * be a typo, else a candidate whose alias (display name without spaces) equals the word.
 */
export function suggest(word: string, candidates: readonly string[], aliases: ReadonlyMap<string, string> = new Map()): string | undefined {
  const w = word.toLowerCase();
  const alias = aliases.get(w.replace(/[\s_.-]/g, ''));
  if (alias) return alias;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestScore) {
      bestScore = d;
      best = c;
    }
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
