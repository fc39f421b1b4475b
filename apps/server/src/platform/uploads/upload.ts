import type { FastifyRequest } from "fastify";
import type {} from "@fastify/multipart";
import { AppError } from "../../http/problem.ts";

/** An uploaded file as the import services receive it. */
export interface ImportUpload {
  buffer: Buffer;
  fileName: string;
}

/** Largest workbook accepted for import. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** Room for the multipart envelope around the file itself. */
const ENVELOPE_BYTES = 64 * 1024;

const tooLarge = () =>
  new AppError("payload_too_large", "文件过大", "文件超过 20 MB：请删除多余内容或拆分为多个文件后再导入。");

function hasCode(error: unknown, ...codes: string[]): boolean {
  return typeof error === "object" && error !== null && "code" in error && codes.includes(String(error.code));
}

/** The one uploaded file of a multipart request, held in memory (at most 20 MB). */
export async function readUpload(request: FastifyRequest): Promise<ImportUpload> {
  if (!request.isMultipart()) {
    throw new AppError(
      "unsupported_media_type",
      "不支持的内容类型",
      "请以 multipart/form-data 上传 Excel 文件（字段名 file）。",
    );
  }
  // A declared size already over the limit is refused before anything is read.
  const declared = Number(request.headers["content-length"]);
  if (Number.isFinite(declared) && declared > MAX_UPLOAD_BYTES + ENVELOPE_BYTES) throw tooLarge();
  try {
    const part = await request.file({ limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });
    if (!part) throw new AppError("bad_request", "请选择文件", "请选择要导入的 Excel 文件（.xlsx）。");
    const buffer = await part.toBuffer();
    return { buffer, fileName: part.filename || "未命名.xlsx" };
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (hasCode(error, "FST_REQ_FILE_TOO_LARGE")) throw tooLarge();
    if (hasCode(error, "FST_FILES_LIMIT", "FST_PARTS_LIMIT", "FST_FIELDS_LIMIT")) {
      throw new AppError("bad_request", "请求有误", "一次只能上传一个 Excel 文件。");
    }
    throw error;
  }
}
