import { classifyAcuity, isValidAcuity, worseAcuityClass } from "./vision-acuity.ts";
import type { AcuityClass } from "./vision-acuity.ts";

/**
 * 筛查性近视 (WS/T 663-2020 中小学生屈光不正筛查规范): a child of 6 or over whose uncorrected distance
 * acuity is below 5.0 and whose non-cycloplegic spherical equivalent is ≤ −0.50 D. Some copies print
 * "< −0.50 D"; the public glossaries quoting the standard give ≤ (data/SOURCES.md).
 */
export const MYOPIA_SE_CUTOFF = -0.5;
export const MYOPIA_MIN_AGE = 6;
/** App limits for a plausible SE from a school autorefractor, not numbers from the standard. */
export const SE_MIN = -20;
export const SE_MAX = 10;

/** SE = sphere + cylinder / 2 (等效球镜度). */
export function sphericalEquivalent(sphere: number, cylinder: number): number {
  return sphere + cylinder / 2;
}

export type MyopiaStatus = "myopic" | "not_myopic" | "undetermined" | "not_applicable";

export const MYOPIA_STATUS_LABELS: Record<MyopiaStatus, string> = {
  myopic: "筛查性近视",
  not_myopic: "非近视",
  undetermined: "未确定",
  not_applicable: "不适用（未满6岁）",
};

/**
 * What to do with an eye whose acuity is below 5.0 but has no refraction.
 * - "undetermined" (default): 视力不良 is counted, myopia is not decided. WS/T 663 needs both signs;
 *   low acuity alone is also hyperopia, astigmatism or amblyopia, so counting it inflates the rate.
 * - "acuity_only": count it as myopic, for schools that screen with a chart only (the rate is then an
 *   upper bound and must be reported as such).
 */
export type MissingSeRule = "undetermined" | "acuity_only";

export interface EyeInput {
  /** Uncorrected distance acuity, 5-point notation. */
  readonly acuity: number | null;
  /** Non-cycloplegic autorefraction, dioptres. */
  readonly sphere?: number | null;
  /** Missing cylinder is read as 0 (forms leave a plano cylinder blank). */
  readonly cylinder?: number | null;
}

export type VisionProblemCode = "acuity_missing" | "acuity_invalid" | "se_out_of_range";

export interface EyeResult {
  readonly acuityClass: AcuityClass | null;
  readonly se: number | null;
  readonly myopia: MyopiaStatus;
  readonly problems: readonly VisionProblemCode[];
}

export interface ScreeningOptions {
  /** Completed years at screening. */
  readonly ageYears: number;
  readonly missingSe?: MissingSeRule;
}

export function screenEye(eye: EyeInput, options: ScreeningOptions): EyeResult {
  const problems: VisionProblemCode[] = [];
  let acuityClass: AcuityClass | null = null;
  if (eye.acuity === null || eye.acuity === undefined) problems.push("acuity_missing");
  else if (!isValidAcuity(eye.acuity)) problems.push("acuity_invalid");
  else acuityClass = classifyAcuity(eye.acuity);

  let se: number | null = null;
  if (eye.sphere !== null && eye.sphere !== undefined) {
    const value = sphericalEquivalent(eye.sphere, eye.cylinder ?? 0);
    if (Number.isFinite(value) && value >= SE_MIN && value <= SE_MAX) se = value;
    else problems.push("se_out_of_range");
  }

  const myopia = eyeMyopia(acuityClass, se, options);
  return { acuityClass, se, myopia, problems };
}

function eyeMyopia(
  acuityClass: AcuityClass | null,
  se: number | null,
  options: ScreeningOptions,
): MyopiaStatus {
  if (options.ageYears < MYOPIA_MIN_AGE) return "not_applicable";
  if (acuityClass === null) return "undetermined";
  if (acuityClass === "normal") return "not_myopic";
  if (se !== null) return se <= MYOPIA_SE_CUTOFF ? "myopic" : "not_myopic";
  return (options.missingSe ?? "undetermined") === "acuity_only" ? "myopic" : "undetermined";
}

export interface StudentVisionInput {
  readonly right: EyeInput;
  readonly left: EyeInput;
}

export interface StudentVisionResult {
  readonly right: EyeResult;
  readonly left: EyeResult;
  /** 视力不良: either eye below 5.0; null when neither eye shows it and one is not measured. */
  readonly poorVision: boolean | null;
  /** Class of the worse eye; null unless both eyes are measured or one already shows 视力不良. */
  readonly worseClass: AcuityClass | null;
  /** Myopic when either eye is; not myopic only when both are not. */
  readonly myopia: MyopiaStatus;
}

export function screenStudentVision(
  input: StudentVisionInput,
  options: ScreeningOptions,
): StudentVisionResult {
  const right = screenEye(input.right, options);
  const left = screenEye(input.left, options);
  const classes = [right.acuityClass, left.acuityClass].filter((c): c is AcuityClass => c !== null);
  const anyPoor = classes.some((c) => c !== "normal");
  const bothMeasured = classes.length === 2;
  const worseClass = bothMeasured || anyPoor ? classes.reduce(worseAcuityClass) : null;
  const poorVision = options.ageYears < MYOPIA_MIN_AGE ? null : anyPoor ? true : bothMeasured ? false : null;
  return { right, left, poorVision, worseClass, myopia: studentMyopia(right.myopia, left.myopia) };
}

function studentMyopia(a: MyopiaStatus, b: MyopiaStatus): MyopiaStatus {
  if (a === "not_applicable" || b === "not_applicable") return "not_applicable";
  if (a === "myopic" || b === "myopic") return "myopic";
  if (a === "not_myopic" && b === "not_myopic") return "not_myopic";
  return "undetermined";
}
