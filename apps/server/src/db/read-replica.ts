import type { Database, Db } from "./database.ts";
import { openDatabase } from "./open-database.ts";

/** Where the read-only analytics queries go: the replica when one is configured, else the primary. */
export const analyticsDb = (database: Pick<Database, "db" | "readDb">): Db => database.readDb ?? database.db;

/**
 * DATABASE_READ_URL: a second pool for the analytics reads (a streaming replica, or a read-only role on the
 * primary). PostgreSQL only: the embedded engine is one process and has no replica, so there it is ignored
 * with a log line. Closing the returned database closes both pools.
 */
export async function withReadReplica(
  database: Database,
  readUrl: string | undefined,
  log: (line: string) => void,
  poolSize = 10,
): Promise<Database> {
  if (!readUrl) return database;
  if (database.engine !== "postgresql") {
    log("已设置 DATABASE_READ_URL，但嵌入式引擎没有只读副本：忽略该设置，所有查询使用嵌入式数据库。");
    return database;
  }
  const replica = await openDatabase({ databaseUrl: readUrl, poolSize });
  log("统计分析类只读查询使用 DATABASE_READ_URL 指向的只读库；写入和事务仍使用主库。");
  return {
    ...database,
    readDb: replica.db,
    close: async () => {
      await replica.close();
      await database.close();
    },
  };
}
