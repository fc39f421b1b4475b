import { LARGE_CLASS_MIN, SUPER_LARGE_CLASS_MIN } from "../class-size/class-size-bands.ts";
import { COMPULSORY_TYPES, SCHOOL_LEVELS, SCHOOL_LEVEL_LABELS, type SchoolLevel } from "../registry/index.ts";
import type { DataElementDefinition } from "./data-elements.ts";
import type { IndicatorDefinition, IndicatorParamSpec } from "./indicator-types.ts";
import { CLASS_STAGE_GRADES, KINDERGARTEN_GRADES, type Measure } from "./measures.ts";

const COMPULSORY = [...COMPULSORY_TYPES];
const OPERATING = ["operating"] as const;
const STAGE: IndicatorParamSpec = { key: "stage", default: "compulsory" };
const PLAN = "《长沙市教育局2019年工作计划》";

const classes = (minStudents?: number): Measure => ({
  kind: "class_count",
  grades: CLASS_STAGE_GRADES.compulsory,
  ...(minStudents === undefined ? {} : { minStudents }),
});

const classSize = (size: "large" | "superLarge"): IndicatorDefinition => {
  const min = size === "large" ? LARGE_CLASS_MIN : SUPER_LARGE_CLASS_MIN;
  return {
    code: size === "large" ? "large_class_ratio" : "super_large_class_ratio",
    name: size === "large" ? "大班额比例" : "超大班额比例",
    unit: "%",
    factor: 100,
    periodType: "school_year",
    snapshot: false,
    betterWhen: "lower",
    source: "registry",
    numerator: classes(min),
    denominator: classes(),
    params: [STAGE],
    description:
      `${min}人及以上的班级数 ÷ 全部班级数 × 100%，按学年统计义务教育阶段（1–9年级，可选小学或初中）。` +
      `${size === "large" ? "56–65人为大班额（含66人以上的超大班额）" : "66人及以上为超大班额"}：` +
      "国发〔2016〕40号《国务院关于统筹推进县域内城乡义务教育一体化改革发展的若干意见》。",
  };
};

const projects = (level: SchoolLevel): IndicatorDefinition => ({
  code: `school_projects_${level}`,
  name: `新改扩建学校数（${SCHOOL_LEVEL_LABELS[level]}）`,
  unit: "所",
  factor: 1,
  periodType: "year",
  snapshot: false,
  betterWhen: "higher",
  source: "registry",
  numerator: { kind: "project_count", levels: [level], dateBasis: "finished", minStatus: "completed" },
  denominator: null,
  params: [
    { key: "kinds", default: "new,rebuild,expand" },
    { key: "ownership", default: "all" },
    { key: "basis", default: "finished" },
    { key: "minStatus", default: "under_construction" },
  ],
  description:
    `${SCHOOL_LEVEL_LABELS[level]}新建、改建、扩建校舍项目数：默认按实际竣工日期计入年份，且项目已竣工或投入使用；` +
    `可改为按实际开工年份统计。来源：${PLAN}“新扩建25所义务教育学校”“新改扩建30所公办幼儿园”“在东岸片区和暮云片区各建1所高中”。`,
});

/** The indicators EduBureau ships; element-based ones rely on DEFAULT_DATA_ELEMENTS. */
export const INDICATOR_CATALOGUE: readonly IndicatorDefinition[] = [
  classSize("large"),
  classSize("superLarge"),
  {
    code: "inclusive_kindergarten_coverage",
    name: "普惠性幼儿园覆盖率",
    unit: "%",
    factor: 100,
    periodType: "school_year",
    snapshot: false,
    betterWhen: "higher",
    source: "registry",
    numerator: { kind: "student_sum", grades: KINDERGARTEN_GRADES, institution: { publicOrInclusive: true } },
    denominator: { kind: "student_sum", grades: KINDERGARTEN_GRADES },
    params: [],
    description:
      "公办园和普惠性民办园在园幼儿数 ÷ 在园幼儿总数 × 100%，按学年统计幼儿园班级（年级0）人数。口径见" +
      "《中共中央 国务院关于学前教育深化改革规范发展的若干意见》（2018）“普惠性幼儿园覆盖率（公办园和普惠性民办园在园幼儿占比）”；" +
      `${PLAN}“扩大普惠性幼儿园覆盖面”。`,
  },
  {
    code: "community_learning_centre_coverage",
    name: "社区学习中心覆盖率",
    unit: "%",
    factor: 100,
    periodType: "year",
    snapshot: true,
    betterWhen: "higher",
    source: "registry",
    numerator: { kind: "community_count", withCentre: true },
    denominator: { kind: "community_count", withCentre: false },
    params: [],
    description:
      "有在办社区学习中心（服务该社区的社区学习中心机构）的社区数 ÷ 社区总数 × 100%，取机构台账当前状态。" +
      `来源：${PLAN}“社区学习中心覆盖率达到75%以上”。`,
  },
  ...SCHOOL_LEVELS.map(projects),
  {
    code: "designation_count",
    name: "称号认定数",
    unit: "个",
    factor: 1,
    periodType: "year",
    snapshot: false,
    betterWhen: "higher",
    source: "registry",
    numerator: { kind: "designation_count", designationType: "child_friendly_pilot_school" },
    denominator: null,
    params: [{ key: "designationType", default: "child_friendly_pilot_school" }],
    description:
      "按称号类型统计当年认定（创建、遴选）的学校或场所数，期末前已撤销的不计。" +
      `来源：${PLAN}“创建20所儿童友好型试点学校”“建设130所义务教育标准化学校”“推出12所市级智慧校园试点学校”“创建100个校园法律服务站”“遴选20个示范性社区学习中心”等。`,
  },
  {
    code: "private_compulsory_school_share",
    name: "民办义务教育学校占比",
    unit: "%",
    factor: 100,
    periodType: "year",
    snapshot: true,
    betterWhen: "lower",
    source: "registry",
    numerator: {
      kind: "institution_count",
      institution: { types: COMPULSORY, ownership: "private", statuses: OPERATING },
    },
    denominator: { kind: "institution_count", institution: { types: COMPULSORY, statuses: OPERATING } },
    params: [],
    description:
      "在办民办义务教育学校数（小学、初中、九年一贯制、完全中学）÷ 在办义务教育学校总数 × 100%，取机构台账当前状态。" +
      `来源：${PLAN}“建立区域民办义务教育学校审批预警机制，控制民办义务教育学校比例”。`,
  },
  {
    code: "private_compulsory_student_share",
    name: "民办义务教育学生占比",
    unit: "%",
    factor: 100,
    periodType: "school_year",
    snapshot: false,
    betterWhen: "lower",
    source: "registry",
    numerator: {
      kind: "student_sum",
      grades: CLASS_STAGE_GRADES.compulsory,
      institution: { ownership: "private" },
    },
    denominator: { kind: "student_sum", grades: CLASS_STAGE_GRADES.compulsory },
    params: [],
    description:
      "民办学校1–9年级在校生数 ÷ 1–9年级在校生总数 × 100%，按学年统计。" +
      `来源：${PLAN}“控制民办义务教育学校比例”（按学生数口径）。`,
  },
  {
    code: "reported_large_class_ratio",
    name: "大班额比例（学校填报）",
    unit: "%",
    factor: 100,
    periodType: "school_year",
    snapshot: false,
    betterWhen: "lower",
    source: "reported",
    numerator: { kind: "data_element", elementCode: "classes_large" },
    denominator: { kind: "data_element", elementCode: "classes_total" },
    params: [],
    description:
      "学校填报的大班额班级数 ÷ 班级总数 × 100%，供班级名册尚未录入时使用；口径同“大班额比例”（国发〔2016〕40号）。",
  },
  {
    code: "online_service_ratio",
    name: "审批服务事项全流程网上办比例",
    unit: "%",
    factor: 100,
    periodType: "year",
    snapshot: false,
    betterWhen: "higher",
    source: "reported",
    numerator: { kind: "data_element", elementCode: "online_service_items_online" },
    denominator: { kind: "data_element", elementCode: "online_service_items_total" },
    params: [],
    description: `填报的全流程网上办事项数 ÷ 审批服务事项总数 × 100%。来源：${PLAN}“推进80%以上审批服务事项全流程网上办”。`,
  },
];

export function findIndicator(code: string): IndicatorDefinition | undefined {
  return INDICATOR_CATALOGUE.find((d) => d.code === code);
}

/** Prefix of the indicator every data element gets: its values summed up the tree. */
export const ELEMENT_INDICATOR_PREFIX = "element.";

/** Null for a percentage element: shares do not add up across units. */
export function elementIndicator(element: DataElementDefinition): IndicatorDefinition | null {
  if (element.valueType === "percent") return null;
  return {
    code: `${ELEMENT_INDICATOR_PREFIX}${element.code}`,
    name: `填报数据：${element.name}`,
    unit: element.unit,
    factor: 1,
    periodType: element.periodType,
    snapshot: false,
    betterWhen: "higher",
    source: "reported",
    numerator: { kind: "data_element", elementCode: element.code },
    denominator: null,
    params: [],
    description: `各单位填报的“${element.name}”（${element.unit}）之和。${element.description ?? ""}`,
  };
}
