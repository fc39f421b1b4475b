import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { multipart } from "../../modules/institutions/import-fixtures.ts";
import { IMPORT_INTERRUPTED } from "./job-store.ts";
import {
  getJson,
  headersOf,
  largeWorkbook,
  login,
  startServer,
  stopServer,
  type Server,
} from "../../test/server-process.ts";

// Issue 14, defect 7 and item 4 on the default engine: the server process (embedded PGlite in DATA_DIR) is
// killed with -9 while it writes a large import, then started again on the same data. The job answers
// failed with「服务重启或中断，未写入任何数据」— not 404 — and nothing of the file was written.
// (On PostgreSQL the same holds across instances: multi-instance.test.ts.)

const IMPORT_ROWS = 8_000;

describe.skipIf(Boolean(process.env.DATABASE_URL))(
  "an import interrupted by a restart (embedded engine)",
  () => {
    let dataDir = "";
    let server: Server | undefined;

    beforeAll(() => {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "eb-restart-"));
    });

    afterAll(async () => {
      await stopServer(server);
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    }, 20_000);

    it("answers failed, not 404, after kill -9 mid-import and a restart, with nothing written", async () => {
      server = await startServer("first", undefined, dataDir, { LOG_LEVEL: "warn" });
      const session = await login(server, "admin");
      const before = await getJson<{ total: number }>(server, session, "/api/institutions?limit=1");
      expect(before.status).toBe(200);
      const body = multipart(await largeWorkbook(IMPORT_ROWS), "大批量名录.xlsx");
      const accepted = await fetch(`${server.url}/api/institutions/import`, {
        method: "POST",
        headers: { ...headersOf(session), ...body.headers },
        body: body.payload,
      });
      expect(accepted.status).toBe(202);
      const { jobId } = (await accepted.json()) as { jobId: string };

      // Follow the job's own event stream (authorised once, served from memory) until it writes.
      const stream = await fetch(`${server.url}/api/institutions/import/${jobId}/events`, {
        headers: headersOf(session),
      });
      if (!stream.body) throw new Error("no stream");
      const reader: ReadableStreamDefaultReader<Uint8Array> = stream.body.getReader();
      const decoder = new TextDecoder();
      let text = "";
      let state = "parsing";
      while (state !== "writing" && state !== "done" && state !== "failed") {
        const next = await reader.read();
        if (next.done) break;
        text += decoder.decode(next.value, { stream: true });
        const states = [...text.matchAll(/"state":"(\w+)"/g)].map((m) => m[1] ?? "");
        state = states.at(-1) ?? state;
      }
      expect(state).toBe("writing");
      server.child.kill("SIGKILL");
      await new Promise((resolve) => server?.child.once("exit", resolve));

      server = await startServer("restarted", undefined, dataDir, { LOG_LEVEL: "warn" });
      // The session is in the database: the same sign-in reads the job on the restarted process.
      const job = await getJson<{ state: string; message?: string }>(
        server,
        session,
        `/api/institutions/import/${jobId}`,
      );
      expect(job.status).toBe(200);
      expect(job.body).toMatchObject({ state: "failed", message: IMPORT_INTERRUPTED });
      const after = await getJson<{ total: number }>(server, session, "/api/institutions?limit=1");
      expect(after.body.total).toBe(before.body.total);
    }, 90_000);
  },
);
