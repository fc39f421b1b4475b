import type { ClassesSummary, InstitutionType } from "@edubureau/domain/registry";
import type { ClassSizeBand } from "@edubureau/domain/class-size";

export interface ClassInstitution {
  id: string;
  code: string;
  name: string;
  type: InstitutionType;
  typeLabel: string;
  /** 核定学位数; 0 means not recorded. */
  places: number;
  district: { id: string; name: string };
  grades: number[];
}

export interface SchoolClass {
  id: string;
  institutionId: string;
  schoolYear: string;
  grade: number;
  gradeLabel: string;
  name: string;
  students: number;
  band: ClassSizeBand | null;
  bandLabel: string | null;
}

export interface YearClasses {
  institution: ClassInstitution;
  schoolYear: string;
  items: SchoolClass[];
  summary: ClassesSummary;
}

export interface ClassRowInput {
  grade: number;
  name: string;
  students: number;
}
