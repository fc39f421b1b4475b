import {
  DESIGNATION_TYPES,
  INSTITUTION_TYPE_LABELS,
  OWNERSHIP_LABELS,
  PROJECT_KIND_LABELS,
  PROJECT_STATUSES,
  PROJECT_STATUS_LABELS,
  SCHOOL_LEVEL_LABELS,
  type DesignationTypeCode,
  type InstitutionStatus,
  type InstitutionType,
  type Ownership,
  type ProjectKind,
  type ProjectStatus,
  type SchoolLevel,
} from "../registry/index.ts";
import type { PeriodType } from "./periods.ts";
import { labelledCodes } from "../labelled-codes.ts";

/** Grades as school_classes stores them: 0 = 幼儿园, 1–6 小学, 7–9 初中, 10–12 高中. Both ends included. */
export interface GradeRange {
  from: number;
  to: number;
}

export const KINDERGARTEN_GRADES: GradeRange = { from: 0, to: 0 };

/** Stages a class-size figure can be asked for; the plan's binding names them 小学/初中/义务教育. */
export const { codes: CLASS_STAGES, labels: CLASS_STAGE_LABELS } = labelledCodes({
  compulsory: "义务教育",
  primary: "小学",
  junior: "初中",
});
export type ClassStage = (typeof CLASS_STAGES)[number];
export const CLASS_STAGE_GRADES: Record<ClassStage, GradeRange> = {
  compulsory: { from: 1, to: 9 },
  primary: { from: 1, to: 6 },
  junior: { from: 7, to: 9 },
};

export interface InstitutionFilter {
  types?: readonly InstitutionType[];
  ownership?: Ownership;
  /** 公办 or 普惠性民办: public institutions count as inclusive by definition (0002_registry.sql). */
  publicOrInclusive?: boolean;
  statuses?: readonly InstitutionStatus[];
}

/** Which date places a project in a calendar year. */
export const { codes: PROJECT_DATE_BASES, labels: PROJECT_DATE_BASIS_LABELS } = labelledCodes({
  finished: "按竣工年份",
  started: "按开工年份",
  any: "不限年份",
});
export type ProjectDateBasis = (typeof PROJECT_DATE_BASES)[number];
/** The least a project must have reached to count under each basis. */
export const PROJECT_BASIS_MIN_STATUS: Record<ProjectDateBasis, ProjectStatus> = {
  finished: "completed",
  started: "under_construction",
  any: "under_construction",
};

/**
 * What an indicator counts or sums. Registry measures are computed live from the registry tables;
 * a data element is summed from values reported through forms.
 */
export type Measure =
  | { kind: "institution_count"; institution: InstitutionFilter }
  | { kind: "class_count"; grades: GradeRange; minStudents?: number; institution?: InstitutionFilter }
  | { kind: "student_sum"; grades: GradeRange; institution?: InstitutionFilter }
  | { kind: "designation_count"; designationType: DesignationTypeCode }
  | {
      kind: "project_count";
      levels?: readonly SchoolLevel[];
      kinds?: readonly ProjectKind[];
      ownership?: Ownership;
      dateBasis: ProjectDateBasis;
      /** Counts projects at this status or later (planned → under_construction → completed → in_use). */
      minStatus: ProjectStatus;
    }
  | { kind: "community_count"; withCentre: boolean }
  | { kind: "data_element"; elementCode: string };

export type MeasureKind = Measure["kind"];

/**
 * The period type a measure is counted in; null when the period does not change it: institutions
 * and communities are the registry as it stands (no founding date is kept), a data element takes the
 * period type of its own definition.
 */
export function measurePeriodType(measure: Measure): PeriodType | null {
  switch (measure.kind) {
    case "class_count":
    case "student_sum":
      return "school_year";
    case "designation_count":
      return "year";
    case "project_count":
      return measure.dateBasis === "any" ? null : "year";
    case "institution_count":
    case "community_count":
    case "data_element":
      return null;
  }
}

/** Whether the period changes what a measure counts. */
export function measureUsesPeriod(measure: Measure): boolean {
  return measure.kind === "data_element" || measurePeriodType(measure) !== null;
}

/**
 * Reported data goes through 学校提交 → 区县审核 → 市局确认, so a view may leave out what is not
 * approved yet: a school's classes of a school year and any data-element value. The rest of the
 * registry (institutions, designations, projects, communities) is kept by the bureau itself.
 */
export function isReportedMeasure(measure: Measure): boolean {
  switch (measure.kind) {
    case "class_count":
    case "student_sum":
    case "data_element":
      return true;
    case "institution_count":
    case "designation_count":
    case "project_count":
    case "community_count":
      return false;
  }
}

/** Statuses at or after `min`, in order. */
export function statusesFrom(min: ProjectStatus): ProjectStatus[] {
  return PROJECT_STATUSES.slice(PROJECT_STATUSES.indexOf(min));
}

function gradesText(grades: GradeRange): string {
  if (grades.from === 0 && grades.to === 0) return "幼儿园";
  return grades.from === grades.to ? `${grades.from}年级` : `${grades.from}–${grades.to}年级`;
}

function institutionText(filter: InstitutionFilter | undefined): string {
  if (!filter) return "";
  const parts: string[] = [];
  if (filter.publicOrInclusive) parts.push("公办及普惠性");
  if (filter.ownership) parts.push(OWNERSHIP_LABELS[filter.ownership]);
  if (filter.types) parts.push(filter.types.map((t) => INSTITUTION_TYPE_LABELS[t]).join("、"));
  return parts.join("");
}

function designationName(code: DesignationTypeCode): string {
  return DESIGNATION_TYPES.find((t) => t.code === code)?.name ?? code;
}

/** One line of Chinese saying what a measure counts, for the catalogue and the explorer. */
export function describeMeasure(measure: Measure, elementName?: string): string {
  switch (measure.kind) {
    case "institution_count":
      return `${institutionText(measure.institution) || "各类"}机构数（${(measure.institution.statuses ?? ["operating"]).length === 1 ? "在办" : "含停办、筹建"}）`;
    case "class_count": {
      const size = measure.minStudents === undefined ? "" : `班额≥${measure.minStudents}人的`;
      return `${institutionText(measure.institution)}${gradesText(measure.grades)}${size}班级数`;
    }
    case "student_sum":
      return `${institutionText(measure.institution)}${gradesText(measure.grades)}在校（园）学生数`;
    case "designation_count":
      return `当年认定的“${designationName(measure.designationType)}”数（期末未撤销）`;
    case "project_count": {
      const kinds = (measure.kinds ?? ["new", "rebuild", "expand"])
        .map((k) => PROJECT_KIND_LABELS[k])
        .join("、");
      const levels = measure.levels ? measure.levels.map((l) => SCHOOL_LEVEL_LABELS[l]).join("、") : "各学段";
      const ownership = measure.ownership ? OWNERSHIP_LABELS[measure.ownership] : "";
      const stage = `达到“${PROJECT_STATUS_LABELS[measure.minStatus]}”`;
      return `${PROJECT_DATE_BASIS_LABELS[measure.dateBasis]}，${ownership}${levels}${kinds}项目中${stage}的数量`;
    }
    case "community_count":
      return measure.withCentre ? "有在办社区学习中心的社区数" : "社区总数";
    case "data_element":
      return `填报数据：${elementName ?? measure.elementCode}`;
  }
}
