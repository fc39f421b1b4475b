import dayjs from "dayjs";

/**
 * The one way the web prints figures and dates (zh-CN): counts with thousands separators and at most two
 * decimals, percentages with one decimal, dates as 2019-11-30 in tables and 2019年11月30日 in running text.
 * "—" stands for "no value".
 */
const NONE = "—";
const counts = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 });
const fixedNumbers = new Map<number, Intl.NumberFormat>();

function fixed(digits: number): Intl.NumberFormat {
  let f = fixedNumbers.get(digits);
  if (!f) {
    f = new Intl.NumberFormat("zh-CN", { minimumFractionDigits: digits, maximumFractionDigits: digits });
    fixedNumbers.set(digits, f);
  }
  return f;
}

type Maybe = number | null | undefined;

/** 1,800 · 85,225.23; with `digits` always that many decimals (4.50). */
export function formatNumber(value: Maybe, digits?: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NONE;
  return digits === undefined ? counts.format(value) : fixed(digits).format(value);
}

/** A value already in percent (85.34) as "85.3%". */
export function formatPercent(value: Maybe, digits = 1): string {
  return value === null || value === undefined ? NONE : `${formatNumber(value, digits)}%`;
}

/** A share 0–1 (0.8534) as "85.3%". */
export function formatShare(share: Maybe, digits = 1): string {
  return share === null || share === undefined ? NONE : formatPercent(share * 100, digits);
}

/** A signed change in percentage points of a share 0–1: "+1.2 个百分点" is left to the caller; this gives "+1.2". */
export function formatSignedShare(delta: Maybe, digits = 1): string {
  if (delta === null || delta === undefined) return NONE;
  const text = formatNumber(delta * 100, digits);
  return delta > 0 ? `+${text}` : text;
}

/** A quantity with its unit as the plan states it: "8,000 人", "80.0%". */
export function formatQuantity(value: Maybe, unit: string): string {
  if (value === null || value === undefined) return NONE;
  return unit === "%" ? formatPercent(value) : `${formatNumber(value)} ${unit}`.trimEnd();
}

/** Bytes as "1.5 MB" / "320 KB". */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${formatNumber(bytes / 1024 / 1024, 1)} MB`
    : `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

/** 2019-11-30 (tables, forms). */
export function formatDate(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format("YYYY-MM-DD") : NONE;
}

/** 2019年11月30日 (running text, receipts). */
export function formatLongDate(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format("YYYY年M月D日") : NONE;
}

/** 2019-11-30 14:05 (when something happened). */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format("YYYY-MM-DD HH:mm") : NONE;
}

/** A table cell holding a count: `render: countCell`. */
export const countCell = (value: number | null | undefined): string => formatNumber(value);
