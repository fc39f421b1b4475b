import type { FastifyRequest } from "fastify";
import type {} from "@fastify/multipart";
import { AppError } from "../../http/problem.ts";

export interface BoundedUpload {
  fileName: string;
  data: Buffer;
  /** True when the file was longer than the limit (the rest was not read). */
  truncated: boolean;
}

/**
 * Reads the one file of a multipart request, stopping one byte past `maxBytes`: an oversized file is
 * refused without being read to the end, and nothing is stored before the caller's checks pass.
 */
export async function readBoundedUpload(
  request: FastifyRequest,
  options: { maxBytes: number; what: string },
): Promise<BoundedUpload> {
  if (!request.isMultipart()) {
    throw new AppError(
      "unsupported_media_type",
      "不支持的内容类型",
      `请以 multipart/form-data 上传${options.what}（字段名 file）。`,
    );
  }
  const part = await request.file({ limits: { fileSize: options.maxBytes + 1, files: 1 } });
  if (!part) throw new AppError("bad_request", "请选择文件", `请选择要上传的${options.what}。`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of part.file) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size <= options.maxBytes + 1) chunks.push(buffer);
  }
  return { fileName: part.filename || "未命名", data: Buffer.concat(chunks), truncated: part.file.truncated };
}
