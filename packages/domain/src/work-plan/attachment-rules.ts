/**
 * What a progress report may carry as evidence: PDF, images and Office files, each at most 10 MB,
 * at most 10 per report. A file is accepted only when its extension and its first bytes agree, so a
 * renamed executable or script is refused before anything is stored.
 */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENTS_PER_REPORT = 10;

type Signature = "pdf" | "png" | "jpeg" | "zip" | "ole";

const SIGNATURES: Record<Signature, readonly number[]> = {
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  jpeg: [0xff, 0xd8, 0xff],
  zip: [0x50, 0x4b, 0x03, 0x04], // OOXML (.docx/.xlsx/.pptx) is a ZIP package
  ole: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // legacy .doc/.xls/.ppt
};

export const ATTACHMENT_TYPES: Record<string, { mediaType: string; signature: Signature }> = {
  pdf: { mediaType: "application/pdf", signature: "pdf" },
  png: { mediaType: "image/png", signature: "png" },
  jpg: { mediaType: "image/jpeg", signature: "jpeg" },
  jpeg: { mediaType: "image/jpeg", signature: "jpeg" },
  docx: {
    mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    signature: "zip",
  },
  xlsx: { mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", signature: "zip" },
  pptx: {
    mediaType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    signature: "zip",
  },
  doc: { mediaType: "application/msword", signature: "ole" },
  xls: { mediaType: "application/vnd.ms-excel", signature: "ole" },
  ppt: { mediaType: "application/vnd.ms-powerpoint", signature: "ole" },
};

export const ATTACHMENT_EXTENSIONS = Object.keys(ATTACHMENT_TYPES);

export type AttachmentCheck = { ok: true; mediaType: string } | { ok: false; message: string };

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot < 0 ? "" : fileName.slice(dot + 1).toLowerCase();
}

export function checkAttachment(fileName: string, head: Uint8Array, size: number): AttachmentCheck {
  const ext = extensionOf(fileName);
  const type = ATTACHMENT_TYPES[ext];
  if (!type) {
    return {
      ok: false,
      message: `附件“${fileName}”的类型不允许：只接受 ${ATTACHMENT_EXTENSIONS.join("、")} 文件`,
    };
  }
  if (size === 0) return { ok: false, message: `附件“${fileName}”是空文件` };
  if (size > ATTACHMENT_MAX_BYTES) {
    return { ok: false, message: `附件“${fileName}”超过 ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB` };
  }
  const signature = SIGNATURES[type.signature];
  const matches = signature.every((byte, i) => head[i] === byte);
  if (!matches) {
    return { ok: false, message: `附件“${fileName}”的内容与扩展名 .${ext} 不符，可能已损坏或被改名` };
  }
  return { ok: true, mediaType: type.mediaType };
}
