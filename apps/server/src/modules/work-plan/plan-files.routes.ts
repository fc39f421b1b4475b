import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requirePermission } from "../../http/authenticate.ts";
import { sendFile } from "../../platform/downloads.ts";
import { reportJobAccepted, reportJobRoutes } from "../../platform/jobs/report-job.routes.ts";
import { readUpload } from "../../platform/uploads/upload.ts";
import type { PlanFilesService } from "./plan-files.service.ts";
import { planIdParams } from "./work-plan.schemas.ts";

const templateQuery = z.object({
  /** 1: the shipped 2019 plan written into the template, as a filled-in example. */
  example: z.enum(["0", "1"]).optional(),
});

const importResult = z.object({
  planId: z.string(),
  year: z.number().int(),
  title: z.string(),
  counts: z.object({
    focusAreas: z.number().int(),
    tasks: z.number().int(),
    targets: z.number().int(),
    milestones: z.number().int(),
  }),
});

/** 发文字号 and 主送机关 of the 执行情况报告, as the clerk fills them in before downloading. */
const reportIssueQuery = z.object({
  docNumber: z.string().trim().max(40, "发文字号不能超过 40 个字").optional(),
  recipients: z.string().trim().max(200, "主送机关不能超过 200 个字").optional(),
});

/** Downloads of a plan (target list, Word report), the Excel plan template and the plan import. */
export function planFilesRoutes(service: PlanFilesService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["工作计划"];

    app.get(
      "/plans/:planId/export.xlsx",
      { schema: { tags, params: planIdParams } },
      async (request, reply) => {
        requirePermission(request, "plan.read");
        const { year, file } = await service.exportWorkbook(request.params.planId);
        return sendFile(reply, file, `${year}年工作计划目标清单.xlsx`, `work-plan-${year}-targets.xlsx`);
      },
    );

    app.get(
      "/plans/:planId/report.docx",
      { schema: { tags, params: planIdParams, querystring: reportIssueQuery } },
      async (request, reply) => {
        requirePermission(request, "plan.read");
        const { year, file } = await service.reportDocument(request.params.planId, request.query);
        return sendFile(reply, file, `${year}年工作计划执行情况报告.docx`, `work-plan-${year}-report.docx`);
      },
    );

    app.post(
      "/plans/:planId/report-jobs",
      {
        schema: { tags, params: planIdParams, body: reportIssueQuery, response: { 202: reportJobAccepted } },
      },
      async (request, reply) => {
        const jobId = await service.startReportJob(
          requirePermission(request, "plan.read"),
          request.params.planId,
          request.body,
        );
        return reply.code(202).send({ jobId });
      },
    );

    await app.register(reportJobRoutes({ tags, permission: "plan.read", jobs: service.reportJobs }));

    app.get(
      "/plans/template.xlsx",
      { schema: { tags, querystring: templateQuery } },
      async (request, reply) => {
        const actor = requirePermission(request, "plan.manage");
        const example = request.query.example === "1";
        const file = await service.template(actor, example);
        const name = example ? "工作计划模板（2019年示例）.xlsx" : "工作计划导入模板.xlsx";
        return sendFile(reply, file, name, example ? "work-plan-example.xlsx" : "work-plan-template.xlsx");
      },
    );

    app.post("/plans/import", { schema: { tags, response: { 200: importResult } } }, async (request) => {
      const actor = requirePermission(request, "plan.manage");
      return service.importPlan(actor, await readUpload(request));
    });
  };
}
