import type { InstitutionType } from "./institution-types.ts";
import {
  PROJECT_STATUS_LABELS,
  SCHOOL_LEVEL_LABELS,
  type ProjectKind,
  type ProjectStatus,
  type SchoolLevel,
} from "./construction-projects.ts";

export interface ProjectProblem {
  field: string;
  message: string;
}

/** The levels a project on an existing institution of this kind can add places to. */
export const LEVELS_BY_INSTITUTION_TYPE: Record<InstitutionType, readonly SchoolLevel[]> = {
  kindergarten: ["preschool"],
  primary: ["compulsory"],
  junior: ["compulsory"],
  nine_year: ["compulsory"],
  complete_secondary: ["compulsory", "senior"],
  senior: ["senior"],
  secondary_vocational: ["senior"],
  special: ["special"],
  higher_vocational: [],
  community_learning_centre: [],
  out_of_school: [],
};

/**
 * 改建 and 扩建 work on a school that exists; a 新建 may be for a school still being planned
 * (planned name only) or a new campus of an existing one.
 */
export function checkProjectSubject(input: {
  kind: ProjectKind;
  institutionType: InstitutionType | null;
  level: SchoolLevel;
}): ProjectProblem[] {
  const { kind, institutionType, level } = input;
  if (institutionType === null) {
    return kind === "new" ? [] : [{ field: "institutionId", message: "改建、扩建项目须选择已有学校" }];
  }
  const levels = LEVELS_BY_INSTITUTION_TYPE[institutionType];
  if (levels.includes(level)) return [];
  return [{ field: "level", message: `所选学校不提供${SCHOOL_LEVEL_LABELS[level]}学段` }];
}

export interface ProjectDates {
  plannedStart: string | null;
  plannedFinish: string | null;
  actualStart: string | null;
  actualFinish: string | null;
}

/** Finish after start, actual dates not in the future (ISO dates compare as text). */
export function checkProjectDates(dates: ProjectDates, today: string): ProjectProblem[] {
  const problems: ProjectProblem[] = [];
  if (dates.plannedStart && dates.plannedFinish && dates.plannedFinish < dates.plannedStart)
    problems.push({ field: "plannedFinish", message: "计划竣工日期不能早于计划开工日期" });
  if (dates.actualStart && dates.actualStart > today)
    problems.push({ field: "actualStart", message: "实际开工日期不能晚于今天" });
  if (dates.actualFinish && dates.actualFinish > today)
    problems.push({ field: "actualFinish", message: "实际竣工日期不能晚于今天" });
  if (dates.actualFinish && !dates.actualStart)
    problems.push({ field: "actualStart", message: "有实际竣工日期的项目须有实际开工日期" });
  if (dates.actualStart && dates.actualFinish && dates.actualFinish < dates.actualStart)
    problems.push({ field: "actualFinish", message: "实际竣工日期不能早于实际开工日期" });
  return problems;
}

/** Actual dates must match the status: none while 规划, a start once 在建, a finish once 竣工. */
export function checkDatesForStatus(status: ProjectStatus, dates: ProjectDates): ProjectProblem[] {
  const started = status !== "planned";
  const finished = status === "completed" || status === "in_use";
  const label = PROJECT_STATUS_LABELS[status];
  const problems: ProjectProblem[] = [];
  if (started && !dates.actualStart)
    problems.push({ field: "actualStart", message: `“${label}”的项目须有实际开工日期` });
  if (!started && dates.actualStart)
    problems.push({ field: "actualStart", message: `“${label}”的项目不能有实际开工日期` });
  if (finished && !dates.actualFinish)
    problems.push({ field: "actualFinish", message: `“${label}”的项目须有实际竣工日期` });
  if (!finished && dates.actualFinish)
    problems.push({ field: "actualFinish", message: `“${label}”的项目不能有实际竣工日期` });
  return problems;
}

/**
 * The date a status needs on record: 在建 from its actual start, 竣工 from its actual finish.
 * 投入使用 needs the environmental tests instead (checkProjectTransition).
 */
export function requiredDateFor(status: ProjectStatus): "actualStart" | "actualFinish" | null {
  switch (status) {
    case "under_construction":
      return "actualStart";
    case "completed":
      return "actualFinish";
    case "planned":
    case "in_use":
      return null;
  }
}

export const REQUIRED_DATE_LABELS = { actualStart: "实际开工日期", actualFinish: "实际竣工日期" } as const;

/**
 * Environmental tests are taken on a building that exists and is not yet in use: once 投入使用 the
 * passing results are what let it open, so they are frozen (step the project back to 竣工 to re-test).
 */
export function checkTestRecording(status: ProjectStatus): string | null {
  switch (status) {
    case "planned":
      return "项目尚未开工，不能录入检测结果";
    case "in_use":
      return `项目已${PROJECT_STATUS_LABELS.in_use}，检测结果不可修改；如需复检请先将状态退回“${PROJECT_STATUS_LABELS.completed}”`;
    case "under_construction":
    case "completed":
      return null;
  }
}

/** The next status forward, or null at the end. */
export function nextProjectStatus(status: ProjectStatus): ProjectStatus | null {
  switch (status) {
    case "planned":
      return "under_construction";
    case "under_construction":
      return "completed";
    case "completed":
      return "in_use";
    case "in_use":
      return null;
  }
}

/** The previous status, for corrections, or null at the start. */
export function previousProjectStatus(status: ProjectStatus): ProjectStatus | null {
  switch (status) {
    case "planned":
      return null;
    case "under_construction":
      return "planned";
    case "completed":
      return "under_construction";
    case "in_use":
      return "completed";
  }
}
