/**
 * Reading spreadsheet cells the way people fill them in. The server flattens whatever the file holds
 * (rich text, formula results, dates) into one of these before any rule sees it.
 */
export type SheetCell = string | number | boolean | null;

export type CellRead<T> = { ok: true; value: T } | { ok: false; message: string };

/** Text as typed; NFKC folds full-width digits and letters (２０１９ → 2019) that Chinese IMEs produce. */
export function cellText(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "boolean") return cell ? "是" : "否";
  return cell.normalize("NFKC").trim();
}

export function isBlank(cell: SheetCell | undefined): boolean {
  return cellText(cell) === "";
}

const DECIMAL = /^[+-]?\d+(\.\d+)?$/;

/** A number cell, or text that is plainly a number; null for an empty cell. */
export function readNumber(cell: SheetCell | undefined, label: string): CellRead<number | null> {
  if (typeof cell === "number") {
    return Number.isFinite(cell) ? { ok: true, value: cell } : { ok: false, message: `${label}须为数字` };
  }
  const text = cellText(cell);
  if (text === "") return { ok: true, value: null };
  if (!DECIMAL.test(text)) return { ok: false, message: `${label}须为数字，当前为「${text}」` };
  return { ok: true, value: Number(text) };
}

/** 学位数 and other counts: empty means 0 (not yet recorded). */
export function readCount(cell: SheetCell | undefined, label: string): CellRead<number> {
  const read = readNumber(cell, label);
  if (!read.ok) return read;
  const value = read.value ?? 0;
  if (value < 0) return { ok: false, message: `${label}不能为负数，当前为 ${value}` };
  if (!Number.isInteger(value)) return { ok: false, message: `${label}须为整数，当前为 ${value}` };
  return { ok: true, value };
}

const YES = new Set(["是", "Y", "y", "TRUE", "true"]);
const NO = new Set(["否", "N", "n", "FALSE", "false"]);

/** 是/否; an empty cell is 否. */
export function readYesNo(cell: SheetCell | undefined, label: string): CellRead<boolean> {
  if (typeof cell === "boolean") return { ok: true, value: cell };
  const text = cellText(cell);
  if (text === "" || NO.has(text)) return { ok: true, value: false };
  if (YES.has(text)) return { ok: true, value: true };
  return { ok: false, message: `${label}须填写“是”或“否”，当前为「${text}」` };
}

/** One of a fixed list of Chinese labels (办学类型、办学性质…), mapped back to its code. */
export function readLabel<K extends string>(
  cell: SheetCell | undefined,
  options: { label: string; labels: Record<K, string>; fallback?: K },
): CellRead<K | null> {
  const text = cellText(cell);
  if (text === "") return { ok: true, value: options.fallback ?? null };
  for (const [key, label] of Object.entries(options.labels) as [K, string][]) {
    if (label === text) return { ok: true, value: key };
  }
  const allowed = Object.values<string>(options.labels).join("、");
  return { ok: false, message: `${options.label}「${text}」无效，可选：${allowed}` };
}

/** Optional free text with a length limit; empty is null. */
export function readText(cell: SheetCell | undefined, label: string, max: number): CellRead<string | null> {
  const text = cellText(cell);
  if (text === "") return { ok: true, value: null };
  if (text.length > max)
    return { ok: false, message: `${label}不能超过 ${max} 个字（当前 ${text.length} 个）` };
  return { ok: true, value: text };
}
