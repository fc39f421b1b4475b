import { zipSync, strToU8 } from "fflate";

/**
 * Workbooks built part by part, for the hostile-upload tests: exactly the XML an attacker would write,
 * which no spreadsheet library would produce.
 */
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';
const workbookXml = (sheet: string) =>
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  `<sheets><sheet name="${sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>`;

export const SHEET_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
export const SHEET_CLOSE = "</sheetData></worksheet>";

/** An inline-string cell. */
export const textCell = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** A one-sheet .xlsx whose sheet part is the given XML (text or bytes). */
export function rawWorkbook(sheet: string, xml: string | Uint8Array): Buffer {
  return Buffer.from(
    zipSync(
      {
        "[Content_Types].xml": strToU8(CONTENT_TYPES),
        "xl/workbook.xml": strToU8(workbookXml(sheet)),
        "xl/_rels/workbook.xml.rels": strToU8(RELS),
        "xl/worksheets/sheet1.xml": typeof xml === "string" ? strToU8(xml) : xml,
      },
      { level: 1 },
    ),
  );
}

/** The same package with the sheet part's declared inflated size set to `size` (a lying zip bomb). */
export function declareSheetSize(zip: Buffer, size: number): Buffer {
  const patched = Buffer.from(zip);
  const name = Buffer.from("xl/worksheets/sheet1.xml");
  for (let at = patched.indexOf(name); at >= 0; at = patched.indexOf(name, at + 1)) {
    if (patched.readUInt32LE(at - 30) === 0x04034b50) patched.writeUInt32LE(size, at - 30 + 22);
    if (patched.readUInt32LE(at - 46) === 0x02014b50) patched.writeUInt32LE(size, at - 46 + 24);
  }
  return patched;
}
