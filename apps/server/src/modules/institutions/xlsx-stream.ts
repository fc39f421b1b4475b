import type { SheetCell } from "@edubureau/domain/registry";
import { entryText, type ZipEntry } from "./xlsx-package.ts";

/**
 * Rows of one worksheet read straight from the package XML as it inflates, so a 100,000-row sheet is
 * never held whole. ExcelJS's streaming reader is not used here: it decodes every inflated chunk on its
 * own (TextDecoder without `stream`), which garbles a Chinese character cut by a chunk boundary; this
 * reads the entry through a stateful UTF-8 decoder (xlsx-package.ts entryText).
 */
const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescape(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X"))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITY[name] ?? whole;
  });
}

/** The text of an <si> or <is>: its runs' <t>, without phonetic guides (<rPh>). */
function richText(xml: string): string {
  let text = "";
  for (const match of xml
    .replace(/<rPh\b[\s\S]*?<\/rPh>/g, "")
    .matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>|<t\b[^>]*\/>/g)) {
    text += unescape(match[1] ?? "");
  }
  return text;
}

/** Complete elements `tag` out of a growing text; returns them and the unconsumed tail. */
function* elements(pending: { text: string }, pattern: RegExp): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  let consumed = 0;
  for (let match = pattern.exec(pending.text); match; match = pattern.exec(pending.text)) {
    consumed = pattern.lastIndex;
    yield match;
  }
  pending.text = pending.text.slice(consumed);
}

export async function readSharedStrings(buffer: Buffer, entry: ZipEntry | undefined): Promise<string[]> {
  const strings: string[] = [];
  if (!entry) return strings;
  const pending = { text: "" };
  for await (const chunk of entryText(buffer, entry)) {
    pending.text += chunk;
    for (const match of elements(pending, /<si\b[^>]*>([\s\S]*?)<\/si>|<si\b[^>]*\/>/g))
      strings.push(richText(match[1] ?? ""));
  }
  return strings;
}

function attribute(attrs: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];
}

function columnIndex(ref: string | undefined, fallback: number): number {
  const letters = ref ? /^[A-Z]+/.exec(ref)?.[0] : undefined;
  if (!letters) return fallback;
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

function cellValue(attrs: string, body: string, strings: readonly string[]): SheetCell {
  const type = attribute(attrs, "t");
  if (type === "inlineStr") return richText(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? "");
  const raw = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
  if (raw === undefined) return null;
  if (type === "s") return strings[Number(raw)] ?? null;
  if (type === "str" || type === "e") return unescape(raw);
  if (type === "b") return raw === "1";
  const n = Number(raw);
  return Number.isFinite(n) ? n : unescape(raw);
}

export interface StreamedRow {
  /** Row number as Excel shows it. */
  row: number;
  cells: SheetCell[];
}

/** Every non-empty row of a worksheet, in order, as the XML inflates. */
export async function* streamSheetRows(
  buffer: Buffer,
  sheet: ZipEntry,
  strings: readonly string[],
): AsyncGenerator<StreamedRow> {
  const pending = { text: "" };
  let nextRow = 1;
  for await (const chunk of entryText(buffer, sheet)) {
    pending.text += chunk;
    for (const match of elements(pending, /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
      const row = Number(attribute(match[1] ?? "", "r") ?? nextRow);
      nextRow = row + 1;
      const cells: SheetCell[] = [];
      let next = 0;
      for (const cell of (match[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const attrs = cell[1] ?? "";
        const at = columnIndex(attribute(attrs, "r"), next);
        next = at + 1;
        while (cells.length < at) cells.push(null);
        cells[at] = cellValue(attrs, cell[2] ?? "", strings);
      }
      if (cells.some((c) => c !== null && c !== "")) yield { row, cells };
    }
  }
}
