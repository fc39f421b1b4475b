/**
 * 报名号: the only applicant data that is published. "E" + year + stage letter + six digits,
 * e.g. E2019J000123; twins get "-1", "-2" … after the family's number. Letters, digits and "-"
 * only, as the lottery's token rule requires (docs/lottery.md).
 */
import type { EnrolmentStage } from "./enrolment-stages.ts";

const STAGE_LETTER: Record<EnrolmentStage, string> = { primary_1: "P", junior_1: "J" };

export function applicationNumber(year: number, stage: EnrolmentStage, sequence: number): string {
  return `E${year}${STAGE_LETTER[stage]}${String(sequence).padStart(6, "0")}`;
}

/** Applicant numbers of one application: the number itself for one child, suffixed for multiples. */
export function applicantNumbers(number: string, children: number): string[] {
  if (children <= 1) return [number];
  return Array.from({ length: children }, (_, i) => `${number}-${i + 1}`);
}

export const APPLICATION_NUMBER = /^E\d{4}[PJ]\d{6}$/;
