import { cellText, type SheetCell } from "@edubureau/domain/registry";

/** Cell readers for the health sheets: each answers a value or a Chinese message naming what is wrong. */
export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

export function readNumber(cell: SheetCell | undefined, label: string): Read<number | null> {
  if (typeof cell === "number") return { ok: true, value: cell };
  const text = cellText(cell);
  if (text === "") return { ok: true, value: null };
  const value = Number(text);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, message: `${label}「${text}」不是数字` };
}

/** 2019-10-12, 2019/10/12, 2019.10.12 or an Excel date (read as an ISO day). */
export function readDate(cell: SheetCell | undefined, label: string): Read<string> {
  // A date cell read without styles is its serial number: days since 1899-12-30 (1900 date system).
  if (typeof cell === "number" && Number.isInteger(cell) && cell > 20_000 && cell < 80_000) {
    return {
      ok: true,
      value: new Date(Date.UTC(1899, 11, 30) + cell * 86_400_000).toISOString().slice(0, 10),
    };
  }
  const text = cellText(cell);
  if (text === "") return { ok: false, message: `缺少${label}` };
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (!match) return { ok: false, message: `${label}「${text}」格式应为 2019-10-12` };
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { ok: false, message: `${label}「${text}」不是有效日期` };
  }
  return { ok: true, value: `${String(y)}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` };
}

export function readText(cell: SheetCell | undefined): string {
  return cellText(cell);
}
