import type { InstitutionType } from "../registry/institution-types.ts";
import { isCoveredBySafetyStandard } from "./standards.ts";
import { labelledCodes } from "../labelled-codes.ts";

/**
 * Emergency drills per term. 教育部《中小学幼儿园应急疏散演练指南》(2014) asks every school for at least one
 * whole-school evacuation drill a term; the platform asks 2 of schools and 3 of kindergartens (younger children,
 * smaller groups) as the bureau's default. UNVERIFIED: the per-type figures above one — no primary text in
 * /work/shared/standards; they are data here (`DRILLS_PER_TERM`) for the bureau to set.
 */
export const { codes: DRILL_TYPES, labels: DRILL_TYPE_LABELS } = labelledCodes({
  evacuation: "应急疏散",
  fire: "消防",
  earthquake: "防震减灾",
  anti_terror: "防恐防暴",
  flood: "防汛防溺水",
  other: "其他",
});
export type DrillType = (typeof DRILL_TYPES)[number];

export const DRILLS_PER_TERM = { kindergarten: 3, school: 2 } as const;

export function requiredDrillsPerTerm(type: InstitutionType): number {
  if (!isCoveredBySafetyStandard(type)) return 0;
  return type === "kindergarten" ? DRILLS_PER_TERM.kindergarten : DRILLS_PER_TERM.school;
}

/**
 * The term a Beijing calendar day falls in: the autumn term (第一学期) runs September–January, the spring term
 * (第二学期) February–August (summer holiday included, so every day has a term). "2019-2020-1" / "2019-2020-2".
 */
export function termOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  if (month >= 9) return `${year}-${year + 1}-1`;
  if (month === 1) return `${year - 1}-${year}-1`;
  return `${year - 1}-${year}-2`;
}

export function termLabel(term: string): string {
  const [a, b, n] = term.split("-");
  return `${a}-${b}学年第${n === "1" ? "一" : "二"}学期`;
}

export function termRange(term: string): { from: string; to: string } {
  const [a, b, n] = term.split("-");
  return n === "1" ? { from: `${a}-09-01`, to: `${b}-01-31` } : { from: `${b}-02-01`, to: `${b}-08-31` };
}

export function drillShortfall(type: InstitutionType, held: number): number {
  return Math.max(0, requiredDrillsPerTerm(type) - held);
}
