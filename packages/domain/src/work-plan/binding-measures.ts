import { z } from "zod";
import type { TargetUnit } from "./target-kinds.ts";

/**
 * Measures a target may bind to instead of being reported by hand. Each is computed later by
 * the module named in `provider`; here we only fix its code, meaning, unit and filter so a plan
 * file can be checked when it loads, long before the numbers exist.
 */
export interface BindingMeasure {
  label: string;
  /** Units a target bound to this measure may use; the first is the measure's own. */
  units: readonly TargetUnit[];
  /** Which direction is good; a "<=" target on a higher-is-better measure is a plan mistake. */
  betterWhen: "higher" | "lower";
  /** registry: 学校/项目/认定台账; teacher: 教师模块; health: 体质健康模块; services: 一网通办事项清单; reported: 处室填报。 */
  provider: "registry" | "teacher" | "health" | "services" | "reported";
  filter: z.ZodType;
}

const year = z.number().int().min(2000).max(2100);
const nonEmpty = <T extends z.ZodType>(item: T) => z.array(item).min(1);

/** Designations the registry records on a school or site; awarded by the bureau in a given year. */
export const DESIGNATION_TYPES = {
  child_friendly_pilot_school: "儿童友好型试点学校",
  smart_campus_pilot_school: "市级智慧校园试点学校",
  campus_legal_service_station: "校园法律服务站",
  network_alliance_school: "网络联校",
  brand_private_school: "品牌民办学校",
} as const;
export type DesignationType = keyof typeof DESIGNATION_TYPES;
const designationTypeCodes = Object.keys(DESIGNATION_TYPES) as [DesignationType, ...DesignationType[]];

export const SCHOOL_LEVELS = ["学前", "义务教育", "高中", "特教"] as const;
export const OWNERSHIPS = ["公办", "民办"] as const;
export const PROJECT_KINDS = ["新建", "改建", "扩建"] as const;
/** Stages in order; a `status` filter counts projects that have reached at least that stage. */
export const PROJECT_STAGES = ["已开工", "已竣工", "已投入使用"] as const;
export const TRAINING_PROGRAMMES = [
  "市级培训",
  "骨干教师滚动培训",
  "异地高端研修",
  "校本培训",
  "送教送培",
] as const;
export const HONOUR_TYPES = ["名校长", "名园长", "卓越教师", "感动星城魅力教师"] as const;
export const STUDIO_TYPES = ["名校长工作室", "名园长工作室", "名师工作室", "名师农村工作站"] as const;
/** 换届 renews an existing studio for a new term; both count towards "换届、新建 N 个". */
export const STUDIO_ESTABLISHMENTS = ["新建", "换届"] as const;
const healthLevel = z.enum(["小学", "初中", "高中", "全学段"]);

const projectFilter = z
  .strictObject({
    level: z.enum(SCHOOL_LEVELS),
    ownership: z.enum(OWNERSHIPS).optional(),
    kinds: nonEmpty(z.enum(PROJECT_KINDS)),
    startedYear: year.optional(),
    finishedYear: year.optional(),
    status: z.enum(PROJECT_STAGES).optional(),
  })
  .refine((f) => f.startedYear !== undefined || f.finishedYear !== undefined || f.status !== undefined, {
    message: "须指定 startedYear、finishedYear 或 status 之一，否则会把历年项目都计入",
  });

export const BINDING_MEASURES = {
  designation_count: {
    label: "认定/创建数量",
    units: ["所", "个"],
    betterWhen: "higher",
    provider: "registry",
    filter: z.strictObject({ designationType: z.enum(designationTypeCodes), awardedYear: year }),
  },
  project_count: {
    label: "校舍建设项目数",
    units: ["所"],
    betterWhen: "higher",
    provider: "registry",
    filter: projectFilter,
  },
  standardized_school_count: {
    label: "标准化学校数",
    units: ["所"],
    betterWhen: "higher",
    provider: "registry",
    filter: z.strictObject({ level: z.literal("义务教育"), awardedYear: year }),
  },
  community_learning_centre_coverage: {
    label: "社区学习中心覆盖率",
    units: ["%"],
    betterWhen: "higher",
    provider: "registry",
    filter: z.strictObject({}),
  },
  demonstration_centre_count: {
    label: "示范性社区学习中心数",
    units: ["个"],
    betterWhen: "higher",
    provider: "registry",
    filter: z.strictObject({ selectedYear: year }),
  },
  large_class_ratio: {
    label: "大班额比例",
    units: ["%"],
    betterWhen: "lower",
    provider: "registry",
    // 56 人以上为大班额、66 人以上为超大班额(教育部《关于做好消除义务教育阶段大班额工作的通知》)
    filter: z.strictObject({
      level: z.enum(["小学", "初中", "义务教育"]),
      minClassSize: z.union([z.literal(56), z.literal(66)]),
    }),
  },
  private_compulsory_share: {
    label: "民办义务教育学生占比",
    units: ["%"],
    betterWhen: "lower",
    provider: "registry",
    filter: z.strictObject({ basis: z.enum(["学生数", "学校数"]) }),
  },
  inclusive_kindergarten_coverage: {
    label: "普惠性幼儿园覆盖率",
    units: ["%"],
    betterWhen: "higher",
    provider: "registry",
    filter: z.strictObject({}),
  },
  teacher_training_completions: {
    label: "教师培训完成人数",
    units: ["人"],
    betterWhen: "higher",
    provider: "teacher",
    filter: z.strictObject({ programmeKind: z.enum(TRAINING_PROGRAMMES), year }),
  },
  principal_selection_count: {
    label: "名校长(园长)等遴选人数",
    units: ["人"],
    betterWhen: "higher",
    provider: "teacher",
    filter: z.strictObject({ honourTypes: nonEmpty(z.enum(HONOUR_TYPES)), year }),
  },
  studio_count: {
    label: "工作室/工作站数",
    units: ["个"],
    betterWhen: "higher",
    provider: "teacher",
    filter: z.strictObject({
      studioTypes: nonEmpty(z.enum(STUDIO_TYPES)),
      establishment: nonEmpty(z.enum(STUDIO_ESTABLISHMENTS)),
      year,
    }),
  },
  normal_student_intake: {
    label: "定向培养师范生人数",
    units: ["人"],
    betterWhen: "higher",
    provider: "teacher",
    filter: z.strictObject({ programme: z.literal("省级公费师范生"), year }),
  },
  // T21-1 from 2019 on: the share of published catalogue items at 四级 depth (全程网办), read live from the
  // services hall. `online_service_ratio` (the figures units typed in) stays for historical years.
  service_items_full_online_share: {
    label: "审批服务事项全流程网上办比例（事项清单）",
    units: ["%"],
    betterWhen: "higher",
    provider: "services",
    filter: z.strictObject({}),
  },
  online_service_ratio: {
    label: "审批服务事项全流程网上办比例",
    units: ["%"],
    betterWhen: "higher",
    provider: "reported",
    filter: z.strictObject({}),
  },
  myopia_rate: {
    label: "儿童青少年总体近视率",
    units: ["%"],
    betterWhen: "lower",
    provider: "health",
    filter: z.strictObject({ level: healthLevel, year }),
  },
  fitness_excellent_good_rate: {
    label: "体质健康优良率",
    units: ["%"],
    betterWhen: "higher",
    provider: "health",
    filter: z.strictObject({ level: healthLevel, year }),
  },
  obesity_rate: {
    label: "学生肥胖率",
    units: ["%"],
    betterWhen: "lower",
    provider: "health",
    filter: z.strictObject({ level: healthLevel, year }),
  },
} as const satisfies Record<string, BindingMeasure>;

export type BindingMeasureCode = keyof typeof BINDING_MEASURES;
export const BINDING_MEASURE_CODES = Object.keys(BINDING_MEASURES) as BindingMeasureCode[];

export function isBindingMeasureCode(code: string): code is BindingMeasureCode {
  return Object.hasOwn(BINDING_MEASURES, code);
}

/** The typed filter of one measure, for the engines that will compute it. */
export type MeasureFilter<M extends BindingMeasureCode> = z.infer<(typeof BINDING_MEASURES)[M]["filter"]>;
