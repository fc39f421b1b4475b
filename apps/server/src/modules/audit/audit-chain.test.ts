import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { runAuditVerify } from "../../../../../tools/audit-verify.ts";
import { queryRows, type Database } from "../../db/database.ts";
import { openTestDatabase, openTestOwner, type TestDatabase } from "../../test/test-database.ts";
import { readChainHead, verifyAuditChain } from "./audit-chain.ts";

const opened: Database[] = [];
afterEach(async () => {
  for (const database of opened.splice(0).reverse()) await database.close();
});

/** A fresh database with `rows` audit rows written by the app, and the same database as its owner. */
async function chainOf(rows: number): Promise<{ app: TestDatabase; owner: Database }> {
  const app = await openTestDatabase();
  opened.push(app);
  const owner = app.ownerUrl ? await openTestOwner(app) : app;
  if (owner !== app) opened.push(owner);
  for (let i = 1; i <= rows; i += 1) {
    await app.db.execute(
      sql`insert into audit_log (entity, action, entity_id, after)
          values ('org_unit', 'update', ${String(i)}, ${JSON.stringify({ name: `单位${i}`, n: i / 2 })}::jsonb)`,
    );
  }
  return { app, owner };
}

/** What an owner with a grudge does: lift the append-only trigger for one statement. */
async function tamper(owner: Database, statement: string): Promise<void> {
  await owner.db.transaction(async (tx) => {
    await tx.execute(sql.raw("alter table audit_log disable trigger audit_log_no_update_or_delete"));
    await tx.execute(sql.raw(statement));
    await tx.execute(sql.raw("alter table audit_log enable trigger audit_log_no_update_or_delete"));
  });
}

describe("the audit hash chain", () => {
  it("links every row to the one before and verifies whole", async () => {
    const { app, owner } = await chainOf(5);
    const report = await verifyAuditChain(owner.db);
    expect(report).toMatchObject({ rows: 5, firstBreak: null, head: { seq: 5 } });
    const outcome = await runAuditVerify(owner, []);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.lines[0]).toMatch(/^完整：共 5 条/);
    // The writer cannot choose its own link: the trigger overwrites the chain columns.
    await app.db.execute(
      sql`insert into audit_log (entity, action, chain_seq, prev_digest, digest)
          values ('org_unit', 'create', 99, 'forged', 'forged')`,
    );
    expect(await verifyAuditChain(owner.db)).toMatchObject({ rows: 6, firstBreak: null });
  });

  it("names the altered row", async () => {
    const { owner } = await chainOf(5);
    await tamper(owner, `update audit_log set after = '{"name":"改过"}' where chain_seq = 3`);
    const outcome = await runAuditVerify(owner, []);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.lines[0]).toMatch(/^链断裂：第 3 条（记录号 \d+）：记录内容与其摘要不符/);
  });

  it("names where a row was deleted from the middle", async () => {
    const { owner } = await chainOf(5);
    await tamper(owner, "delete from audit_log where chain_seq = 2");
    const outcome = await runAuditVerify(owner, []);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.lines[0]).toMatch(/^链断裂：第 3 条.*第 2–2 条记录缺失/);
  });

  it("catches rows removed from the end, and a rewritten head against an exported copy", async () => {
    const { owner } = await chainOf(5);
    const exported = await readChainHead(owner.db);
    const file = path.join(tmpdir(), `audit-head-${process.pid}-${Date.now()}.json`);
    writeFileSync(file, JSON.stringify(exported));
    await tamper(owner, "delete from audit_log where chain_seq = 5");
    expect((await verifyAuditChain(owner.db)).firstBreak?.reason).toMatch(/末尾的记录缺失/);
    // The owner also moves the head back: the chain is consistent again, but not with the exported head.
    await owner.db.execute(
      sql`update audit_chain_head set seq = 4, last_id = l.id, digest = l.digest
          from audit_log l where l.chain_seq = 4`,
    );
    expect((await runAuditVerify(owner, [])).exitCode).toBe(0);
    const against = await runAuditVerify(owner, ["--head", file]);
    expect(against.exitCode).toBe(1);
    expect(against.lines[0]).toMatch(/此后的记录被删除/);
  });

  it("keeps one valid chain under concurrent writers", async () => {
    const { app, owner } = await chainOf(0);
    const writers = Array.from({ length: 24 }, (_, w) =>
      app.db.transaction(async (tx) => {
        for (let i = 0; i < 3; i += 1) {
          await tx.execute(
            sql`insert into audit_log (entity, action, after) values ('probe', 'create', ${JSON.stringify({ w, i })}::jsonb)`,
          );
        }
      }),
    );
    await Promise.all(writers);
    const report = await verifyAuditChain(owner.db);
    expect(report).toMatchObject({ rows: 72, firstBreak: null, head: { seq: 72 } });
    const seqs = await queryRows<{ n: number; max: number }>(
      owner.db,
      sql`select count(distinct chain_seq)::int as n, max(chain_seq)::int as max from audit_log`,
    );
    expect(seqs).toEqual([{ n: 72, max: 72 }]);
  });

  it("links a bulk append of several statements in one transaction, the head naming its last row", async () => {
    const { app, owner } = await chainOf(2);
    await app.db.transaction(async (tx) => {
      for (let statement = 0; statement < 3; statement += 1) {
        await tx.execute(
          sql`insert into audit_log (entity, action, entity_id, after)
              select 'institution', 'create', g::text, jsonb_build_object('n', g)
              from generate_series(1, 400) g`,
        );
      }
    });
    const report = await verifyAuditChain(owner.db);
    expect(report).toMatchObject({ rows: 1202, firstBreak: null, head: { seq: 1202 } });
    const [last] = await queryRows<{ id: number }>(
      owner.db,
      sql`select id::int from audit_log where chain_seq = 1202`,
    );
    expect(report.head.lastId).toBe(last?.id);
  });

  it("removes only rows past the retention period, through the procedure, keeping the chain verifiable", async () => {
    const { owner } = await chainOf(4);
    // Age the first two rows as if recorded a year ago (the database clock sets recorded_at).
    await tamper(owner, "update audit_log set recorded_at = now() - interval '1 year' where chain_seq <= 2");
    // The aged rows' content changed, so re-link the chain the way migration 0016 does before removing them.
    await tamper(
      owner,
      `do $$ declare r audit_log; prev text := repeat('0', 64); begin
         for r in select * from audit_log order by chain_seq loop
           update audit_log set prev_digest = prev, digest = audit_log_digest(prev, r) where id = r.id;
           prev := audit_log_digest(prev, r);
         end loop;
         update audit_chain_head set digest = prev;
       end $$`,
    );
    expect((await verifyAuditChain(owner.db)).firstBreak).toBeNull();
    const [removed] = await queryRows<{ n: number }>(
      owner.db,
      sql`select audit_log_remove_before(now() - interval '6 months') as n`,
    );
    expect(removed?.n).toBe(2);
    const report = await verifyAuditChain(owner.db);
    expect(report).toMatchObject({ rows: 2, anchorSeq: 2, firstBreak: null });
  });
});
