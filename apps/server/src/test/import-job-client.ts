import { expect } from "vitest";
import { SESSION_COOKIE } from "../http/session-token.ts";
import { multipart } from "../modules/institutions/import-fixtures.ts";
import type { TestApp } from "./test-app.ts";
import { TEST_PASSWORD } from "./test-world.ts";

/** An import job as its status route answers it. */
export interface JobBody {
  id: string;
  state: string;
  fileName: string;
  processed: number;
  total: number;
  errors?: { row: number; column: string; message: string }[];
  errorCount?: number;
  result?: { rows: number; created: number; updated: number; unchanged: number };
  message?: string;
}

/**
 * An account that uploads workbooks to one import route (`importUrl`, e.g. "/api/students/import") and polls
 * the job as the web page would. It signs in on its own: uploads need the raw cookie, which TestSession hides.
 */
export async function importJobClient(
  t: TestApp,
  username: string,
  importUrl: string,
  defaultFileName: string,
) {
  const login = await t.app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { username, password: TEST_PASSWORD },
  });
  const cookie = login.cookies.find((c) => c.name === SESSION_COOKIE)?.value ?? "";
  const headers = {
    cookie: `${SESSION_COOKIE}=${cookie}`,
    "x-csrf-token": login.json<{ csrfToken: string }>().csrfToken,
  };
  const get = (url: string) => t.app.inject({ method: "GET", url, headers });
  const client = {
    get,
    upload(file: Buffer, fileName = defaultFileName, query = "") {
      const body = multipart(file, fileName);
      return t.app.inject({
        method: "POST",
        url: `${importUrl}${query}`,
        headers: { ...headers, ...body.headers },
        payload: body.payload,
      });
    },
    /** Polls the job, keeping every snapshot. */
    async follow(jobId: string): Promise<JobBody[]> {
      const seen: JobBody[] = [];
      for (let i = 0; i < 2_000; i++) {
        const response = await get(`${importUrl}/${jobId}`);
        expect(response.statusCode, response.body).toBe(200);
        const job = response.json<JobBody>();
        seen.push(job);
        if (job.state === "done" || job.state === "failed") return seen;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      throw new Error("import did not finish");
    },
    /** Uploads and follows the job to its end. */
    async run(file: Buffer, fileName?: string): Promise<JobBody | undefined> {
      const accepted = await client.upload(file, fileName);
      expect(accepted.statusCode, accepted.body).toBe(202);
      return (await client.follow(accepted.json<{ jobId: string }>().jobId)).at(-1);
    },
    /**
     * Uploads a workbook of `rows` new records as 进度.xlsx and checks the job: 202, progress never past the
     * total, and done with every row created. Returns the job's id.
     */
    async expectAllCreated(file: Buffer, rows: number): Promise<string> {
      const accepted = await client.upload(file, "进度.xlsx");
      expect(accepted.statusCode, accepted.body).toBe(202);
      const { jobId } = accepted.json<{ jobId: string }>();
      const seen = await client.follow(jobId);
      const last = seen.at(-1);
      expect(last).toMatchObject({
        id: jobId,
        fileName: "进度.xlsx",
        state: "done",
        processed: rows,
        total: rows,
        result: { rows, created: rows, updated: 0, unchanged: 0 },
      });
      expect(last?.errors).toBeUndefined();
      for (const job of seen) {
        expect(["parsing", "validating", "writing", "done"]).toContain(job.state);
        if (job.total > 0) expect(job.processed).toBeLessThanOrEqual(job.total);
      }
      return jobId;
    },
  };
  return client;
}
