import type { MyopiaStatus } from "./vision-screening.ts";

export interface MyopiaCounts {
  /** Students screened (6 and over): myopic + not myopic + undetermined. */
  readonly screened: number;
  readonly myopic: number;
  readonly undetermined: number;
}

export function countMyopia(statuses: Iterable<MyopiaStatus>): MyopiaCounts {
  let screened = 0;
  let myopic = 0;
  let undetermined = 0;
  for (const status of statuses) {
    if (status === "not_applicable") continue;
    screened += 1;
    if (status === "myopic") myopic += 1;
    if (status === "undetermined") undetermined += 1;
  }
  return { screened, myopic, undetermined };
}

/**
 * 近视率 = students myopic in either eye / students screened. No official formula is printed; this is
 * the reading the 八部门方案 targets are reported in. Undetermined students stay in the denominator, so
 * the rate is a lower bound when any remain. Null when nobody was screened.
 */
export function myopiaRate(counts: Pick<MyopiaCounts, "screened" | "myopic">): number | null {
  return counts.screened === 0 ? null : counts.myopic / counts.screened;
}

/**
 * 教育部等八部门《综合防控儿童青少年近视实施方案》(2018-08-30): 到2023年, 全国儿童青少年总体
 * 近视率在2018年的基础上每年降低0.5个百分点以上, 近视高发省份每年降低1个百分点以上.
 */
export const MYOPIA_PLAN_BASELINE_YEAR = 2018;
export const MYOPIA_PLAN_ANNUAL_DECLINE_UNTIL = 2023;
/** Yearly decline as a fraction: 0.5 percentage point = 0.005. */
export const MYOPIA_ANNUAL_DECLINE = 0.005;
export const MYOPIA_ANNUAL_DECLINE_HIGH_PREVALENCE = 0.01;

/**
 * Same plan, 到2030年: 6岁儿童近视率控制在3%左右, 小学生下降到38%以下, 初中生60%以下, 高中阶段70%以下.
 * The 6-year-old figure is "about" 3%, a direction rather than a line to test against.
 */
export const MYOPIA_2030_TARGETS = {
  age6: 0.03,
  primary: 0.38,
  junior: 0.6,
  senior: 0.7,
} as const;

export type MyopiaStage = "primary" | "junior" | "senior";

export interface MyopiaTargetInput {
  /** The area's verified 2018 rate (核实各地2018年儿童青少年近视率). */
  readonly baselineRate: number;
  readonly year: number;
  /** 近视高发省份: 1 point a year instead of 0.5. */
  readonly highPrevalence?: boolean;
}

/**
 * The highest overall rate that meets the plan in a year from 2018 to 2023: the 2018 baseline less
 * 0.5 (or 1) percentage point for each year since. Null outside those years: the plan sets no yearly
 * figure after 2023, only the 2030 stage targets.
 */
export function myopiaTargetRate(input: MyopiaTargetInput): number | null {
  const { baselineRate, year, highPrevalence = false } = input;
  if (!Number.isInteger(year) || year < MYOPIA_PLAN_BASELINE_YEAR || year > MYOPIA_PLAN_ANNUAL_DECLINE_UNTIL)
    return null;
  const decline = highPrevalence ? MYOPIA_ANNUAL_DECLINE_HIGH_PREVALENCE : MYOPIA_ANNUAL_DECLINE;
  const target = baselineRate - decline * (year - MYOPIA_PLAN_BASELINE_YEAR);
  // Rounded to 1e-9 so 0.536 − 3 × 0.005 reads 0.521, not 0.52099999….
  return Math.max(0, Math.round(target * 1e9) / 1e9);
}

/**
 * Whether a stage's rate meets its 2030 target. "以下" includes the figure itself (民法典 第一千二百五十九条:
 * 以上、以下 … 包括本数), so 38.0% meets the primary target.
 */
export function meetsMyopia2030Target(stage: MyopiaStage, rate: number): boolean {
  return rate <= MYOPIA_2030_TARGETS[stage] + 1e-12;
}
