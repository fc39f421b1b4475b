import type ExcelJS from "exceljs";

/**
 * Text that a spreadsheet or a CSV consumer would read as a formula (OWASP "CSV injection"): it starts with
 * = + - @, a tab or a carriage return. A single such character alone is plain text (a "-" placeholder).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The text as exported: a formula-like value gets a leading apostrophe so it stays text everywhere. */
export function neutraliseText(text: string): string {
  return text.length > 1 && FORMULA_START.test(text) ? `'${text}` : text;
}

function neutraliseCell(cell: ExcelJS.Cell): void {
  const value = cell.value;
  if (typeof value === "string") {
    cell.value = neutraliseText(value);
    return;
  }
  if (value && typeof value === "object" && "richText" in value) {
    const [first, ...rest] = value.richText;
    if (first) cell.value = { richText: [{ ...first, text: neutraliseText(first.text) }, ...rest] };
    return;
  }
  if (value && typeof value === "object" && "hyperlink" in value && typeof value.text === "string") {
    cell.value = { ...value, text: neutraliseText(value.text) };
  }
}

/** Every .xlsx the server sends goes through here: text cells neutralised, then written. */
export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => row.eachCell((cell) => neutraliseCell(cell)));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
