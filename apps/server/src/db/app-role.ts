import { createHmac } from "node:crypto";
import { sql } from "drizzle-orm";
import pg from "pg";
import { queryRows, type Database } from "./database.ts";

/**
 * On PostgreSQL the app does not connect as the owner of its tables. Migrations run with DATABASE_URL's
 * credentials (the owner); the app's pool connects as a role that owns nothing, is no superuser, and may only
 * read and append to the audit log — so it can neither disable the audit triggers (owner only) nor set
 * session_replication_role (superuser only), nor update or delete an audit row (no privilege).
 *
 * SET ROLE at connection start was rejected: the session user would still be the owner, and any SQL the app
 * runs could `RESET ROLE`. A separate login is the only switch app SQL cannot undo.
 */
export const DEFAULT_APP_ROLE = "edubureau_app";

export interface AppRoleSettings {
  /** DATABASE_URL: the owner, who migrates. */
  ownerUrl: string;
  /** DATABASE_APP_URL: a role the administrator made; when absent the default role is derived and created. */
  appUrl?: string | undefined;
  /** DATABASE_APP_PASSWORD for the derived role; otherwise derived from the owner's password. */
  appPassword?: string | undefined;
}

export interface AppRole {
  url: string;
  role: string;
  /** Whether this start may create the role and set its password (derived role only). */
  managed: boolean;
  password: string;
}

/** The app's connection: DATABASE_APP_URL, or DATABASE_URL with the user switched to edubureau_app. */
export function appRoleOf(settings: AppRoleSettings): AppRole {
  if (settings.appUrl) {
    const url = new URL(settings.appUrl);
    return { url: settings.appUrl, role: decodeURIComponent(url.username), managed: false, password: "" };
  }
  const url = new URL(settings.ownerUrl);
  // Every instance sharing DATABASE_URL derives the same password, so no instance resets another's.
  const password =
    settings.appPassword ??
    createHmac("sha256", decodeURIComponent(url.password))
      .update(`edubureau:${DEFAULT_APP_ROLE}`)
      .digest("hex");
  url.username = DEFAULT_APP_ROLE;
  url.password = password;
  return { url: url.toString(), role: DEFAULT_APP_ROLE, managed: true, password };
}

/** Creates the derived role when missing (roles are cluster-wide: one role serves every database). */
export async function ensureAppRole(owner: Database, role: AppRole): Promise<void> {
  if (!role.managed) return;
  const name = pg.escapeIdentifier(role.role);
  const create =
    `create role ${name} login nosuperuser nocreatedb nocreaterole noinherit noreplication nobypassrls ` +
    `password ${pg.escapeLiteral(role.password)}`;
  // Parallel starts (or test files) may race to create it; the loser finds it made.
  await owner.db.execute(
    sql.raw(`do $$ begin
      if not exists (select from pg_roles where rolname = ${pg.escapeLiteral(role.role)}) then ${create}; end if;
    exception when duplicate_object or unique_violation then null;
    end $$`),
  );
}

/** Sets the derived role's password again (after a changed DATABASE_URL or DATABASE_APP_PASSWORD). */
export async function resetAppRolePassword(owner: Database, role: AppRole): Promise<void> {
  await owner.db.execute(
    sql.raw(`alter role ${pg.escapeIdentifier(role.role)} password ${pg.escapeLiteral(role.password)}`),
  );
}

/**
 * Grants run after every migration so new tables are covered: full use of the feature tables, only read and
 * append on the audit log, only read on the chain's head and anchor and on the migration record.
 */
export async function grantAppRole(owner: Database, role: AppRole): Promise<void> {
  const name = pg.escapeIdentifier(role.role);
  const [database] = await queryRows<{ name: string }>(owner.db, sql`select current_database() as name`);
  const statements = [
    `grant connect on database ${pg.escapeIdentifier(database?.name ?? "")} to ${name}`,
    `grant usage on schema public to ${name}`,
    `grant select, insert, update, delete on all tables in schema public to ${name}`,
    `grant usage, select on all sequences in schema public to ${name}`,
    `revoke update, delete, truncate on audit_log from ${name}`,
    `revoke insert, update, delete, truncate on audit_chain_head, audit_chain_anchor, schema_migrations from ${name}`,
    `revoke execute on function audit_log_remove_before(timestamptz) from ${name}`,
  ];
  for (const statement of statements) await owner.db.execute(sql.raw(statement));
}

/** Refuses an app role that could undo the audit log's protection. */
export async function checkAppRole(app: Database): Promise<void> {
  const [row] = await queryRows<{ superuser: boolean; owns: boolean; bypass: boolean }>(
    app.db,
    sql`select r.rolsuper as superuser, r.rolbypassrls as bypass,
          pg_has_role(current_user, (select relowner from pg_class where oid = 'audit_log'::regclass), 'usage') as owns
        from pg_roles r where r.rolname = current_user`,
  );
  if (row?.superuser || row?.owns) {
    throw new Error(
      "应用的数据库角色不得是超级用户或审计日志表的所有者（或其成员）：请在 DATABASE_APP_URL 中使用专用的应用角色，或不设 DATABASE_APP_URL 由系统创建 edubureau_app。",
    );
  }
}
