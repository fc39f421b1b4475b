import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Reversible secrets at rest (the TOTP shared secrets): AES-256-GCM under a key from configuration.
 *
 * A sealed value reads `v1.<key id>.<iv>.<ciphertext+tag>` (base64url). The key id is the first 8 hex digits of
 * the key's SHA-256, so keys rotate by listing a new key first in EDUBUREAU_SECRET_KEY: new values are sealed
 * under it, older ones still open under the keys after it, and `resealAll` moves them over at start-up.
 * The associated data binds a value to its row, so a ciphertext copied to another account does not open.
 */
const VERSION = "v1";
const KEY_BYTES = 32;
/** 96-bit nonce, the size GCM is specified for (NIST SP 800-38D §5.2.1.1). */
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** The key file made on first start when EDUBUREAU_SECRET_KEY is not set (embedded default, one instance). */
export const SECRET_KEY_FILE = "secret.key";

export class SecretKeyError extends Error {}

export interface SecretBox {
  /** The key new values are sealed under. */
  readonly currentKeyId: string;
  seal(plain: string, context: string): string;
  /** Throws SecretKeyError naming the problem: unknown key id, wrong key or altered value. */
  open(sealed: string, context: string): string;
  isSealed(value: string): boolean;
}

const keyIdOf = (key: Buffer) => createHash("sha256").update(key).digest("hex").slice(0, 8);

/** Keys as base64 (or 64 hex digits), separated by commas or white space; the first one seals. */
export function parseSecretKeys(text: string): Buffer[] {
  const keys = text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((word) => (/^[0-9a-f]{64}$/i.test(word) ? Buffer.from(word, "hex") : Buffer.from(word, "base64")));
  if (keys.length === 0) throw new SecretKeyError("EDUBUREAU_SECRET_KEY 为空。");
  for (const key of keys) {
    if (key.length !== KEY_BYTES) {
      throw new SecretKeyError(
        `EDUBUREAU_SECRET_KEY 中的密钥须为 32 字节（base64 或 64 位十六进制），现为 ${key.length} 字节。`,
      );
    }
  }
  return keys;
}

export const newSecretKeyText = (): string => randomBytes(KEY_BYTES).toString("base64");

export function createSecretBox(keys: readonly Buffer[]): SecretBox {
  const [current] = keys;
  if (!current) throw new SecretKeyError("没有可用的密钥。");
  const byId = new Map(keys.map((key) => [keyIdOf(key), key]));
  const currentKeyId = keyIdOf(current);
  return {
    currentKeyId,
    isSealed: (value) => value.startsWith(`${VERSION}.`),
    seal(plain, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", current, iv);
      cipher.setAAD(Buffer.from(context));
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final(), cipher.getAuthTag()]);
      return [VERSION, currentKeyId, iv.toString("base64url"), body.toString("base64url")].join(".");
    },
    open(sealed, context) {
      const [version, keyId = "", ivText = "", bodyText = ""] = sealed.split(".");
      if (version !== VERSION) throw new SecretKeyError("存储的密文格式无法识别（未加密或已损坏）。");
      const key = byId.get(keyId);
      if (!key) {
        throw new SecretKeyError(
          `该数据由编号 ${keyId} 的密钥加密，而当前配置的密钥（EDUBUREAU_SECRET_KEY 或数据目录中的 ${SECRET_KEY_FILE}）中没有它。`,
        );
      }
      const body = Buffer.from(bodyText, "base64url");
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(ivText, "base64url"));
        decipher.setAAD(Buffer.from(context));
        decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
        return Buffer.concat([
          decipher.update(body.subarray(0, body.length - TAG_BYTES)),
          decipher.final(),
        ]).toString("utf8");
      } catch {
        throw new SecretKeyError(`编号 ${keyId} 的密钥无法解开该数据：密钥不符或数据被改动。`);
      }
    },
  };
}

/**
 * The configured keys: EDUBUREAU_SECRET_KEY when set (required with several instances, which must share it),
 * else DATA_DIR/secret.key, made on first start with mode 0600 like the embedded database beside it.
 */
export function loadSecretBox(config: { secretKeys: string | undefined; dataDir: string }): SecretBox {
  if (config.secretKeys) return createSecretBox(parseSecretKeys(config.secretKeys));
  const file = path.join(config.dataDir, SECRET_KEY_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    try {
      fs.writeFileSync(file, `${newSecretKeyText()}\n`, { flag: "wx", mode: 0o600 });
    } catch (error) {
      // Another process made it first: read theirs.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return createSecretBox(parseSecretKeys(fs.readFileSync(file, "utf8")));
}

/** Opens lazily: the key is read or made only when a secret is first sealed or opened. */
export function lazySecretBox(load: () => SecretBox): SecretBox {
  let box: SecretBox | undefined;
  const get = () => (box ??= load());
  return {
    get currentKeyId() {
      return get().currentKeyId;
    },
    isSealed: (value) => get().isSealed(value),
    seal: (plain, context) => get().seal(plain, context),
    open: (sealed, context) => get().open(sealed, context),
  };
}
