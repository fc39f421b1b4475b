// Student health: 国家学生体质健康标准（2014年修订）fitness scores, WS/T 663-2020 vision screening,
// WS/T 586-2018 overweight screening, and the national targets reports are read against.
export {
  FITNESS_ITEMS,
  FITNESS_ITEM_LABELS,
  FITNESS_ITEM_UNITS,
  GRADES,
  GRADE_LABELS,
  SEXES,
  SEX_LABELS,
  gradeGroup,
  isGrade,
  isSex,
} from "./fitness-items.ts";
// `Sex` ("male" | "female") is not re-exported: identity/resident-id.ts exports the same union under that name.
export type { FitnessItem, Grade, GradeGroup } from "./fitness-items.ts";
export { fitnessItemSet, isTestedItem } from "./fitness-weights.ts";
export type { WeightedItem } from "./fitness-weights.ts";
export { fitnessThreshold, scoreItem } from "./fitness-tables.ts";
export {
  BMI_CATEGORIES,
  BMI_CATEGORY_LABELS,
  BMI_CATEGORY_SCORES,
  bmiOneDecimal,
  classifyFitnessBmi,
} from "./fitness-bmi.ts";
export type { BmiCategory } from "./fitness-bmi.ts";
export { BONUS_ITEMS, TOTAL_BONUS_MAX, bonusPoints, hasBonus } from "./fitness-bonus.ts";
export type { BonusItem } from "./fitness-bonus.ts";
export { FITNESS_LIMITS, isPlausible } from "./fitness-limits.ts";
export type { FitnessField, PlausibleRange } from "./fitness-limits.ts";
export {
  FITNESS_BANDS,
  FITNESS_BAND_LABELS,
  fitnessBand,
  graduationScore,
  roundToTenth,
} from "./fitness-bands.ts";
export type { FitnessBand, GraduationInput } from "./fitness-bands.ts";
export { scoreFitness } from "./fitness-score.ts";
export type { FitnessInput, FitnessProblem, FitnessResult, ItemScore } from "./fitness-score.ts";
export { createFitnessColumnScores, scoreFitnessColumns } from "./fitness-columns.ts";
export type { FitnessColumnScores, FitnessColumns } from "./fitness-columns.ts";
export {
  HEALTHY_CHINA_GOOD_RATE_TARGETS,
  countFitnessBandIndices,
  countFitnessBands,
  fitnessGoodRate,
  fitnessPassRate,
  healthyChinaGoodRateTarget,
  meetsHealthyChinaTarget,
} from "./fitness-rates.ts";
export type { FitnessBandCounts } from "./fitness-rates.ts";
export {
  ACUITY_CLASSES,
  ACUITY_CLASS_LABELS,
  ACUITY_MAX,
  ACUITY_MIN,
  NORMAL_ACUITY,
  classifyAcuity,
  isValidAcuity,
  worseAcuityClass,
} from "./vision-acuity.ts";
export type { AcuityClass } from "./vision-acuity.ts";
export {
  MYOPIA_MIN_AGE,
  MYOPIA_SE_CUTOFF,
  MYOPIA_STATUS_LABELS,
  SE_MAX,
  SE_MIN,
  screenEye,
  screenStudentVision,
  sphericalEquivalent,
} from "./vision-screening.ts";
export type {
  EyeInput,
  EyeResult,
  MissingSeRule,
  MyopiaStatus,
  ScreeningOptions,
  StudentVisionInput,
  StudentVisionResult,
  VisionProblemCode,
} from "./vision-screening.ts";
export {
  MYOPIA_2030_TARGETS,
  MYOPIA_ANNUAL_DECLINE,
  MYOPIA_ANNUAL_DECLINE_HIGH_PREVALENCE,
  MYOPIA_PLAN_ANNUAL_DECLINE_UNTIL,
  MYOPIA_PLAN_BASELINE_YEAR,
  countMyopia,
  meetsMyopia2030Target,
  myopiaRate,
  myopiaTargetRate,
} from "./myopia-targets.ts";
export type { MyopiaCounts, MyopiaStage, MyopiaTargetInput } from "./myopia-targets.ts";
// Date parsing stays internal: identity/calendar-date.ts owns the package's CalendarDate.
export { ageInHalfYears, ageInYears } from "./half-year-age.ts";
export {
  WEIGHT_STATUSES,
  WEIGHT_STATUS_LABELS,
  WST586_MAX_AGE,
  WST586_MIN_AGE,
  classifyWeightStatus,
  screenWeightStatus,
} from "./overweight-wst586.ts";
export type {
  WeightScreening,
  WeightScreeningInput,
  WeightStatus,
  WeightStatusInput,
} from "./overweight-wst586.ts";
