import type { Permission } from "@edubureau/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requirePermission } from "../../http/authenticate.ts";
import { sendFile } from "../downloads.ts";
import type { ReportJobs } from "./report-jobs.ts";

export const reportJobParams = z.object({ jobId: z.uuid("报告任务编号格式不正确") });

export const reportJobAccepted = z.object({ jobId: z.uuid() });

export const reportJob = z.object({
  id: z.uuid(),
  state: z.enum(["running", "done", "failed"]),
  /** 0–100. */
  progress: z.number().int(),
  /** Why it failed. */
  message: z.string().optional(),
  fileName: z.string().optional(),
});

/** A report job's progress and, once done, its file: `GET /report-jobs/{jobId}` and `…/file`. */
export function reportJobRoutes(options: {
  tags: string[];
  permission: Permission;
  jobs: ReportJobs;
}): FastifyPluginAsyncZod {
  const { tags, permission, jobs } = options;
  return async (app) => {
    app.get(
      "/report-jobs/:jobId",
      { schema: { tags, params: reportJobParams, response: { 200: reportJob } } },
      async (request) => jobs.status(requirePermission(request, permission), request.params.jobId),
    );

    app.get(
      "/report-jobs/:jobId/file",
      { schema: { tags, params: reportJobParams } },
      async (request, reply) => {
        const { file, fileName, asciiName } = await jobs.file(
          requirePermission(request, permission),
          request.params.jobId,
        );
        return sendFile(reply, file, fileName, asciiName);
      },
    );
  };
}
