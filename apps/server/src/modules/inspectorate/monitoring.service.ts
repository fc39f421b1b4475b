import { sql } from "drizzle-orm";
import { coefficientOfVariation, CV_LIMIT, mean } from "@edubureau/domain/inspectorate";
import { cellText, type RowProblem, type SheetCell } from "@edubureau/domain/registry";
import type { AppContext } from "../../app-context.ts";
import { problems } from "../../http/problem.ts";
import { checkThenWrite, runSheetImport } from "../../platform/sheet-import/sheet-import.ts";
import { inspMonitoringResults } from "./inspectorate.tables.ts";
import * as q from "./monitoring.queries.ts";

/** The 质量监测 sheet: one row per school × subject × grade. */
export const MONITORING_SHEET = "监测结果";
export const MONITORING_HEADERS = ["年份", "学科", "年级", "学校标识码", "平均分", "全国均值"] as const;
const GRADES = ["四年级", "八年级"] as const;
const MAX_ROWS = 20_000;

interface Columns {
  index: Record<(typeof MONITORING_HEADERS)[number], number>;
}
interface ValidRow {
  year: number;
  subject: string;
  grade: string;
  schoolId: string;
  score: number;
  nationalMean: number | null;
}

function header(cells: SheetCell[]): { columns: Columns; problems: RowProblem[] } {
  const texts = cells.map(cellText);
  const found: Partial<Columns["index"]> = {};
  const problemsFound: RowProblem[] = [];
  for (const h of MONITORING_HEADERS) {
    const i = texts.indexOf(h);
    if (i < 0 && h !== "全国均值") problemsFound.push({ row: 1, column: h, message: `缺少列「${h}」` });
    found[h] = i;
  }
  return { columns: { index: found as Columns["index"] }, problems: problemsFound };
}

/**
 * 国家/市义务教育质量监测 results: imported through the platform's sheet pipeline, analysed by district
 * against the city and national means with the inter-school coefficient of variation (优质均衡 figure).
 */
export function createMonitoringService(ctx: AppContext) {
  const { db } = ctx.database;

  const imports = runSheetImport<Columns>(ctx, {
    name: "quality monitoring import",
    permission: "inspectorate.inspect",
    sheet: MONITORING_SHEET,
    auditEvent: "INSP_MONITORING_IMPORTED",
    maxRows: MAX_ROWS,
    missingSheet: `找不到工作表「${MONITORING_SHEET}」：请使用监测结果模板`,
    emptySheet: "表中没有数据行：请从第 2 行起填写监测结果",
    header: ({ cells }) => header(cells),
    template: {
      columns: [
        { header: "年份", required: true, note: "监测年份，四位数，如 2019" },
        { header: "学科", required: true, note: "如 语文、数学、科学、体育与健康" },
        { header: "年级", required: true, note: `可选：${GRADES.join("、")}` },
        {
          header: "学校标识码",
          required: true,
          text: true,
          width: 14,
          note: "10 位学校标识码，须在您的管理范围内",
        },
        { header: "平均分", required: true, note: "该校该学科该年级的平均分，0–1000" },
        { header: "全国均值", required: false, note: "全国常模均值，0–1000；可不填" },
      ],
      notes: ["一行为一所学校一个学科一个年级的结果；同一学校、学科、年级再次导入时以新结果替换。"],
      fileName: "质量监测结果导入模板.xlsx",
      asciiName: "monitoring-template.xlsx",
    },
    start: (run) =>
      checkThenWrite<ValidRow[]>({
        async check(rows) {
          const schools = new Map((await q.schoolsByCode(db)).map((s) => [s.code, s]));
          const { index } = run.columns;
          const found: RowProblem[] = [];
          const valid: ValidRow[] = [];
          const keys = new Set<string>();
          for (const { row, cells } of rows) {
            const text = (h: (typeof MONITORING_HEADERS)[number]) =>
              index[h] >= 0 ? cellText(cells[index[h]]) : "";
            const year = Number(text("年份"));
            const subject = text("学科");
            const grade = text("年级");
            const code = text("学校标识码");
            const score = Number(text("平均分"));
            const nationalText = text("全国均值");
            const nationalMean = nationalText === "" ? null : Number(nationalText);
            const before = found.length;
            if (!Number.isInteger(year) || year < 2015 || year > 2100)
              found.push({ row, column: "年份", message: "年份应为 2015 年以后的四位数" });
            if (subject.length === 0 || subject.length > 20)
              found.push({ row, column: "学科", message: "请填写学科" });
            if (!(GRADES as readonly string[]).includes(grade))
              found.push({ row, column: "年级", message: `年级应为 ${GRADES.join("或")}` });
            const school = schools.get(code);
            if (!school)
              found.push({
                row,
                column: "学校标识码",
                message: `学校标识码 ${code || "（空）"} 不在学校名录中`,
              });
            else if (!school.path.startsWith(run.actor.scopePath))
              found.push({ row, column: "学校标识码", message: "该校不在您的管理范围内" });
            if (!Number.isFinite(score) || score < 0 || score > 1000)
              found.push({ row, column: "平均分", message: "平均分应为 0–1000 之间的数" });
            if (
              nationalMean !== null &&
              (!Number.isFinite(nationalMean) || nationalMean < 0 || nationalMean > 1000)
            )
              found.push({ row, column: "全国均值", message: "全国均值应为 0–1000 之间的数" });
            const key = `${year}|${subject}|${grade}|${code}`;
            if (keys.has(key)) found.push({ row, column: "学校标识码", message: "同一学校、学科、年级重复" });
            keys.add(key);
            if (found.length === before && school)
              valid.push({ year, subject, grade, schoolId: school.id, score, nationalMean });
            run.job.processed++;
            await run.pace();
          }
          return { problems: found, value: valid };
        },
        async write(tx, valid) {
          for (let i = 0; i < valid.length; i += 500) {
            await tx
              .insert(inspMonitoringResults)
              .values(valid.slice(i, i + 500))
              .onConflictDoUpdate({
                target: [
                  inspMonitoringResults.year,
                  inspMonitoringResults.subject,
                  inspMonitoringResults.grade,
                  inspMonitoringResults.schoolId,
                ],
                set: { score: sql`excluded.score`, nationalMean: sql`excluded.national_mean` },
              });
          }
          // Upserts: a re-imported school × subject × grade replaces its figure.
          return { rows: valid.length, created: valid.length, updated: 0, unchanged: 0 };
        },
      }),
  });

  return {
    imports,

    async years() {
      return (await q.monitoringYears(db)).map((r) => r.year);
    },

    /** Published figures (district aggregates only), the same for every reader. Per subject × grade: city and national means, and per district its mean, gap to the city and CV. */
    async analysis(year: number) {
      if (!Number.isInteger(year)) throw problems.field("year", "请选择年份");
      const rows = await q.monitoringResults(db, year);
      const groups = new Map<string, q.MonitoringRow[]>();
      for (const r of rows) {
        const key = `${r.subject}|${r.grade}`;
        groups.set(key, [...(groups.get(key) ?? []), r]);
      }
      return {
        year,
        groups: [...groups].map(([key, list]) => {
          const [subject = "", grade = ""] = key.split("|");
          const scores = list.map((r) => Number(r.score));
          const cityMean = mean(scores);
          const national = list.find((r) => r.national_mean !== null)?.national_mean;
          const districts = new Map<string, q.MonitoringRow[]>();
          for (const r of list) districts.set(r.district_id, [...(districts.get(r.district_id) ?? []), r]);
          const limit = grade === "四年级" ? CV_LIMIT.小学 : CV_LIMIT.初中;
          return {
            subject,
            grade,
            schools: list.length,
            cityMean,
            nationalMean: national === undefined || national === null ? null : Number(national),
            cvLimit: limit,
            districts: [...districts.values()].map((d) => {
              const ds = d.map((r) => Number(r.score));
              const districtMean = mean(ds);
              const cv = coefficientOfVariation(ds.map((value) => ({ value })));
              return {
                id: d[0]?.district_id ?? "",
                name: d[0]?.district_name ?? "",
                schools: d.length,
                mean: districtMean,
                gapToCity: districtMean !== null && cityMean !== null ? districtMean - cityMean : null,
                cv,
                balanced: cv === null ? null : cv <= limit,
              };
            }),
          };
        }),
      };
    },
  };
}

export type MonitoringService = ReturnType<typeof createMonitoringService>;
