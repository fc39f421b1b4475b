/**
 * 责任督学挂牌督导 (《中小学校责任督学挂牌督导办法》, 国教督办〔2013〕2号, 第五条): each 责任督学 is
 * responsible for 5 or more schools, and every school has one.
 */
export const MIN_SCHOOLS_PER_INSPECTOR = 5;

export interface CoverageInput {
  inspectors: readonly { id: string; name: string }[];
  schools: readonly { id: string; name: string }[];
  assignments: readonly { inspectorId: string; schoolId: string }[];
}

export interface CoverageReport {
  ok: boolean;
  /** Inspectors with fewer than five schools, with their count. */
  underAssigned: { id: string; name: string; schools: number }[];
  /** Schools with no 责任督学. */
  uncovered: { id: string; name: string }[];
  coveredSchools: number;
  totalSchools: number;
}

export function coverageCheck({ inspectors, schools, assignments }: CoverageInput): CoverageReport {
  const perInspector = new Map<string, Set<string>>();
  const covered = new Set<string>();
  const schoolIds = new Set(schools.map((s) => s.id));
  for (const a of assignments) {
    if (!schoolIds.has(a.schoolId)) continue;
    covered.add(a.schoolId);
    const set = perInspector.get(a.inspectorId) ?? new Set<string>();
    set.add(a.schoolId);
    perInspector.set(a.inspectorId, set);
  }
  const underAssigned = inspectors
    .map((i) => ({ ...i, schools: perInspector.get(i.id)?.size ?? 0 }))
    .filter((i) => i.schools < MIN_SCHOOLS_PER_INSPECTOR);
  const uncovered = schools.filter((s) => !covered.has(s.id));
  return {
    ok: underAssigned.length === 0 && uncovered.length === 0,
    underAssigned,
    uncovered,
    coveredSchools: covered.size,
    totalSchools: schools.length,
  };
}

/** Share of an inspector's (or a district's) assigned schools visited at least once in the month. */
export function monthlyCoverage(
  assignedSchoolIds: readonly string[],
  visitedSchoolIds: readonly string[],
): number | null {
  const assigned = new Set(assignedSchoolIds);
  if (assigned.size === 0) return null;
  const visited = new Set(visitedSchoolIds.filter((id) => assigned.has(id)));
  return (visited.size / assigned.size) * 100;
}
