import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { queryRows, type Db } from "../../db/database.ts";
import { auditChainHead } from "./audit.tables.ts";

/** The newest link of the audit chain: what an administrator exports to prove later that nothing was removed. */
export interface ChainHead {
  /** How many rows were ever appended (the last row's chain position). */
  seq: number;
  lastId: number | null;
  digest: string;
  updatedAt: Date;
}

export interface ChainBreak {
  seq: number;
  id: number | null;
  reason: string;
}

export interface ChainReport {
  /** Rows checked. */
  rows: number;
  head: ChainHead;
  /** The chain position before the first kept row (removed by the retention procedure), 0 if none. */
  anchorSeq: number;
  firstBreak: ChainBreak | null;
}

const GENESIS = "0".repeat(64);
const BATCH = 5000;

/** sha256 over the previous digest and the row's canonical text, as migration 0016's audit_log_digest. */
export function linkDigest(prev: string, canonical: string): string {
  return createHash("sha256")
    .update(prev + canonical, "utf8")
    .digest("hex");
}

export async function readChainHead(db: Db): Promise<ChainHead> {
  // Through the table's Drizzle columns, so the time comes back as a Date on both engines.
  const [head] = await db.select().from(auditChainHead).where(eq(auditChainHead.singleton, true));
  if (!head) throw new Error("audit_chain_head is missing: migration 0016 was not applied");
  return { seq: head.seq, lastId: head.lastId, digest: head.digest, updatedAt: head.updatedAt };
}

interface LinkRow {
  id: number;
  seq: number;
  prev: string;
  digest: string;
  canonical: string;
}

/**
 * Walks the whole chain in order and recomputes every digest outside the database. A changed row breaks its
 * own digest; a removed row leaves a gap in the positions and a wrong previous digest; rows removed from the
 * end no longer match the head. `expected` is a head exported earlier: that link must still be in the chain.
 */
export async function verifyAuditChain(
  db: Db,
  expected?: { seq: number; digest: string },
): Promise<ChainReport> {
  const head = await readChainHead(db);
  const [anchor] = await queryRows<{ seq: number; digest: string }>(
    db,
    sql`select seq, digest from audit_chain_anchor order by seq desc limit 1`,
  );
  const anchorSeq = anchor?.seq ?? 0;
  let prev = anchor?.digest ?? GENESIS;
  let nextSeq = anchorSeq + 1;
  let last: LinkRow | null = null;
  let rows = 0;
  let seen: string | null = null;
  const report = (firstBreak: ChainBreak | null): ChainReport => ({ rows, head, anchorSeq, firstBreak });

  for (;;) {
    const batch = await queryRows<LinkRow>(
      db,
      sql`select id, chain_seq as seq, prev_digest as prev, digest, audit_log_canonical(audit_log) as canonical
          from audit_log where chain_seq >= ${nextSeq} order by chain_seq limit ${BATCH}`,
    );
    for (const row of batch) {
      if (row.seq !== nextSeq) {
        return report({
          seq: row.seq,
          id: row.id,
          reason: `第 ${nextSeq}–${row.seq - 1} 条记录缺失（被删除）`,
        });
      }
      if (row.prev !== prev) {
        return report({ seq: row.seq, id: row.id, reason: "记录的“前一条摘要”与前一条记录不符" });
      }
      if (linkDigest(row.prev, row.canonical) !== row.digest) {
        return report({ seq: row.seq, id: row.id, reason: "记录内容与其摘要不符（被改动）" });
      }
      if (expected && row.seq === expected.seq) seen = row.digest;
      prev = row.digest;
      nextSeq = row.seq + 1;
      last = row;
      rows += 1;
    }
    if (batch.length < BATCH) break;
  }

  const lastSeq = last?.seq ?? anchorSeq;
  if (head.seq !== lastSeq || head.digest !== prev || (last && head.lastId !== last.id)) {
    return report({
      seq: lastSeq + 1,
      id: null,
      reason: `链头记到第 ${head.seq} 条，表中最后一条是第 ${lastSeq} 条：末尾的记录缺失或链头被改动`,
    });
  }
  if (expected) {
    if (expected.seq > lastSeq) {
      return report({
        seq: expected.seq,
        id: null,
        reason: `导出的链头为第 ${expected.seq} 条，表中只到第 ${lastSeq} 条：此后的记录被删除`,
      });
    }
    if (expected.seq > anchorSeq && seen !== expected.digest) {
      return report({
        seq: expected.seq,
        id: null,
        reason: `第 ${expected.seq} 条的摘要与导出的链头不符：链被改写`,
      });
    }
  }
  return report(null);
}
