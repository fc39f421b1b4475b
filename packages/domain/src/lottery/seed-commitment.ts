import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import type { SeedAnnouncement, SeedCommitment, SeedInput } from "./lottery-types.ts";

/**
 * 现场随机数承诺 (commit–reveal). Before the announcement is published, whoever brings an on-site number
 * (公证员, 家长代表) picks it with a secret nonce and hands over only `commitmentDigest(label, value, nonce)`;
 * the announcement publishes the digest. At the draw they reveal value and nonce. A bundle whose on-site
 * number differs from the committed one — even one forged consistently — then cannot match the
 * announcement: the forger would have to change the published digest too (docs/lottery.md §现场随机数承诺).
 */

/** The nonce keeps a 4–20 digit value from being found by trying every number against the digest. */
export const NONCE_PATTERN = /^[0-9A-Za-z]{16,64}$/;

/** The text hashed for a commitment: one line, so anyone can recompute it with `sha256sum`. */
export function commitmentText(label: string, value: string, nonce: string): string {
  return `${label}:${value}:${nonce}`;
}

export function commitmentDigest(label: string, value: string, nonce: string): string {
  return bytesToHex(sha256(utf8ToBytes(commitmentText(label, value, nonce))));
}

/** Problems with the commitments of an announcement: only on-site labels, once each, 64 hex digits. */
export function commitmentsProblem(announcement: SeedAnnouncement): string | null {
  const seen = new Set<string>();
  for (const { label, digest } of announcement.commitments ?? []) {
    if (!announcement.labels.includes(label)) return `承诺的随机数「${label}」不是公告的现场随机数`;
    if (seen.has(label)) return `随机数「${label}」的承诺重复`;
    seen.add(label);
    if (!/^[0-9a-f]{64}$/.test(digest)) return `随机数「${label}」的承诺应为 64 位十六进制 SHA-256 摘要`;
  }
  return null;
}

/** A committed input must reveal the nonce that reproduces its published digest. */
export function revealProblem(commitment: SeedCommitment, input: SeedInput): string | null {
  const nonce = input.nonce ?? "";
  if (!NONCE_PATTERN.test(nonce)) {
    return `随机数「${input.label}」事先公布了承诺，应同时录入承诺时使用的口令（16至64位字母或数字）`;
  }
  if (commitmentDigest(input.label, input.value, nonce) !== commitment.digest) {
    return `随机数「${input.label}」与派位公告中公布的承诺不符`;
  }
  return null;
}
