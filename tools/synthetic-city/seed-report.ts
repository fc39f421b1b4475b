import { DESIGNATION_TYPES, INSTITUTION_TYPE_LABELS, INSTITUTION_TYPES } from "@edubureau/domain/registry";
import type { ScaleName } from "./model.ts";
import { SCALES } from "./scales.ts";
import type { CitySummary } from "./summary.ts";

/** 2019 plan targets the generated data is measured against (长沙市教育局2019年工作计划). */
const PLAN_DESIGNATION_TARGETS: Record<string, number> = {
  child_friendly_pilot_school: 20,
  smart_campus_pilot_school: 12,
  campus_legal_service_station: 100,
  standardized_compulsory_school: 130,
  demonstration_community_learning_centre: 20,
};

const n = (value: number) => value.toLocaleString("en-US");
const pct = (share: number) => `${(share * 100).toFixed(2)}%`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The lines `npm run seed` prints after loading: rows per table, what the city looks like, and timings. */
export function seedReport(options: {
  scale: ScaleName;
  seed: number;
  asOf: string;
  target: string;
  counts: Record<string, number>;
  summary: CitySummary;
  times: { openMs: number; generateMs: number; writeMs: number; totalMs: number };
}): string[] {
  const { summary: s, counts, times } = options;
  const width = Math.max(...Object.keys(counts).map((t) => t.length));
  const byType = INSTITUTION_TYPES.filter((t) => (s.institutionsByType[t] ?? 0) > 0)
    .map((t) => `${INSTITUTION_TYPE_LABELS[t]} ${n(s.institutionsByType[t] ?? 0)}`)
    .join("、");
  const years = Object.entries(s.classes)
    .sort(([a], [b]) => (a < b ? 1 : -1))
    .map(
      ([year, f]) =>
        `  ${year} 学年：${n(f.classes)} 个班、${n(f.students)} 名学生；义务教育 ${n(f.compulsoryClasses)} 个班中大班额(56+) ${n(f.large)} 个（${pct(f.largeShare)}），超大班额(66+) ${n(f.superLarge)} 个（${pct(f.superLargeShare)}）`,
    );
  const designations = DESIGNATION_TYPES.filter((t) => PLAN_DESIGNATION_TARGETS[t.code] !== undefined)
    .map((t) => `${t.name} ${s.designations2019[t.code] ?? 0}/${PLAN_DESIGNATION_TARGETS[t.code]}`)
    .join("，");
  return [
    `长沙市合成数据（${SCALES[options.scale].label}，种子 ${options.seed}，数据截至 ${options.asOf}）已载入${options.target}`,
    "写入行数 rows written:",
    ...Object.entries(counts).map(([table, rows]) => `  ${table.padEnd(width)}  ${n(rows).padStart(10)}`),
    "规模 sizes:",
    `  区县 ${s.districts} · 街道/乡镇 ${n(s.streets)} · 社区/村 ${n(s.communities)} · 机构 ${n(s.institutions)}（${byType}）`,
    ...years,
    `  社区学习中心覆盖率 ${pct(s.learningCentreCoverage)}（计划目标 75%）`,
    `  2019 年称号：${designations}`,
    `  2019 年竣工：义务教育新建/扩建 ${s.compulsoryNewOrExpandedFinished2019}/25，公办幼儿园新改扩建 ${s.publicKindergartenProjectsFinished2019}/30`,
    `用时 time: 打开与迁移 ${seconds(times.openMs)}，生成 ${seconds(times.generateMs)}，写入 ${seconds(times.writeMs)}，合计 ${seconds(times.totalMs)}`,
  ];
}
