import type { Readable } from "node:stream";
import yauzl, { type Entry, type ZipFile } from "yauzl";
import { SHEET_LIMITS } from "./sheet-limits.ts";
import { readSmallPart, workbookSheets, type WorksheetPart } from "./workbook-parts.ts";

/** An .xlsx package opened for reading: its parts by name and its sheets in workbook order. */
export interface XlsxPackage {
  sheets: WorksheetPart[];
  has(path: string): boolean;
  /** One part's text as it inflates, decoded as UTF-8 without splitting a character between chunks. */
  text(path: string): Promise<Readable>;
}

export type Refusal =
  "legacy_or_encrypted" | "not_zip" | "not_xlsx" | "unsupported" | "too_many_parts" | "too_large_inflated";

export type XlsxCheck = { ok: true; workbook: XlsxPackage } | { ok: false; reason: Refusal };

const LOCAL_SIGNATURE = 0x04034b50;
/** Compound File Binary (OLE2): old .xls, and .xlsx files saved with an opening password. */
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** What the central directory declares about the parts, checked before anything is inflated. */
function sizeRefusal(entries: readonly Entry[]): Refusal | null {
  if (entries.length > SHEET_LIMITS.entries) return "too_many_parts";
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const bomb =
      entry.uncompressedSize > SHEET_LIMITS.ratioFloorBytes &&
      entry.uncompressedSize > Math.max(1, entry.compressedSize) * SHEET_LIMITS.compressionRatio;
    if (bomb || total > SHEET_LIMITS.uncompressedBytes) return "too_large_inflated";
  }
  return null;
}

async function listEntries(zip: ZipFile): Promise<Entry[] | null> {
  const entries: Entry[] = [];
  for await (const entry of zip.eachEntry()) {
    if (entry.isEncrypted()) return null;
    entries.push(entry);
    // Stop reading a directory that is already too long to accept.
    if (entries.length > SHEET_LIMITS.entries) break;
  }
  return entries;
}

/**
 * Is this an .xlsx workbook at all, and a safe one to read? Checked on the upload itself, before any job
 * starts. The ZIP container is read by yauzl, which also fails a part that inflates to more than its
 * declared size — so the declared sizes checked here bound what inflating can cost.
 */
export async function checkXlsx(buffer: Buffer): Promise<XlsxCheck> {
  if (buffer.subarray(0, 8).equals(OLE2_MAGIC)) return { ok: false, reason: "legacy_or_encrypted" };
  if (buffer.length < 30 || buffer.readUInt32LE(0) !== LOCAL_SIGNATURE)
    return { ok: false, reason: "not_zip" };
  let zip: ZipFile;
  let entries: Entry[] | null;
  try {
    zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: true });
    entries = await listEntries(zip);
  } catch {
    return { ok: false, reason: "unsupported" };
  }
  if (!entries) return { ok: false, reason: "legacy_or_encrypted" };
  const refusal = sizeRefusal(entries);
  if (refusal) return { ok: false, reason: refusal };
  const byName = new Map(entries.map((entry) => [entry.fileName, entry]));
  if (!byName.has("[Content_Types].xml") || !byName.has("xl/workbook.xml"))
    return { ok: false, reason: "not_xlsx" };
  const text = async (path: string): Promise<Readable> => {
    const entry = byName.get(path);
    if (!entry) throw new Error(`no part ${path}`);
    const stream = await zip.openReadStreamPromise(entry);
    stream.setEncoding("utf8");
    return stream;
  };
  try {
    const sheets = await workbookSheets({
      workbook: await readSmallPart(await text("xl/workbook.xml")),
      rels: byName.has("xl/_rels/workbook.xml.rels")
        ? await readSmallPart(await text("xl/_rels/workbook.xml.rels"))
        : "",
      has: (path) => byName.has(path),
    });
    if (sheets.length === 0) return { ok: false, reason: "not_xlsx" };
    return { ok: true, workbook: { sheets, has: (path) => byName.has(path), text } };
  } catch {
    return { ok: false, reason: "unsupported" };
  }
}
