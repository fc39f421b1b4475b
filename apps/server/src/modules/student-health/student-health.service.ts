import ExcelJS from "exceljs";
import { analyticsDb } from "../../db/read-replica.ts";
import { createReportJobs, type ReportProgress } from "../../platform/jobs/report-jobs.ts";
import type { AppContext } from "../../app-context.ts";
import type { Actor } from "../../http/actor.ts";
import { problems as httpProblems } from "../../http/problem.ts";
import type { StudentsService } from "../students/students.service.ts";
import { createHealthImporter } from "./health-import.service.ts";
import { healthRecord } from "./health-record.ts";
import { unitById } from "./health-rates.queries.ts";
import { HEADERS, SHEET_NAMES, type HealthImportKind } from "./health-sheets.ts";
import { buildMonitoringReport } from "./monitoring-report.ts";
import { createParentLookup } from "./parent-lookup.ts";
import { reportDocx, reportTitle, reportXlsx } from "./report-files.ts";
import { workbookBuffer } from "../../platform/export-cells.ts";
import { schoolYearOn } from "@edubureau/domain/registry";

/** Rows of students written into a template, so a school fills in results beside its own list. */
const TEMPLATE_STUDENTS = 20_000;

export function createStudentHealthService(ctx: AppContext, deps: { students: StudentsService }) {
  const { db } = ctx.database;
  const today = () => ctx.clock.now().toISOString().slice(0, 10);

  async function unitInScope(actor: Actor, unitId: string | undefined) {
    const unit = await unitById(db, unitId ?? actor.orgUnitId);
    // Out of scope reads as missing; an account at a division reads the city it belongs to.
    if (!unit || !unit.path.startsWith(actor.scopePath)) {
      if (!unitId) {
        const scoped = await scopeUnit(actor);
        if (scoped) return scoped;
      }
      throw httpProblems.notFound("单位");
    }
    return unit;
  }

  async function scopeUnit(actor: Actor) {
    const id = actor.scopePath.split("/").filter(Boolean).at(-1);
    return id ? unitById(db, id) : undefined;
  }

  const reportJobs = createReportJobs(ctx, "student-health-report");

  return {
    imports: createHealthImporter(ctx),
    reportJobs,
    parentLookup: createParentLookup(ctx),

    async report(actor: Actor, query: { unitId?: string | undefined; schoolYear?: string | undefined }) {
      const unit = query.unitId
        ? await unitInScope(actor, query.unitId)
        : ((await scopeUnit(actor)) ?? (await unitInScope(actor, undefined)));
      return buildMonitoringReport(
        analyticsDb(ctx.database),
        unit,
        query.schoolYear ?? null,
        schoolYearOn(today()),
      );
    },

    async reportFile(
      actor: Actor,
      query: { unitId?: string | undefined; schoolYear?: string | undefined },
      format: "docx" | "xlsx",
      progress: ReportProgress = () => undefined,
    ) {
      progress(5);
      const report = await this.report(actor, query);
      progress(70);
      const file = format === "docx" ? await reportDocx(report, today()) : await reportXlsx(report);
      return { file, title: reportTitle(report) };
    },

    /** The city-wide report is slow to build: made as a job whose progress the page shows. */
    startReportJob(
      actor: Actor,
      query: { unitId?: string | undefined; schoolYear?: string | undefined },
      format: "docx" | "xlsx",
    ): Promise<string> {
      return reportJobs.start(actor, async (progress) => {
        const { file, title } = await this.reportFile(actor, query, format, progress);
        return { file, fileName: `${title}.${format}`, asciiName: `health-report.${format}` };
      });
    },

    async record(actor: Actor, studentId: string) {
      const view = await deps.students.get(actor, studentId);
      return healthRecord(db, {
        id: view.id,
        name: view.name,
        sex: view.sex,
        grade: view.grade,
        gradeLabel: view.gradeLabel,
        className: view.className,
        institutionName: view.institutionName,
      });
    },

    /**
     * An import template: the sheet's headers and 填写说明, no data rows; with `roster`, the students in
     * scope listed (学籍号 and 姓名) for a school that enters a whole year group.
     */
    async template(actor: Actor, kind: HealthImportKind, roster = false) {
      const rows = roster ? await deps.students.rosterForSheet(actor, TEMPLATE_STUDENTS) : [];
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet(SHEET_NAMES[kind]);
      sheet.addRow(Object.values(HEADERS[kind])).font = { bold: true };
      for (const r of rows) sheet.addRow([r.studentNo, r.name]);
      sheet.getColumn(1).width = 22;
      sheet.getColumn(1).numFmt = "@";
      const notes = workbook.addWorksheet("填写说明");
      const lines =
        kind === "screening"
          ? [
              "裸眼视力按五分记录（GB 11533），3.0–5.3，保留一位小数。",
              "球镜、柱镜为非睫状肌麻痹电脑验光结果（D），可不填；等效球镜度 = 球镜 + 柱镜/2，须在 −20～+10 D 之间。",
              "筛查性近视（WS/T 663-2020）：裸眼视力 < 5.0 且等效球镜度 ≤ −0.50 D；未验光者记为“未确定”，不计入近视人数。",
              "矫正方式填 无、框架眼镜 或 角膜塑形镜。筛查日期不能晚于今天。",
            ]
          : [
              "按《国家学生体质健康标准（2014年修订）》填写原始成绩；跑步可填秒数或 3'30 形式。",
              "只填该生所在年级（性别）的测试项目，其他项目留空；缺测项目按 0 分计。",
              "身高、体重用于 BMI 评分和超重肥胖筛查（WS/T 586-2018）。",
            ];
      for (const line of lines) notes.addRow([line]);
      notes.getColumn(1).width = 100;
      return workbookBuffer(workbook);
    },
  };
}

export type StudentHealthService = ReturnType<typeof createStudentHealthService>;
