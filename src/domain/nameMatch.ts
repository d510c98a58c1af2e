/**
 * Names are compared after normalising case, accents and spacing. The
 * Norwegian letters æ, ø and å are letters of their own, not accented
 * forms, so they are kept ("Ø" matches "ø", but "o" does not match "ø");
 * other accents are dropped ("é" matches "e").
 */
const OWN_LETTERS = new Set(['æ', 'ø', 'å']);

export function normalizeName(name: string): string {
  const lower = name.normalize('NFC').toLocaleLowerCase('nb');
  let out = '';
  for (const char of lower) {
    out += OWN_LETTERS.has(char) ? char : char.normalize('NFD').replace(/\p{M}/gu, '');
  }
  return out.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Whether a normalised name contains every word of the query (in any order). */
export function nameMatchesQuery(normalizedName: string, query: string): boolean {
  const words = normalizeName(query).split(' ').filter(Boolean);
  return words.every((word) => normalizedName.includes(word));
}

/** Levenshtein distance, stopping early once it passes `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** How many typos two names may differ by and still be "similar": more for longer names. */
function allowedEdits(length: number): number {
  return length < 5 ? 0 : length < 10 ? 1 : 2;
}

/**
 * [DUP-1] Two names are similar when they are the same after normalising,
 * the same words in another order, or a small edit distance apart.
 */
export function areNamesSimilar(a: string, b: string): boolean {
  const na = normalizeName(a);
  const nb = normalizeName(b);
  if (na === '' || nb === '') return false;
  if (na === nb) return true;
  const sortedA = na.split(' ').sort().join(' ');
  const sortedB = nb.split(' ').sort().join(' ');
  if (sortedA === sortedB) return true;
  const limit = allowedEdits(Math.min(na.length, nb.length));
  return editDistance(na, nb, limit) <= limit;
}

export function findSimilarNames<T extends { id: string; name: string }>(name: string, people: readonly T[], exceptId?: string): T[] {
  return people.filter((person) => person.id !== exceptId && areNamesSimilar(name, person.name));
}
