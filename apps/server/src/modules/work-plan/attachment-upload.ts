import type { FastifyRequest } from "fastify";
import type {} from "@fastify/multipart";
import { ATTACHMENT_MAX_BYTES } from "@edubureau/domain/work-plan";
import { AppError } from "../../http/problem.ts";

export interface AttachmentUpload {
  fileName: string;
  data: Buffer;
  /** True when the file was longer than the limit (the rest was not read). */
  truncated: boolean;
}

/**
 * Reads the one file of a multipart request into memory, stopping one byte past the limit: an
 * oversized file is refused without being read to the end, and nothing reaches the store before
 * the checks pass.
 */
export async function readAttachmentUpload(request: FastifyRequest): Promise<AttachmentUpload> {
  if (!request.isMultipart()) {
    throw new AppError(
      "unsupported_media_type",
      "不支持的内容类型",
      "请以 multipart/form-data 上传附件（字段名 file）。",
    );
  }
  const part = await request.file({ limits: { fileSize: ATTACHMENT_MAX_BYTES + 1, files: 1 } });
  if (!part) throw new AppError("bad_request", "请选择文件", "请选择要上传的附件。");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of part.file) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size <= ATTACHMENT_MAX_BYTES + 1) chunks.push(buffer);
  }
  return { fileName: part.filename || "未命名", data: Buffer.concat(chunks), truncated: part.file.truncated };
}
