import type { Readable } from "node:stream";
import { SHEET_LIMITS } from "./sheet-limits.ts";
import { SheetRefused } from "./sheet-refusal.ts";
import { parseXml } from "./xml-stream.ts";

/** All shared strings together; more than a sheet of any import plausibly holds. */
const MAX_SHARED_CHARS = 64 * 1024 * 1024;

/** Collects the text of <t> runs inside an element (<si>, <is>), skipping phonetic guides (<rPh>). */
export function richTextCollector(limit: number, tooLong: () => never) {
  let depthT = 0;
  let inPhonetic = 0;
  let text = "";
  return {
    open(name: string) {
      if (name === "t") depthT++;
      else if (name === "rPh") inPhonetic++;
    },
    close(name: string) {
      if (name === "t") depthT--;
      else if (name === "rPh") inPhonetic--;
    },
    text(chunk: string) {
      if (depthT === 0 || inPhonetic > 0) return;
      text += chunk;
      if (text.length > limit) tooLong();
    },
    take(): string {
      const value = text;
      text = "";
      return value;
    },
  };
}

/** The shared-strings table (xl/sharedStrings.xml), read in one pass. */
export async function readSharedStrings(stream: Readable | null, deadline: () => void): Promise<string[]> {
  const strings: string[] = [];
  if (!stream) return strings;
  let total = 0;
  const refuse = (): never => {
    throw new SheetRefused(
      1,
      `文件中的文字过多（单元格超过 ${SHEET_LIMITS.cellChars} 个字符或合计过大）：请删除多余内容后再导入`,
    );
  };
  const rich = richTextCollector(SHEET_LIMITS.cellChars, refuse);
  let inItem = false;
  const reading = parseXml(
    stream,
    {
      open(tag) {
        if (tag.name === "si") inItem = true;
        else if (inItem) rich.open(tag.name);
      },
      close(name) {
        if (name !== "si") return inItem && rich.close(name);
        const text = rich.take();
        total += text.length;
        if (total > MAX_SHARED_CHARS) refuse();
        strings.push(text);
        inItem = false;
      },
      text(chunk) {
        if (inItem) rich.text(chunk);
      },
    },
    deadline,
  );
  for await (const _ of reading);
  return strings;
}
