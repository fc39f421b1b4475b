/** Column letters to a zero-based index (A → 0, AA → 26); past `cap` gives `cap` at once, so any length is cheap. */
export function columnIndex(letters: string, cap = Number.MAX_SAFE_INTEGER): number {
  let n = 0;
  for (const ch of letters) {
    n = n * 26 + ch.charCodeAt(0) - 64;
    if (n > cap) return cap;
  }
  return n - 1;
}

/** Zero-based column index to its letters: 0 → A, 26 → AA. */
export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** "B12" → its zero-based column and its row, or null for anything else. */
export function parseCellRef(ref: string, cap?: number): { column: number; row: number } | null {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!match?.[1] || !match[2]) return null;
  return { column: columnIndex(match[1], cap), row: Number(match[2]) };
}
