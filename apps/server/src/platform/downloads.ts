import type { FastifyReply } from "fastify";

/** The media types of the files the server hands out. */
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Content-Disposition for a download: the Chinese name for browsers, an ASCII one for the rest. */
export function attachment(fileName: string, asciiFallback: string): string {
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

const TYPES = { xlsx: XLSX_MIME, docx: DOCX_MIME } as const;

/** Sends a generated file as a download; its type follows from the ASCII name's extension. */
export function sendFile(
  reply: FastifyReply,
  file: Buffer,
  name: string,
  asciiName: `${string}.${keyof typeof TYPES}`,
) {
  const extension = asciiName.slice(asciiName.lastIndexOf(".") + 1) as keyof typeof TYPES;
  return reply.type(TYPES[extension]).header("content-disposition", attachment(name, asciiName)).send(file);
}

/** Sends an uploaded file back as a download, with the type and name it was stored under. */
export function sendStoredFile(
  reply: FastifyReply,
  file: { data: Buffer; mediaType: string; fileName: string },
) {
  return reply
    .header("content-type", file.mediaType)
    .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .send(file.data);
}
