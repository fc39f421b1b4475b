import {
  ANNUAL_REVIEW_GRADE_LABELS,
  ESTABLISHMENT_LABELS,
  PROGRAMME_KIND_LABELS,
  PROGRAMME_LEVEL_LABELS,
  TEACHER_POST_LABELS,
  TEACHER_TITLE_LABELS,
  TEACHING_STAGE_LABELS,
} from "@edubureau/domain/teachers";

/** Domain labels looked up by the codes the server sends (unknown codes show as they are). */
const lookup = (labels: Record<string, string>) => (code: string | null | undefined) =>
  code ? (labels[code] ?? code) : "—";

export const postLabel = lookup(TEACHER_POST_LABELS);
export const stageLabel = lookup(TEACHING_STAGE_LABELS);
export const titleLabel = lookup(TEACHER_TITLE_LABELS);
export const employmentLabel = lookup(ESTABLISHMENT_LABELS);
export const gradeLabel = lookup(ANNUAL_REVIEW_GRADE_LABELS);
export const kindLabel = lookup(PROGRAMME_KIND_LABELS);
export const levelLabel = lookup(PROGRAMME_LEVEL_LABELS);

export const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));
