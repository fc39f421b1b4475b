import type { Readable } from "node:stream";
import { SaxesParser } from "saxes";

export interface WorksheetPart {
  name: string;
  /** Part path, e.g. xl/worksheets/sheet1.xml. */
  path: string;
  hidden: boolean;
}

/** workbook.xml and its relationships are a few KB; anything far larger is not a workbook. */
const SMALL_PART_CHARS = 4 * 1024 * 1024;

/** The whole text of a small part, refused past SMALL_PART_CHARS. */
export async function readSmallPart(stream: Readable): Promise<string> {
  let text = "";
  for await (const chunk of stream) {
    text += chunk as string;
    if (text.length > SMALL_PART_CHARS) {
      stream.destroy();
      throw new Error("part too large");
    }
  }
  return text;
}

function eachTag(xml: string, name: string, onTag: (attributes: Record<string, string>) => void): void {
  const parser = new SaxesParser();
  parser.on("opentag", (tag) => {
    if (tag.name === name) onTag(tag.attributes);
  });
  parser.write(xml).close();
}

/** Sheet names in workbook order with the part that holds each (workbook.xml + its relationships). */
export async function workbookSheets(parts: {
  workbook: string;
  rels: string;
  has: (path: string) => boolean;
}): Promise<WorksheetPart[]> {
  const targets = new Map<string, string>();
  eachTag(parts.rels, "Relationship", ({ Id: id, Target: target }) => {
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  });
  const sheets: WorksheetPart[] = [];
  eachTag(parts.workbook, "sheet", (attributes) => {
    const { name, state } = attributes;
    const path = targets.get(attributes["r:id"] ?? "");
    if (name === undefined || path === undefined || !parts.has(path)) return;
    sheets.push({ name, path, hidden: state === "hidden" || state === "veryHidden" });
  });
  return sheets;
}
