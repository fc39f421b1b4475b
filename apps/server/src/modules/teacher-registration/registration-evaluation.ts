import {
  evaluateReRegistration,
  registrationCycle,
  type AnnualReviewGrade,
  type ApprovedLeaveKind,
  type EthicsSeverity,
  type ProgrammeKind,
  type ProgrammeLevel,
  type ReRegistrationResult,
} from "@edubureau/domain/teachers";
import type { DueTeacherRow, RegistrationFacts } from "./registration.queries.ts";

function groupBy<T extends { teacherId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.teacherId);
    if (list) list.push(row);
    else map.set(row.teacherId, [row]);
  }
  return map;
}

/**
 * The domain's 定期注册 evaluation for each teacher. The district's list is the batch of applications
 * (the schools submit their teachers), so every listed teacher counts as having applied. Absences from
 * teaching (中止教育教学工作, recorded by the school or district in teacher_absences) are passed as they
 * are; the domain clips them to the cycle and defers a teacher absent a semester or more without leave.
 */
export function evaluateAll(
  teachers: readonly DueTeacherRow[],
  facts: RegistrationFacts,
  year: number,
): Map<string, ReRegistrationResult & { cycle: { from: string; to: string } }> {
  const reviews = groupBy(facts.reviews);
  const ethics = groupBy(facts.ethics);
  const credits = groupBy(facts.credits);
  const absences = groupBy(facts.absences);
  const results = new Map<string, ReRegistrationResult & { cycle: { from: string; to: string } }>();
  for (const teacher of teachers) {
    const cycle = registrationCycle(teacher.registeredOn);
    const result = evaluateReRegistration({
      cycle,
      year,
      ethicsViolations: (ethics.get(teacher.id) ?? [])
        .filter((e) => e.foundOn >= cycle.from && e.foundOn <= cycle.to)
        .map((e) => ({ date: e.foundOn, severity: e.severity as EthicsSeverity })),
      annualReviews: (reviews.get(teacher.id) ?? []).map((r) => ({
        year: r.year,
        grade: r.grade as AnnualReviewGrade,
        approvedLeave: r.approvedLeave as ApprovedLeaveKind | null,
      })),
      trainingCredits: (credits.get(teacher.id) ?? []).map((c) => ({
        programmeId: c.programmeId ?? "external",
        level: c.level as ProgrammeLevel,
        kind: c.kind as ProgrammeKind,
        hours: c.hours,
        creditedOn: c.creditedOn,
      })),
      qualificationRevoked: false,
      application: { applied: true },
      absences: (absences.get(teacher.id) ?? []).map((a) => ({
        from: a.from,
        to: a.to,
        approvedLeave: a.approvedLeave as ApprovedLeaveKind | null,
      })),
      fitToTeach: teacher.fitToTeach,
    });
    results.set(teacher.id, { ...result, cycle });
  }
  return results;
}
