import { crc32, createInflateRaw } from "node:zlib";
import { Readable } from "node:stream";

/**
 * Just enough of the ZIP container (APPNOTE.TXT §4.3) to tell a real .xlsx from anything else before a
 * spreadsheet library sees it, and to find merged cells, which ExcelJS's streaming reader skips.
 */
export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  /** Offset of this entry's record in the central directory. */
  centralOffset: number;
}

export interface WorksheetPart {
  name: string;
  /** Entry path, e.g. xl/worksheets/sheet1.xml. */
  path: string;
  hidden: boolean;
}

export type XlsxCheck =
  | { ok: true; entries: Map<string, ZipEntry>; sheets: WorksheetPart[] }
  | { ok: false; reason: "legacy_or_encrypted" | "not_zip" | "not_xlsx" | "unsupported" };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** Compound File Binary (OLE2): old .xls, and .xlsx files saved with an opening password. */
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function readEntries(buffer: Buffer): Map<string, ZipEntry> | null {
  // The end record sits in the last 22 bytes plus a comment of at most 65535 bytes.
  const floor = Math.max(0, buffer.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buffer.length - 22; i >= floor; i--) {
    if (buffer.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  const entries = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i++) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== CENTRAL_SIGNATURE) return null;
    const flags = buffer.readUInt16LE(offset + 8);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const entry: ZipEntry = {
      name: buffer.toString("utf8", offset + 46, offset + 46 + nameLength),
      method: buffer.readUInt16LE(offset + 10),
      crc: buffer.readUInt32LE(offset + 16),
      compressedSize: buffer.readUInt32LE(offset + 20),
      uncompressedSize: buffer.readUInt32LE(offset + 24),
      localHeaderOffset: buffer.readUInt32LE(offset + 42),
      centralOffset: offset,
    };
    // Encrypted entries (flag bit 0) and ZIP64 sizes never occur in a workbook of 20 MB or less.
    if ((flags & 1) === 1 || entry.compressedSize === 0xffffffff) return null;
    entries.set(entry.name, entry);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function entryData(buffer: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== LOCAL_SIGNATURE)
    throw new Error("bad local header");
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  return buffer.subarray(start, start + entry.compressedSize);
}

/** The text of an entry, chunk by chunk, without holding all of it: sheets can be large. */
export async function* entryText(buffer: Buffer, entry: ZipEntry): AsyncGenerator<string> {
  const data = entryData(buffer, entry);
  if (entry.method === 0) {
    yield data.toString("utf8");
    return;
  }
  if (entry.method !== 8) throw new Error(`unsupported compression ${entry.method}`);
  const inflate = Readable.from([data]).pipe(createInflateRaw());
  inflate.setEncoding("utf8");
  for await (const chunk of inflate) yield chunk as string;
}

async function wholeText(buffer: Buffer, entry: ZipEntry): Promise<string> {
  let text = "";
  for await (const chunk of entryText(buffer, entry)) text += chunk;
  return text;
}

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match?.[1]?.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_ENTITIES[e] ?? "");
}

/** Sheet names in workbook order with the part that holds each (workbook.xml + its relationships). */
async function readSheets(buffer: Buffer, entries: Map<string, ZipEntry>): Promise<WorksheetPart[] | null> {
  const workbook = entries.get("xl/workbook.xml");
  const rels = entries.get("xl/_rels/workbook.xml.rels");
  if (!workbook || !rels) return null;
  const targets = new Map<string, string>();
  for (const tag of (await wholeText(buffer, rels)).match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attribute(tag, "Id");
    const target = attribute(tag, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const sheets: WorksheetPart[] = [];
  for (const tag of (await wholeText(buffer, workbook)).match(/<sheet\b[^>]*>/g) ?? []) {
    const name = attribute(tag, "name");
    const path = targets.get(attribute(tag, "r:id") ?? "");
    if (name === undefined || path === undefined || !entries.has(path)) continue;
    const state = attribute(tag, "state");
    sheets.push({ name, path, hidden: state === "hidden" || state === "veryHidden" });
  }
  return sheets;
}

/** Is this an .xlsx workbook at all? Checked on the upload itself, before any job starts. */
export async function checkXlsx(buffer: Buffer): Promise<XlsxCheck> {
  if (buffer.subarray(0, 8).equals(OLE2_MAGIC)) return { ok: false, reason: "legacy_or_encrypted" };
  if (buffer.length < 30 || buffer.readUInt32LE(0) !== LOCAL_SIGNATURE)
    return { ok: false, reason: "not_zip" };
  const entries = readEntries(buffer);
  if (!entries) return { ok: false, reason: "unsupported" };
  if (!entries.has("[Content_Types].xml") || !entries.has("xl/workbook.xml")) {
    return { ok: false, reason: "not_xlsx" };
  }
  try {
    const sheets = await readSheets(buffer, entries);
    if (!sheets || sheets.length === 0) return { ok: false, reason: "not_xlsx" };
    return { ok: true, entries, sheets };
  } catch {
    return { ok: false, reason: "unsupported" };
  }
}

const FIRST = ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"];
const SHARED_STRINGS = "xl/sharedStrings.xml";
const EMPTY_SHARED_STRINGS = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
);

function localHeader(
  name: Buffer,
  fields: { method: number; crc: number; compressed: number; size: number },
) {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL_SIGNATURE, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(0x0800, 6); // UTF-8 names; no data descriptor: sizes are known up front
  header.writeUInt16LE(fields.method, 8);
  header.writeUInt32LE(fields.crc, 14);
  header.writeUInt32LE(fields.compressed, 18);
  header.writeUInt32LE(fields.size, 22);
  header.writeUInt16LE(name.length, 26);
  return header;
}

function centralHeader(
  name: Buffer,
  fields: { method: number; crc: number; compressed: number; size: number; offset: number },
) {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(CENTRAL_SIGNATURE, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(0x0800, 8);
  header.writeUInt16LE(fields.method, 10);
  header.writeUInt32LE(fields.crc, 16);
  header.writeUInt32LE(fields.compressed, 20);
  header.writeUInt32LE(fields.size, 24);
  header.writeUInt16LE(name.length, 28);
  header.writeUInt32LE(fields.offset, 42);
  return header;
}

/**
 * The same workbook with the workbook, its relationships and the shared strings before the sheets.
 * ExcelJS's streaming reader needs those first; otherwise it parks each sheet in a temporary file
 * (an unhandled error there takes the process down) and may read a sheet before the workbook itself.
 * Compressed data is copied as it is; only the ZIP headers are written anew.
 */
export function streamingOrder(buffer: Buffer, entries: Map<string, ZipEntry>): Buffer {
  const ordered = [
    ...FIRST.flatMap((name) => entries.get(name) ?? []),
    ...(entries.has(SHARED_STRINGS) ? [entries.get(SHARED_STRINGS) as ZipEntry] : []),
    ...[...entries.values()].filter((e) => !FIRST.includes(e.name) && e.name !== SHARED_STRINGS),
  ];
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const add = (name: string, fields: { method: number; crc: number; size: number }, data: Buffer) => {
    const nameBytes = Buffer.from(name, "utf8");
    const sizes = { ...fields, compressed: data.length };
    const header = localHeader(nameBytes, sizes);
    central.push(centralHeader(nameBytes, { ...sizes, offset }), nameBytes);
    parts.push(header, nameBytes, data);
    offset += header.length + nameBytes.length + data.length;
  };
  for (const entry of ordered) {
    add(
      entry.name,
      { method: entry.method, crc: entry.crc, size: entry.uncompressedSize },
      entryData(buffer, entry),
    );
    if (entry.name === "xl/_rels/workbook.xml.rels" && !entries.has(SHARED_STRINGS)) {
      const crc = crc32(EMPTY_SHARED_STRINGS);
      add(SHARED_STRINGS, { method: 0, crc, size: EMPTY_SHARED_STRINGS.length }, EMPTY_SHARED_STRINGS);
    }
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD_SIGNATURE, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

export interface SheetLayout {
  /** Last row of the <dimension> the writer recorded, when it recorded one. */
  lastRow: number | null;
  /** Merged ranges such as "B5:C5". */
  merges: string[];
}

/** One streaming pass over a worksheet's XML for what the row reader does not report. */
export async function readSheetLayout(buffer: Buffer, entry: ZipEntry): Promise<SheetLayout> {
  const merges: string[] = [];
  let lastRow: number | null = null;
  let pending = "";
  const pattern = /<mergeCell\b[^>]*\sref="([A-Z]+\d+(?::[A-Z]+\d+)?)"/g;
  for await (const chunk of entryText(buffer, entry)) {
    pending += chunk;
    if (lastRow === null) {
      const dimension = /<dimension\b[^>]*\sref="[A-Z]+\d+(?::[A-Z]+(\d+))?"/.exec(pending);
      if (dimension?.[1]) lastRow = Number(dimension[1]);
    }
    let consumed = 0;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(pending); match; match = pattern.exec(pending)) {
      if (match[1]) merges.push(match[1]);
      consumed = pattern.lastIndex;
    }
    // Keep a tail long enough to hold a tag cut in half by the chunk boundary.
    pending = pending.slice(Math.max(consumed, pending.length - 256));
  }
  return { lastRow, merges };
}
