/**
 * A closed set of codes written once, as a table of code → label: `codes` keeps the table's order (a non-empty
 * tuple, so it feeds `z.enum` and `pgEnum`), `labels` is the table.
 */
export function labelledCodes<K extends string>(
  labels: Record<K, string>,
): { codes: readonly [K, ...K[]]; labels: Readonly<Record<K, string>> } {
  return { codes: Object.keys(labels) as unknown as readonly [K, ...K[]], labels };
}
