import { checkAttachment, type AttachmentCheck } from "../work-plan/attachment-rules.ts";

/**
 * Evidence for a self-evaluation or a rectification: PDF, images and Office files, at most 10 MB each
 * (the progress reports' rule: extension and first bytes must agree), at most 20 per item.
 */
export const EVIDENCE_PER_ITEM = 20;

export function checkEvidence(fileName: string, head: Uint8Array, size: number): AttachmentCheck {
  return checkAttachment(fileName, head, size);
}
