import type { InstitutionType } from "../registry/institution-types.ts";
import { labelledCodes } from "../labelled-codes.ts";

/**
 * 三防 (人防、物防、技防) standards as data, per school type and size.
 *
 * Sources (no copy of either text is in /work/shared/standards, so nothing below could be checked against the
 * primary text in this repo; each figure says where it comes from and what is unverified):
 * - GB/T 29315-2022《中小学、幼儿园安全技术防范系统要求》(replacing GB/T 29315-2012): entrances covered by
 *   video surveillance, a one-button emergency alarm (一键式紧急报警) linked to the police, vehicle barriers
 *   (防冲撞设施) at the main gate. UNVERIFIED here: the video retention period — 30 days is the figure the
 *   2019 notice and most provincial rules use; some readings of the 2022 revision ask for more. The threshold is
 *   one constant (`VIDEO_RETENTION_DAYS`) so it can be raised in one place.
 * - 教育部办公厅 公安部办公厅《关于进一步加强中小学幼儿园安全防范工作的通知》(2019) and the ministry's
 *   三年行动 targets (专职保安员配备率、封闭化管理率、一键式紧急报警与视频监控联网率、护学岗设置率 all 100%):
 *   at least one full-time guard per school, closed management, alarm and video linked to the police, a
 *   护学岗 (police/staff post at the gate at arrival and dismissal). UNVERIFIED: the extra guards by enrolment.
 *   The platform's rule (one guard up to 1,000 pupils, one more for each further 500 or part) follows common
 *   provincial practice, not a national figure; `GUARD_RULE` holds it.
 */

export const { codes: SAFETY_ITEMS, labels: SAFETY_ITEM_LABELS } = labelledCodes({
  guards: "专职保安员",
  closedManagement: "封闭化管理",
  alarmLinked: "一键式紧急报警（与公安联网）",
  entranceVideo: "出入口视频监控",
  videoRetention: "视频存储天数",
  vehicleBarriers: "防冲撞设施",
  escortPost: "护学岗",
});
export type SafetyItem = (typeof SAFETY_ITEMS)[number];

/** Which of the three defences (人防 / 物防 / 技防) an item belongs to. */
export const SAFETY_ITEM_DEFENCE: Record<SafetyItem, "people" | "physical" | "technical"> = {
  guards: "people",
  escortPost: "people",
  closedManagement: "physical",
  vehicleBarriers: "physical",
  alarmLinked: "technical",
  entranceVideo: "technical",
  videoRetention: "technical",
};

export const VIDEO_RETENTION_DAYS = 30;

export const GUARD_RULE = { base: 1, baseUpTo: 1000, perFurther: 500 } as const;

/**
 * Where each item's rule comes from, shown beside the figure so a reader can tell a legal requirement from a
 * platform value. `reference: true` marks a figure the comment above calls UNVERIFIED: the UI shows it as
 * 参考值 (not a legal requirement). Only the two documents named above are cited; no article numbers are given
 * because neither text could be checked here.
 */
export interface StandardSource {
  /** What the item asks, in words. */
  rule: string;
  /** The document it comes from. */
  source: string;
  /** A platform value not checked against the primary text: shown as 参考值. */
  reference: boolean;
}

const NOTICE_2019 = "教育部办公厅 公安部办公厅《关于进一步加强中小学幼儿园安全防范工作的通知》（2019）";
const GBT_29315 = "GB/T 29315-2022《中小学、幼儿园安全技术防范系统要求》";

export const SAFETY_ITEM_SOURCES: Record<SafetyItem, StandardSource> = {
  guards: { rule: "每校至少配备 1 名专职保安员", source: NOTICE_2019, reference: false },
  closedManagement: { rule: "实行封闭化管理", source: NOTICE_2019, reference: false },
  alarmLinked: {
    rule: "一键式紧急报警与公安机关联网",
    source: `${NOTICE_2019}；${GBT_29315}`,
    reference: false,
  },
  entranceVideo: { rule: "出入口视频监控全覆盖", source: `${NOTICE_2019}；${GBT_29315}`, reference: false },
  videoRetention: {
    rule: `视频图像存储不少于 ${VIDEO_RETENTION_DAYS} 天`,
    source: "2019 年通知及多数省级规定采用的数值；GB/T 29315-2022 的要求未能在此核对原文",
    reference: true,
  },
  vehicleBarriers: { rule: "校门设置防冲撞设施", source: GBT_29315, reference: false },
  escortPost: { rule: "上下学时段设置护学岗（中职学校除外）", source: NOTICE_2019, reference: false },
};

/** The extra guards by enrolment beyond the first: common provincial practice, not a national figure. */
export const EXTRA_GUARDS_SOURCE: StandardSource = {
  rule: `在校生超过 ${GUARD_RULE.baseUpTo.toLocaleString("en-US")} 人的，每增加 ${GUARD_RULE.perFurther} 人（不足按 ${GUARD_RULE.perFurther} 人计）增配 1 名`,
  source: "常见省级做法，非国家规定",
  reference: true,
};

/** Whether a school's guard requirement rests on the reference rule (it asks for more than the first guard). */
export const guardsAreReference = (requiredGuardCount: number): boolean =>
  requiredGuardCount > GUARD_RULE.base;

/** School types the 中小学幼儿园 rules cover; the others (高职, 社区学习中心, 校外机构) have no 三防 standard here. */
const COVERED: ReadonlySet<InstitutionType> = new Set<InstitutionType>([
  "kindergarten",
  "primary",
  "junior",
  "nine_year",
  "complete_secondary",
  "senior",
  "secondary_vocational",
  "special",
]);

export function isCoveredBySafetyStandard(type: InstitutionType): boolean {
  return COVERED.has(type);
}

/** Full-time guards a school of this size needs: 1 up to 1,000 pupils, +1 per further 500 or part. */
export function requiredGuards(enrolment: number): number {
  const students = Math.max(0, Math.floor(enrolment));
  if (students <= GUARD_RULE.baseUpTo) return GUARD_RULE.base;
  return GUARD_RULE.base + Math.ceil((students - GUARD_RULE.baseUpTo) / GUARD_RULE.perFurther);
}

export interface SafetyStandard {
  type: InstitutionType;
  enrolment: number;
  /** Item → what is required; a missing item does not apply to this school. */
  guards: number;
  videoRetentionDays: number;
  closedManagement: true;
  alarmLinked: true;
  entranceVideo: true;
  vehicleBarriers: true;
  /** 护学岗 at arrival and dismissal; the 2019 notice names 中小学幼儿园 — secondary vocational schools excepted. */
  escortPost: boolean;
}

/** The standard one school must meet, or null when its type has none. */
export function safetyStandardFor(type: InstitutionType, enrolment: number): SafetyStandard | null {
  if (!isCoveredBySafetyStandard(type)) return null;
  return {
    type,
    enrolment,
    guards: requiredGuards(enrolment),
    videoRetentionDays: VIDEO_RETENTION_DAYS,
    closedManagement: true,
    alarmLinked: true,
    entranceVideo: true,
    vehicleBarriers: true,
    escortPost: type !== "secondary_vocational",
  };
}
