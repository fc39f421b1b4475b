import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { foreignSqlReads } from "./foreign-sql.ts";

const modulesDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../apps/server/src/modules",
);

/** Shared by design: the org tree, and the indicator engine's read model over the registry. */
const SHARED = [/^[a-z-]+ -> org-units$/, /^indicators -> /];

/**
 * Module pairs whose raw SQL may still name the other module's tables: none left. A module that needs another
 * one's rows in SQL uses the owner's service or a read model the owner publishes (`*.read-model.ts`). An entry
 * added here must be temporary; the test fails when a listed pair is fixed, to keep it short.
 */
const KNOWN_FOREIGN_SQL: string[] = [];

describe("modules name only their own tables in SQL", () => {
  it("has no foreign table reads beyond the shared ones and the listed ones", () => {
    const pairs = [...foreignSqlReads(modulesDir).keys()].filter(
      (pair) => !SHARED.some((re) => re.test(pair)),
    );
    expect(pairs.sort()).toEqual([...KNOWN_FOREIGN_SQL].sort());
  });

  it("finds a table another module owns in a raw query", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "foreign-sql-"));
    try {
      fs.mkdirSync(path.join(dir, "a"));
      fs.mkdirSync(path.join(dir, "b"));
      fs.writeFileSync(path.join(dir, "a/a.tables.ts"), `export const a = pgTable("a_rows", {});\n`);
      fs.writeFileSync(path.join(dir, "b/b.tables.ts"), `export const b = pgTable("b_rows", {});\n`);
      fs.writeFileSync(
        path.join(dir, "b/b.queries.ts"),
        "const q = sql`select * from b_rows join a_rows on true`;\n",
      );
      expect([...foreignSqlReads(dir)]).toEqual([["b -> a", new Set(["b.queries.ts: a_rows"])]]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
