import { isLargeClass, isSuperLargeClass } from "@edubureau/domain/class-size";
import type { InstitutionType } from "@edubureau/domain/registry";
import { CURRENT_SCHOOL_YEAR } from "./classes.ts";
import type { SyntheticCity } from "./model.ts";

export interface ClassSizeFigures {
  classes: number;
  students: number;
  /** Grades 1–9 only: 大班额 is measured in 义务教育. */
  compulsoryClasses: number;
  large: number;
  superLarge: number;
  largeShare: number;
  superLargeShare: number;
}

export interface CitySummary {
  districts: number;
  streets: number;
  communities: number;
  institutions: number;
  institutionsByType: Partial<Record<InstitutionType, number>>;
  /** By school year. */
  classes: Record<string, ClassSizeFigures>;
  /** Communities with a 社区学习中心 / all communities. */
  learningCentreCoverage: number;
  /** 2019 designations by type (revoked ones excluded). */
  designations2019: Record<string, number>;
  designations: number;
  projects: number;
  /** T09-1: compulsory 新建/扩建 finished in 2019. */
  compulsoryNewOrExpandedFinished2019: number;
  /** T10-1: public kindergarten 新建/改建/扩建 finished in 2019. */
  publicKindergartenProjectsFinished2019: number;
  byDistrict: { code: string; name: string; institutions: number; classes: number; students: number }[];
}

function classFigures(city: SyntheticCity, year: string): ClassSizeFigures {
  const classes = city.classes.filter((c) => c.schoolYear === year);
  const compulsory = classes.filter((c) => c.grade >= 1 && c.grade <= 9).map((c) => c.students);
  const large = compulsory.filter(isLargeClass).length;
  const superLarge = compulsory.filter(isSuperLargeClass).length;
  return {
    classes: classes.length,
    students: classes.reduce((sum, c) => sum + c.students, 0),
    compulsoryClasses: compulsory.length,
    large,
    superLarge,
    largeShare: compulsory.length ? large / compulsory.length : 0,
    superLargeShare: compulsory.length ? superLarge / compulsory.length : 0,
  };
}

function finishedIn(year: number, date: string | null): boolean {
  return date !== null && date.startsWith(String(year));
}

/** Figures to check a generated city against the plan and to print after seeding. */
export function summariseCity(city: SyntheticCity): CitySummary {
  const byType: Partial<Record<InstitutionType, number>> = {};
  for (const s of city.institutions) byType[s.type] = (byType[s.type] ?? 0) + 1;
  const years = [...new Set(city.classes.map((c) => c.schoolYear))].sort();
  const covered = new Set(city.institutions.map((s) => s.communityId).filter((id) => id !== null));
  const designations2019: Record<string, number> = {};
  for (const d of city.designations) {
    if (d.year === 2019 && d.revokedOn === null)
      designations2019[d.typeCode] = (designations2019[d.typeCode] ?? 0) + 1;
  }
  const current = city.classes.filter((c) => c.schoolYear === CURRENT_SCHOOL_YEAR);
  const districtOf = new Map(city.institutions.map((s) => [s.id, s.districtId]));
  return {
    districts: city.districts.length,
    streets: city.streets.length,
    communities: city.communities.length,
    institutions: city.institutions.length,
    institutionsByType: byType,
    classes: Object.fromEntries(years.map((year) => [year, classFigures(city, year)])),
    learningCentreCoverage: city.communities.length ? covered.size / city.communities.length : 0,
    designations2019,
    designations: city.designations.length,
    projects: city.projects.length,
    compulsoryNewOrExpandedFinished2019: city.projects.filter(
      (p) => p.level === "compulsory" && p.kind !== "rebuild" && finishedIn(2019, p.actualFinish),
    ).length,
    publicKindergartenProjectsFinished2019: city.projects.filter(
      (p) => p.level === "preschool" && p.ownership === "public" && finishedIn(2019, p.actualFinish),
    ).length,
    byDistrict: city.districts.map((d) => {
      const own = current.filter((c) => districtOf.get(c.institutionId) === d.id);
      return {
        code: d.code,
        name: d.name,
        institutions: city.institutions.filter((s) => s.districtId === d.id).length,
        classes: own.length,
        students: own.reduce((sum, c) => sum + c.students, 0),
      };
    }),
  };
}
