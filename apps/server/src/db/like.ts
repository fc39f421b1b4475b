/** LIKE patterns treat % and _ specially; paths and user search text must match literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
