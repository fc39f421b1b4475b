import type { Database } from "./database.ts";
import { appRoleOf, checkAppRole, ensureAppRole, grantAppRole, resetAppRolePassword } from "./app-role.ts";
import { migrate } from "./migrate.ts";
import { openDatabase } from "./open-database.ts";

export interface OpenAppDatabaseOptions {
  /** DATABASE_URL (the owner); absent selects the embedded engine. */
  databaseUrl: string | undefined;
  databaseAppUrl?: string | undefined;
  databaseAppPassword?: string | undefined;
  pgliteDir?: string;
  poolSize?: number;
}

export interface AppDatabase {
  /** The connection the app uses: on PostgreSQL, the non-owner app role (app-role.ts). */
  database: Database;
  migrationVersion: number;
}

/**
 * Migrates as the owner, then opens the app's connection. The embedded engine has one user, so there the
 * owner's connection is the app's (docs/deployment.md says what holds then).
 */
export async function openAppDatabase(options: OpenAppDatabaseOptions): Promise<AppDatabase> {
  const owner = await openDatabase({
    databaseUrl: options.databaseUrl,
    ...(options.pgliteDir ? { pgliteDir: options.pgliteDir } : {}),
    poolSize: 1,
  });
  if (!options.databaseUrl) return { database: owner, migrationVersion: await migrate(owner) };
  try {
    const migrationVersion = await migrate(owner);
    const role = appRoleOf({
      ownerUrl: options.databaseUrl,
      appUrl: options.databaseAppUrl,
      appPassword: options.databaseAppPassword,
    });
    await ensureAppRole(owner, role);
    await grantAppRole(owner, role);
    const open = () => openDatabase({ databaseUrl: role.url, poolSize: options.poolSize ?? 10 });
    let database: Database;
    try {
      database = await open();
    } catch (error) {
      // 28P01: the derived role exists with another password (DATABASE_URL or DATABASE_APP_PASSWORD changed).
      if (!role.managed || (error as { code?: string }).code !== "28P01") throw error;
      await resetAppRolePassword(owner, role);
      database = await open();
    }
    await checkAppRole(database);
    return { database, migrationVersion };
  } finally {
    await owner.close();
  }
}
