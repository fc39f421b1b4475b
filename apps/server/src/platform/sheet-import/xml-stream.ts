import type { Readable } from "node:stream";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { SHEET_LIMITS } from "./sheet-limits.ts";
import { SheetRefused } from "./sheet-refusal.ts";

export const INFLATED_TOO_LARGE =
  "文件解压后过大：工作簿解压后超过系统允许的大小，可能不是正常的 Excel 文件。请删除多余内容或拆分为多个文件后再导入";

export interface XmlHandlers {
  open(tag: SaxesTagPlain): void;
  close(name: string): void;
  text(text: string): void;
}

/** When a read has to stop, however the file is built. */
export function readDeadline(ms: number = SHEET_LIMITS.readMs): () => void {
  const until = performance.now() + ms;
  return () => {
    if (performance.now() > until)
      throw new SheetRefused(1, "文件过大或结构过于复杂，读取超时：请删除多余内容或拆分为多个文件后再导入");
  };
}

/**
 * Feeds a part's text to a SAX parser chunk by chunk, handing back control after each chunk (`between`)
 * so rows found so far can be passed on. One pass, linear in the part's size: nothing is rescanned.
 */
export async function* parseXml(
  stream: Readable,
  handlers: XmlHandlers,
  between: () => void,
): AsyncGenerator<void> {
  const parser = new SaxesParser({ position: false, xmlns: false });
  parser.on("opentag", (tag) => handlers.open(tag));
  parser.on("closetag", (tag) => handlers.close(tag.name));
  parser.on("text", (text) => handlers.text(text));
  parser.on("cdata", (text) => handlers.text(text));
  try {
    for await (const chunk of stream) {
      parser.write(chunk as string);
      between();
      yield;
    }
    parser.close();
  } catch (error) {
    if (error instanceof SheetRefused) throw error;
    // yauzl stops a part that inflates past the size its directory declared: a zip bomb.
    if (error instanceof Error && /too many bytes/.test(error.message))
      throw new SheetRefused(1, INFLATED_TOO_LARGE);
    throw new SheetRefused(1, "文件内容已损坏，无法读取：请在 Excel 中打开并另存为 .xlsx 后再导入");
  } finally {
    stream.destroy();
  }
}
