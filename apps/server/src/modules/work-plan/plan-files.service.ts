import fs from "node:fs/promises";
import { createReportJobs, type ReportProgress } from "../../platform/jobs/report-jobs.ts";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { and, eq, inArray } from "drizzle-orm";
import { stringify } from "yaml";
import { ancestorIds } from "@edubureau/domain";
import { parsePlanYaml, planFileSchema, validatePlanFile, type PlanFile } from "@edubureau/domain/work-plan";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { AppError, type FieldProblem } from "../../http/problem.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import { SHEET_COLUMN } from "../../platform/sheet-import/sheet-refusal.ts";
import type { ImportUpload } from "../../platform/uploads/upload.ts";
import { orgUnits } from "../org-units/org-units.tables.ts";
import { planExportWorkbook } from "./plan-export.xlsx.ts";
import { latestAcceptedNarratives } from "./plan-progress.queries.ts";
import { DEFAULT_RECIPIENTS, planReportDocument } from "./plan-report.docx.ts";
import { planTemplateWorkbook, type TemplateUnit } from "./plan-template.xlsx.ts";
import { planFromSheets } from "./plan-workbook-import.ts";
import { locateProblem, readPlanWorkbook, type SheetProblem } from "./plan-workbook-read.ts";
import { PLAN_SHEET, TABLE_SHEETS } from "./plan-workbook-sheets.ts";
import { loadWorkPlan, type PlanLoad } from "./work-plan-loader.ts";
import type { WorkPlanService } from "./work-plan.service.ts";

/** The shipped plan, offered as a filled-in example of the Excel template. */
const EXAMPLE_PLAN = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../../../plans/changsha-2019.yaml",
);

/** A refused import's problem as problem+json carries it: the column header as `field`, plus the sheet. */
type ImportFieldProblem = FieldProblem & { sheet: string | null };

const SHEET_ORDER: readonly string[] = [PLAN_SHEET.name, ...TABLE_SHEETS.map((sheet) => sheet.name)];
const sheetRank = (sheet: string | null) => {
  const rank = sheet === null ? -1 : SHEET_ORDER.indexOf(sheet);
  return rank < 0 ? SHEET_ORDER.length : rank;
};

/** Problems in the order a reader fixes them: sheet by sheet as the workbook runs, row by row. */
function inSheetOrder(problems: readonly SheetProblem[]): SheetProblem[] {
  return [...problems].sort((a, b) => sheetRank(a.sheet) - sheetRank(b.sheet) || (a.row ?? 0) - (b.row ?? 0));
}

function refusal(problems: readonly SheetProblem[] | readonly ImportFieldProblem[]): AppError {
  const errors: ImportFieldProblem[] = problems.map((p) =>
    "field" in p
      ? p
      : {
          sheet: p.sheet,
          field: p.column ?? (p.row === null ? SHEET_COLUMN : "（整行）"),
          message: p.message,
          ...(p.row === null ? {} : { row: p.row }),
        },
  );
  return new AppError(
    "validation",
    "计划文件有误",
    `发现 ${errors.length} 处问题，未导入任何内容。请修改后重新上传。`,
    errors,
  );
}

export function createPlanFilesService(ctx: AppContext, deps: { workPlan: WorkPlanService }) {
  const reportJobs = createReportJobs(ctx, "work-plan-report");
  const { db } = ctx.database;

  /** The city the actor belongs to: plans are imported for it and may name only its units. */
  async function cityOf(actor: Actor): Promise<{ code: string; units: TemplateUnit[] }> {
    const rootId = ancestorIds(actor.orgUnitPath)[0] ?? actor.orgUnitId;
    const [city] = await db.select().from(orgUnits).where(eq(orgUnits.id, rootId)).limit(1);
    if (!city)
      throw new AppError("bad_request", "无法确定所属城市", "您的账号不属于任何城市，无法导入工作计划。");
    const units = await db
      .select({ code: orgUnits.code, name: orgUnits.name, kind: orgUnits.kind })
      .from(orgUnits)
      .where(and(eq(orgUnits.parentId, city.id), inArray(orgUnits.kind, ["division", "district"])))
      .orderBy(orgUnits.kind, orgUnits.code);
    return { code: city.code, units: [{ code: city.code, name: city.name, kind: city.kind }, ...units] };
  }

  async function exampleFile(): Promise<PlanFile | undefined> {
    const parsed = parsePlanYaml(await fs.readFile(EXAMPLE_PLAN, "utf8"));
    if (!parsed.ok) return undefined;
    const plan = planFileSchema.safeParse(parsed.value);
    return plan.success ? plan.data : undefined;
  }

  async function loadAudited(actor: Actor, yamlText: string, city: string, meta: object): Promise<PlanLoad> {
    const at = ctx.clock.now();
    return db.transaction(async (tx: Db) => {
      const load = await loadWorkPlan(tx, yamlText, city, at);
      if (load.ok) {
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "WORK_PLAN_IMPORTED",
            entityId: load.planId,
            after: { ...meta, ...load.counts },
          },
          at,
        );
      }
      return load;
    });
  }

  async function importWorkbook(actor: Actor, upload: ImportUpload) {
    const read = await readPlanWorkbook(upload.buffer);
    if (!read.ok) throw new AppError("bad_request", "文件格式不正确", read.message);
    const city = await cityOf(actor);
    const converted = planFromSheets(read.sheets);
    if (converted.problems.length > 0) {
      // The workbook's shape is wrong; still list what the validator finds, so one round of fixes suffices.
      const validation = validatePlanFile(converted.raw, new Set(city.units.map((u) => u.code)));
      const more = validation.ok ? [] : validation.problems.map((p) => locateProblem(converted.locations, p));
      throw refusal(inSheetOrder([...converted.problems, ...more]));
    }
    const load = await loadAudited(actor, stringify(converted.raw), city.code, {
      fileName: upload.fileName,
      format: "xlsx",
    });
    if (!load.ok)
      throw refusal(inSheetOrder(load.problems.map((p) => locateProblem(converted.locations, p))));
    return load;
  }

  async function importYaml(actor: Actor, upload: ImportUpload) {
    const city = await cityOf(actor);
    const load = await loadAudited(actor, upload.buffer.toString("utf8"), city.code, {
      fileName: upload.fileName,
      format: "yaml",
    });
    if (!load.ok)
      throw refusal(load.problems.map((p) => ({ sheet: null, field: p.path, message: p.message })));
    return load;
  }

  return {
    reportJobs,

    /** The 执行情况报告 evaluates the whole plan: made as a job whose progress the page shows. */
    startReportJob(
      actor: Actor,
      planId: string,
      issue: { docNumber?: string | undefined; recipients?: string | undefined },
    ): Promise<string> {
      return reportJobs.start(actor, async (progress) => {
        const { year, file } = await this.reportDocument(planId, issue, progress);
        return {
          file,
          fileName: `${year}年工作计划执行情况报告.docx`,
          asciiName: `work-plan-${year}-report.docx`,
        };
      });
    },

    async exportWorkbook(planId: string) {
      const e = await deps.workPlan.evaluationOf(planId);
      return { year: e.plan.year, file: await planExportWorkbook(e) };
    },

    async reportDocument(
      planId: string,
      issue: { docNumber?: string | undefined; recipients?: string | undefined } = {},
      progress: ReportProgress = () => undefined,
    ) {
      progress(5);
      const e = await deps.workPlan.evaluationOf(planId);
      progress(60);
      const narratives = await latestAcceptedNarratives(db, planId);
      progress(70);
      const file = await planReportDocument(e, narratives, {
        docNumber: issue.docNumber || null,
        recipients: issue.recipients || DEFAULT_RECIPIENTS,
      });
      return { year: e.plan.year, file };
    },

    async template(actor: Actor, example: boolean): Promise<Buffer> {
      const { units } = await cityOf(actor);
      const plan = example ? await exampleFile() : undefined;
      return planTemplateWorkbook({ units, ...(plan ? { plan } : {}) });
    },

    /** A plan file (.yaml/.yml) or a filled template (.xlsx), loaded all or nothing. */
    async importPlan(actor: Actor, upload: ImportUpload) {
      const name = upload.fileName.toLowerCase();
      const load = /\.ya?ml$/.test(name)
        ? await importYaml(actor, upload)
        : name.endsWith(".xlsx")
          ? await importWorkbook(actor, upload)
          : undefined;
      if (!load) {
        throw new AppError(
          "unsupported_media_type",
          "不支持的文件类型",
          "请上传计划模板（.xlsx）或计划文件（.yaml / .yml）。",
        );
      }
      const plan = (await deps.workPlan.plans()).find((p) => p.id === load.planId);
      return { planId: load.planId, year: plan?.year ?? 0, title: plan?.title ?? "", counts: load.counts };
    },
  };
}

export type PlanFilesService = ReturnType<typeof createPlanFilesService>;
