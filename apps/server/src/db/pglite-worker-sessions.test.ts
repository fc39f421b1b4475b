import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { queryRows, type Database } from "./database.ts";
import { openDatabase } from "./open-database.ts";
import { serveWireProtocol, type WireServer } from "./pglite-wire-server.ts";

// Issue 14 item 5: PGlite is one session. Several requests (and, at the wire server, several client
// connections) share it, so one request's transaction must be whole: no other statement may run inside it,
// a ROLLBACK must take back only its own writes, and a read must see every write committed before it.

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(Boolean(process.env.DATABASE_URL))("requests sharing the worker's one session", () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ pgliteMode: "worker", pgliteTemplate: inject("pgliteTemplate") });
    await database.db.execute(sql`create table request_writes (id int primary key, kind text not null)`);
  });
  afterAll(async () => database.close());

  it("a write committed by one request is read back while others fail and roll back around it", async () => {
    const lost: string[] = [];
    const committed: number[] = [];
    await Promise.all(
      Array.from({ length: 240 }, async (_, i) => {
        switch (i % 4) {
          case 0: {
            // Writes, lets the others queue up, commits, then reads its own write back outside the transaction.
            await database.db.transaction(async (tx) => {
              await tx.execute(sql`insert into request_writes values (${i}, 'committed')`);
              await pause(1);
              await tx.execute(sql`select count(*) from request_writes`);
            });
            committed.push(i);
            const rows = await queryRows(database.db, sql`select id from request_writes where id = ${i}`);
            if (rows.length !== 1) lost.push(`request ${i} did not read its committed write`);
            return;
          }
          case 1:
            // A statement fails inside the transaction: PostgreSQL aborts it and the request rolls back.
            await database.db
              .transaction(async (tx) => {
                await tx.execute(sql`insert into request_writes values (${-i}, 'failed')`);
                await pause(1);
                await tx.execute(sql`select ${"not a number"}::int`);
              })
              .catch(() => undefined);
            return;
          case 2:
            // The request's own code refuses after writing: the rollback is the request's, not the engine's.
            await database.db
              .transaction(async (tx) => {
                await tx.execute(sql`insert into request_writes values (${-i}, 'refused')`);
                await pause(1);
                throw new Error("refused");
              })
              .catch(() => undefined);
            return;
          default: {
            const [row] = await queryRows<{ n: number }>(
              database.db,
              sql`select count(*)::int as n from request_writes where id < 0`,
            );
            if (row?.n !== 0) lost.push(`a read saw ${row?.n} uncommitted rows`);
          }
        }
      }),
    );
    expect(lost).toEqual([]);
    const rows = await queryRows<{ id: number }>(database.db, sql`select id from request_writes order by id`);
    expect(rows.map((r) => r.id)).toEqual(committed.sort((a, b) => a - b));
  });
});

describe.skipIf(Boolean(process.env.DATABASE_URL))("the wire server with several client connections", () => {
  let pglite: PGlite;
  let server: WireServer;
  let pool: pg.Pool;
  let socketDir = "";
  const connect = () =>
    new pg.Client({ host: socketDir, port: 5432, user: "postgres", database: "postgres" });

  beforeAll(async () => {
    socketDir = fs.mkdtempSync(path.join(os.tmpdir(), "eb-wire-"));
    pglite = await PGlite.create();
    server = await serveWireProtocol(pglite, path.join(socketDir, ".s.PGSQL.5432"));
    pool = new pg.Pool({ host: socketDir, port: 5432, user: "postgres", database: "postgres", max: 4 });
    await pool.query("create table wire_writes (id int primary key)");
  });
  afterAll(async () => {
    await pool.end();
    await server.close();
    await pglite.close();
    fs.rmSync(socketDir, { recursive: true, force: true });
  });

  it("keeps another connection's statements out of an open transaction until it ends", async () => {
    const writer = connect();
    const other = connect();
    await writer.connect();
    await other.connect();
    try {
      await writer.query("begin");
      await writer.query("insert into wire_writes values (1)");
      // The other connection's read waits for the transaction: run inside it, it would see row 1 uncommitted.
      let readDone = false;
      const read = other.query("select count(*)::int as n from wire_writes").then((result) => {
        readDone = true;
        return result.rows[0] as { n: number };
      });
      await pause(50);
      expect(readDone).toBe(false);
      await writer.query("rollback");
      expect(await read).toEqual({ n: 0 });

      // One connection commits, another then fails and rolls back: the commit stays.
      await writer.query("begin");
      await writer.query("insert into wire_writes values (2)");
      await writer.query("commit");
      await other.query("begin");
      await other.query("insert into wire_writes values (3)");
      await expect(other.query("insert into wire_writes values (2)")).rejects.toThrow(/duplicate key/);
      await other.query("rollback");
      const { rows } = await pool.query("select id from wire_writes order by id");
      expect(rows).toEqual([{ id: 2 }]);
    } finally {
      await writer.end();
      await other.end();
    }
  });

  it("takes back the transaction of a client that disappears, and serves the others", async () => {
    const gone = connect();
    await gone.connect();
    gone.on("error", () => undefined);
    await gone.query("begin");
    await gone.query("insert into wire_writes values (10)");
    const waiting = pool.query("insert into wire_writes values (11)");
    await pause(50);
    (gone as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    await waiting;
    const { rows } = await pool.query("select id from wire_writes where id >= 10 order by id");
    expect(rows).toEqual([{ id: 11 }]);
  });

  it("keeps whole transactions under many concurrent clients, failures included", async () => {
    await pool.query("delete from wire_writes");
    const committed: number[] = [];
    const seen: string[] = [];
    await Promise.all(
      Array.from({ length: 160 }, async (_, i) => {
        const client = await pool.connect();
        try {
          await client.query("begin");
          await client.query("insert into wire_writes values ($1)", [i % 2 === 0 ? i : -i]);
          await pause(1);
          if (i % 2 === 1) await client.query("select 1 / 0");
          await client.query("commit");
          committed.push(i);
        } catch {
          await client.query("rollback");
        } finally {
          client.release();
        }
        const { rows } = await pool.query<{ n: number }>(
          "select count(*)::int as n from wire_writes where id < 0",
        );
        if (rows[0]?.n !== 0) seen.push(`uncommitted rows seen: ${rows[0]?.n}`);
      }),
    );
    expect(seen).toEqual([]);
    const { rows } = await pool.query("select id from wire_writes order by id");
    expect(rows.map((r: { id: number }) => r.id)).toEqual(committed.sort((a, b) => a - b));
  });
});
