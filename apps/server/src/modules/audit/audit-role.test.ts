import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type Database } from "../../db/database.ts";
import { openTestDatabase, openTestOwner, type TestDatabase } from "../../test/test-database.ts";

/** The database's own message: drizzle wraps it as the cause of "Failed query". */
async function refusal(query: Promise<unknown>): Promise<string> {
  try {
    await query;
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? cause.message : String(error);
  }
  return "accepted";
}

// Issue 14 defect 5: the app's database role must not be able to lift the audit log's protection.
describe.skipIf(!process.env.DATABASE_URL)("the app's PostgreSQL role and the audit log", () => {
  let app: TestDatabase;
  let owner: Database;
  beforeAll(async () => {
    app = await openTestDatabase();
    owner = await openTestOwner(app);
    await app.db.execute(sql`insert into audit_log (entity, action) values ('probe', 'create')`);
  });
  afterAll(async () => {
    await owner.close();
    await app.close();
  });

  it("connects as a role that is no superuser and owns nothing", async () => {
    const [role] = await queryRows(
      app.db,
      sql`select current_user as role, rolsuper as superuser,
            (select count(*)::int from pg_class where relowner = r.oid) as owned
          from pg_roles r where rolname = current_user`,
    );
    expect(role).toMatchObject({ role: "edubureau_app", superuser: false, owned: 0 });
  });

  it("cannot disable the audit triggers", async () => {
    expect(await refusal(app.db.execute(sql`alter table audit_log disable trigger user`))).toMatch(/owner/);
    expect(
      await refusal(app.db.execute(sql`alter table audit_log disable trigger audit_log_no_update_or_delete`)),
    ).toMatch(/owner/);
    expect(await refusal(app.db.execute(sql`alter table audit_log disable trigger all`))).toMatch(/./);
  });

  it("cannot set session_replication_role, in a session or a transaction", async () => {
    expect(await refusal(app.db.execute(sql`set session_replication_role = replica`))).toMatch(/permission/);
    const local = app.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
    });
    expect(await refusal(local)).toMatch(/permission/);
  });

  it("cannot update, delete, truncate or drop audit rows, nor move the chain head", async () => {
    expect(await refusal(app.db.execute(sql`update audit_log set action = 'x'`))).toMatch(/permission/);
    expect(await refusal(app.db.execute(sql`delete from audit_log`))).toMatch(/permission/);
    expect(await refusal(app.db.execute(sql`truncate audit_log`))).toMatch(/permission/);
    expect(await refusal(app.db.execute(sql`drop table audit_log`))).toMatch(/owner/);
    expect(await refusal(app.db.execute(sql`update audit_chain_head set seq = 0`))).toMatch(/permission/);
    expect(
      await refusal(app.db.execute(sql`select audit_log_remove_before(now() - interval '1 year')`)),
    ).toMatch(/permission/);
    expect(await queryRows(owner.db, sql`select count(*)::int as n from audit_log`)).toEqual([{ n: 1 }]);
  });

  it("still reads and appends to the audit log", async () => {
    await app.db.execute(sql`insert into audit_log (entity, action) values ('probe', 'update')`);
    expect(await queryRows(app.db, sql`select count(*)::int as n from audit_log`)).toEqual([{ n: 2 }]);
  });

  it("refuses deleting recent rows even to the owner outside the retention procedure", async () => {
    expect(await refusal(owner.db.execute(sql`delete from audit_log`))).toMatch(/6 个月/);
    expect(
      await refusal(owner.db.execute(sql`select audit_log_remove_before(now() - interval '1 month')`)),
    ).toMatch(/6 个月/);
    const bypass = owner.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('edubureau.audit_retention', 'remove', true)`);
      await tx.execute(sql`delete from audit_log`);
    });
    expect(await refusal(bypass)).toMatch(/6 个月/);
  });
});
