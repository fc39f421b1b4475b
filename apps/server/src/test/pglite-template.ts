import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { loadMigrations, migrate } from "../db/migrate.ts";
import { wrapPglite } from "../db/open-database.ts";

/**
 * Creating an embedded database runs initdb, which takes seconds; loading a dump of an already migrated
 * one is much faster. The dump is cached per migration set, so it is made once per change of migrations.
 */
export async function pgliteTemplatePath(): Promise<string> {
  const migrations = loadMigrations();
  const digest = createHash("sha256").update(JSON.stringify(migrations)).digest("hex").slice(0, 16);
  const file = path.join(os.tmpdir(), `edubureau-pglite-template-${digest}.tar`);
  if (fs.existsSync(file)) return file;

  const client = await PGlite.create("memory://");
  await migrate(wrapPglite(client), migrations);
  const dump = await client.dumpDataDir("none");
  await client.close();
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, Buffer.from(await dump.arrayBuffer()));
  fs.renameSync(temporary, file);
  return file;
}
