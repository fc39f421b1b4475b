import { describe, expect, it } from "vitest";
import { ATTACHMENT_MAX_BYTES, checkAttachment } from "./attachment-rules.ts";

const PDF = Uint8Array.from([..."%PDF-1.7\n"].map((c) => c.charCodeAt(0)));
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
const ZIP = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0]);

describe("checkAttachment", () => {
  it("accepts a PDF, an image and an Office file whose bytes match the extension", () => {
    expect(checkAttachment("进展.pdf", PDF, 100)).toEqual({ ok: true, mediaType: "application/pdf" });
    expect(checkAttachment("现场.PNG", PNG, 100)).toMatchObject({ ok: true, mediaType: "image/png" });
    expect(checkAttachment("台账.xlsx", ZIP, 100)).toMatchObject({ ok: true });
  });

  it("refuses other types, renamed files, empty and oversized files", () => {
    const refusal = (name: string, head: Uint8Array, size: number): string => {
      const check = checkAttachment(name, head, size);
      return check.ok ? "" : check.message;
    };
    expect(refusal("run.exe", PDF, 100)).toContain("类型不允许");
    expect(refusal("noext", PDF, 100)).toContain("类型不允许");
    expect(refusal("fake.pdf", ZIP, 100)).toContain("不符");
    expect(refusal("empty.pdf", PDF, 0)).toContain("空文件");
    expect(checkAttachment("big.pdf", PDF, ATTACHMENT_MAX_BYTES)).toMatchObject({ ok: true });
    expect(refusal("big.pdf", PDF, ATTACHMENT_MAX_BYTES + 1)).toContain("10 MB");
  });
});
