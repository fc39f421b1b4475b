import { MAX_UPLOAD_BYTES } from "../uploads/upload.ts";

/**
 * What an uploaded workbook may cost the server. Uploads are hostile: every number here bounds memory or
 * time whatever the file claims about itself.
 */
export const SHEET_LIMITS = {
  /** Largest upload accepted. */
  uploadBytes: MAX_UPLOAD_BYTES,
  /** Parts of the package; a workbook has a few dozen. */
  entries: 2_000,
  /** All parts together once inflated. */
  uncompressedBytes: 512 * 1024 * 1024,
  /**
   * Inflated size over stored size, for parts above `ratioFloorBytes`. Sheet XML compresses about 10:1,
   * generated sheets up to about 60:1; a zip bomb reaches 1000:1.
   */
  compressionRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  /** Columns read from a sheet (IV, old Excel's last column); a cell further right is refused, never padded. */
  columns: 256,
  /** Characters of one cell: Excel's own limit. */
  cellChars: 32_767,
  /** Excel's last row. */
  sheetRows: 1_048_576,
  /** Reading one workbook may take this long, however it is built. */
  readMs: 120_000,
} as const;

export type SheetLimits = typeof SHEET_LIMITS;
