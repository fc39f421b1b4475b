import type { Permission } from "@edubureau/domain";
import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requirePermission } from "../../http/authenticate.ts";
import { openEventStream } from "../../http/event-stream.ts";
import { AppError } from "../../http/problem.ts";
import { sendFile } from "../downloads.ts";
import { readUpload } from "../uploads/upload.ts";
import { problemsWorkbook } from "./import-problems.ts";
import * as s from "./import-job.schemas.ts";
import { MAX_LISTED_PROBLEMS, type ImportJob, type ImportJobRunner } from "./job-store.ts";

const EVENT_INTERVAL_MS = 200;

/** A job as its owner sees it: at most MAX_LISTED_PROBLEMS problems (problems.xlsx has every one kept). */
export function jobView(job: ImportJob) {
  const { ownerId: _ownerId, finishedAt: _finishedAt, errors, ...view } = job;
  return { ...view, ...(errors ? { errors: errors.slice(0, MAX_LISTED_PROBLEMS) } : {}) };
}

/** A failed import as problem+json: each problem names its row and, as `field`, its column header. */
export function importProblem(job: ImportJob): AppError {
  if (!job.errors)
    return new AppError("bad_request", "导入失败", job.message ?? "导入失败，未写入任何数据。");
  const count = job.errorCount ?? job.errors.length;
  return new AppError(
    "validation",
    "导入数据有误",
    `发现 ${count} 处问题，未导入任何数据。请修改后重新上传。`,
    job.errors
      .slice(0, MAX_LISTED_PROBLEMS)
      .map((p) => ({ field: p.column, row: p.row, message: p.message })),
  );
}

/**
 * The answer to an upload: 202 with the job id at once, or — with `?wait=true` — 200 with the finished
 * job, or the job's problems as problem+json.
 */
export async function answerImport(
  reply: FastifyReply,
  wait: boolean | undefined,
  run: { start: () => Promise<ImportJob>; runToEnd: () => Promise<ImportJob> },
) {
  if (!wait) {
    const job = await run.start();
    return reply.code(202).send({ jobId: job.id });
  }
  const job = await run.runToEnd();
  if (job.state === "failed") throw importProblem(job);
  return reply.code(200).send(jobView(job));
}

/** Where an event stream reads a job: memory where it runs, else its record when another instance says so. */
export interface JobFeed {
  first: ImportJob;
  /** The job now (memory or its record). */
  read: () => Promise<ImportJob>;
  /** True while this instance runs the job: re-read every EVENT_INTERVAL_MS, no database. */
  live: boolean;
  /** Changes announced by the instance that runs it (LISTEN/NOTIFY). */
  onChange: (listener: () => void) => () => void;
}

/** A job run elsewhere is also re-read this often, so a dead instance's job is seen to fail. */
const REMOTE_POLL_MS = 2_000;

/**
 * Progress pushed as server-sent events until the job ends. Polling needs a session lookup per request,
 * which on the embedded engine waits for the import's write transaction; the caller authorises this
 * stream once, up front, and hands over the job. A job running on another instance is followed through its
 * record: re-read on each of that instance's announcements and every REMOTE_POLL_MS.
 */
export function sendJobEvents(reply: FastifyReply, feed: JobFeed | ImportJob): void {
  const { first, read, live, onChange }: JobFeed =
    "first" in feed
      ? feed
      : { first: feed, read: async () => feed, live: true, onChange: () => () => undefined };
  const raw = openEventStream(reply);
  let sent = "";
  let ended = false;
  const push = (job: ImportJob): boolean => {
    const text = JSON.stringify(jobView(job));
    if (text !== sent) raw.write(`data: ${text}\n\n`);
    sent = text;
    return job.state === "done" || job.state === "failed";
  };
  if (push(first)) return void raw.end();
  let unsubscribe = () => undefined as unknown;
  const stop = () => {
    ended = true;
    clearInterval(timer);
    unsubscribe();
  };
  let reading = false;
  const refresh = () => {
    if (ended || reading) return;
    reading = true;
    read()
      .then((job) => {
        if (ended || !push(job)) return;
        stop();
        raw.end();
      })
      .catch(() => {
        stop();
        raw.end();
      })
      .finally(() => {
        reading = false;
      });
  };
  const timer = setInterval(refresh, live ? EVENT_INTERVAL_MS : REMOTE_POLL_MS);
  unsubscribe = onChange(refresh);
  raw.once("close", stop);
}

/**
 * A feature's import routes under its own prefix: POST /import (202 + job id, or with ?wait=true the
 * finished job; ?mode=insert|upsert), GET /import/:jobId to poll, GET /import/:jobId/events for server-sent
 * progress, GET /import/:jobId/problems.xlsx for a failed job's problem list, and GET /template.xlsx when
 * the kernel builds the import's empty template.
 */
export function importJobRoutes(options: {
  tags: string[];
  permission: Permission;
  imports: ImportJobRunner;
}): FastifyPluginAsyncZod {
  const { tags, permission, imports } = options;
  return async (app) => {
    app.post(
      "/import",
      {
        schema: {
          tags,
          querystring: s.importQuery,
          response: { 200: s.importJob, 202: s.importAccepted },
        },
      },
      async (request, reply) => {
        const actor = requirePermission(request, permission);
        const upload = await readUpload(request);
        const options = { mode: request.query.mode };
        return answerImport(reply, request.query.wait, {
          start: () => imports.start(actor, upload, options),
          runToEnd: () => imports.runToEnd(actor, upload, options),
        });
      },
    );
    app.get(
      "/import/:jobId",
      { schema: { tags, params: s.jobParams, response: { 200: s.importJob } } },
      async (request) =>
        jobView(await imports.status(requirePermission(request, permission), request.params.jobId)),
    );
    // Only the account that ran the job finds it (status answers 404 to any other).
    app.get(
      "/import/:jobId/problems.xlsx",
      { schema: { tags, params: s.jobParams } },
      async (request, reply) => {
        const job = await imports.status(requirePermission(request, permission), request.params.jobId);
        if (job.state !== "failed" || !job.errors)
          throw new AppError("not_found", "没有错误清单", "该导入任务没有行级问题，无可下载的错误清单。");
        const file = await problemsWorkbook(job.fileName, job.errors, job.errorCount ?? job.errors.length);
        return sendFile(reply, file, "导入错误清单.xlsx", "import-problems.xlsx");
      },
    );
    const { template } = imports;
    if (template)
      app.get("/template.xlsx", { schema: { tags } }, async (request, reply) => {
        requirePermission(request, permission);
        const { file, fileName, asciiName } = await template();
        return sendFile(reply, file, fileName, asciiName);
      });
    // Authorised once, up front (see sendJobEvents).
    app.get("/import/:jobId/events", { schema: { tags, params: s.jobParams } }, async (request, reply) => {
      const actor = requirePermission(request, permission);
      const { jobId } = request.params;
      const first = await imports.status(actor, jobId);
      const follow = imports.follow(jobId);
      sendJobEvents(reply, {
        first,
        read: () => (follow.live ? Promise.resolve(first) : imports.status(actor, jobId)),
        live: follow.live,
        onChange: follow.onChange,
      });
    });
  };
}
