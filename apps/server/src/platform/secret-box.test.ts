import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  createSecretBox,
  loadSecretBox,
  parseSecretKeys,
  SECRET_KEY_FILE,
  SecretKeyError,
} from "./secret-box.ts";

const keyA = Buffer.alloc(32, 1);
const keyB = Buffer.alloc(32, 2);

describe("secrets sealed with AES-256-GCM", () => {
  it("seals to a value that is not the secret, and opens it for the same row only", () => {
    const box = createSecretBox([keyA]);
    const sealed = box.seal("JBSWY3DPEHPK3PXP", "row:1");
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(sealed.startsWith(`v1.${box.currentKeyId}.`)).toBe(true);
    expect(box.seal("JBSWY3DPEHPK3PXP", "row:1")).not.toBe(sealed);
    expect(box.open(sealed, "row:1")).toBe("JBSWY3DPEHPK3PXP");
    expect(() => box.open(sealed, "row:2")).toThrow(SecretKeyError);
  });

  it("fails clearly under a wrong key, an unknown key id or an altered value", () => {
    const sealed = createSecretBox([keyA]).seal("secret", "c");
    const other = createSecretBox([keyB]);
    expect(() => other.open(sealed, "c")).toThrow(/没有它/);
    const [v, , iv, body] = sealed.split(".");
    expect(() => other.open([v, other.currentKeyId, iv, body].join("."), "c")).toThrow(
      /密钥不符或数据被改动/,
    );
    expect(() => other.open("JBSWY3DPEHPK3PXP", "c")).toThrow(/无法识别/);
  });

  it("rotates: the first key seals, the later ones still open", () => {
    const old = createSecretBox([keyA]).seal("secret", "c");
    const rotated = createSecretBox([keyB, keyA]);
    expect(rotated.open(old, "c")).toBe("secret");
    expect(rotated.seal("secret", "c").split(".")[1]).toBe(createSecretBox([keyB]).currentKeyId);
  });

  it("reads keys as base64 or hex and refuses a key of the wrong length", () => {
    expect(parseSecretKeys(`${keyA.toString("base64")}, ${keyB.toString("hex")}`)).toEqual([keyA, keyB]);
    expect(() => parseSecretKeys("c2hvcnQ=")).toThrow(/32 字节/);
  });

  it("makes the key file once in the data directory when no key is configured", () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "edubureau-key-"));
    try {
      const first = loadSecretBox({ secretKeys: undefined, dataDir });
      const file = path.join(dataDir, SECRET_KEY_FILE);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(loadSecretBox({ secretKeys: undefined, dataDir }).currentKeyId).toBe(first.currentKeyId);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
