/**
 * Edit distance with transpositions (optimal string alignment): how many
 * letters must be added, removed, changed or swapped with their neighbour
 * to turn one word into the other (scr -> src is one).
 */
function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      }
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The known name a misspelt one was most likely meant to be: the same in
 * another case, or one slip away (two for names of five letters or more),
 * or undefined. Used to say "did you mean caption?" for `captoin`.
 */
export function nearestName(name: string, known: Iterable<string>): string | undefined {
  const within = name.length <= 4 ? 1 : 2;
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase());
    if (d <= within && d < (best?.distance ?? Infinity)) best = { name: candidate, distance: d };
  }
  return best?.name;
}
