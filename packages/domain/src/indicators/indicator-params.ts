import {
  DESIGNATION_TYPES,
  OWNERSHIPS,
  OWNERSHIP_LABELS,
  PROJECT_KINDS,
  PROJECT_KIND_LABELS,
  PROJECT_STATUSES,
  PROJECT_STATUS_LABELS,
  type DesignationTypeCode,
  type Ownership,
  type ProjectKind,
  type ProjectStatus,
} from "../registry/index.ts";
import type { IndicatorDefinition, ParamKey, ResolvedIndicator } from "./indicator-types.ts";
import {
  CLASS_STAGES,
  CLASS_STAGE_GRADES,
  CLASS_STAGE_LABELS,
  PROJECT_BASIS_MIN_STATUS,
  PROJECT_DATE_BASES,
  PROJECT_DATE_BASIS_LABELS,
  type ClassStage,
  measureUsesPeriod,
  type Measure,
  type ProjectDateBasis,
} from "./measures.ts";

export interface ParamOption {
  value: string;
  label: string;
}

export interface ParamDefinition {
  key: ParamKey;
  label: string;
  /** Several values, sent comma-separated ("new,expand"). */
  multiple: boolean;
  options: readonly ParamOption[];
}

const ALL = "all";

function options<T extends string>(values: readonly T[], labels: Record<T, string>): ParamOption[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

export const PARAM_DEFINITIONS: Record<ParamKey, ParamDefinition> = {
  stage: {
    key: "stage",
    label: "学段",
    multiple: false,
    options: options(CLASS_STAGES, CLASS_STAGE_LABELS),
  },
  designationType: {
    key: "designationType",
    label: "称号类型",
    multiple: false,
    options: DESIGNATION_TYPES.map((t) => ({ value: t.code, label: t.name })),
  },
  kinds: {
    key: "kinds",
    label: "建设类型",
    multiple: true,
    options: options(PROJECT_KINDS, PROJECT_KIND_LABELS),
  },
  ownership: {
    key: "ownership",
    label: "办学性质",
    multiple: false,
    options: [{ value: ALL, label: "不限" }, ...options(OWNERSHIPS, OWNERSHIP_LABELS)],
  },
  basis: {
    key: "basis",
    label: "统计口径",
    multiple: false,
    options: options(PROJECT_DATE_BASES, PROJECT_DATE_BASIS_LABELS),
  },
  minStatus: {
    key: "minStatus",
    label: "至少达到",
    multiple: false,
    options: options(PROJECT_STATUSES.slice(1), PROJECT_STATUS_LABELS),
  },
};

/** Applies one parameter to one measure; measures it does not concern are returned unchanged. */
function applyParam(measure: Measure, key: ParamKey, values: string[]): Measure {
  const [first = ""] = values;
  switch (key) {
    case "stage":
      return measure.kind === "class_count" || measure.kind === "student_sum"
        ? { ...measure, grades: CLASS_STAGE_GRADES[first as ClassStage] }
        : measure;
    case "designationType":
      return measure.kind === "designation_count"
        ? { ...measure, designationType: first as DesignationTypeCode }
        : measure;
    case "kinds":
      return measure.kind === "project_count" ? { ...measure, kinds: values as ProjectKind[] } : measure;
    case "ownership": {
      if (measure.kind !== "project_count") return measure;
      const { ownership: _previous, ...rest } = measure;
      return first === ALL ? rest : { ...rest, ownership: first as Ownership };
    }
    case "basis":
      return measure.kind === "project_count"
        ? { ...measure, dateBasis: first as ProjectDateBasis }
        : measure;
    case "minStatus":
      return measure.kind === "project_count" ? { ...measure, minStatus: first as ProjectStatus } : measure;
  }
}

/** A basis implies a least status: a project "by finish year" has at least been completed. */
function settleProjectStatus(measure: Measure): Measure {
  if (measure.kind !== "project_count") return measure;
  const floor = PROJECT_BASIS_MIN_STATUS[measure.dateBasis];
  const later = PROJECT_STATUSES.indexOf(measure.minStatus) >= PROJECT_STATUSES.indexOf(floor);
  return later ? measure : { ...measure, minStatus: floor };
}

export interface ParamProblem {
  field: string;
  message: string;
}

export type ResolveResult =
  { ok: true; indicator: ResolvedIndicator } | { ok: false; problems: ParamProblem[] };

function parseValues(definition: ParamDefinition, raw: string): string[] | string {
  const values = definition.multiple ? raw.split(",").map((v) => v.trim()) : [raw.trim()];
  const allowed = new Set(definition.options.map((o) => o.value));
  const unknown = values.filter((v) => !allowed.has(v));
  if (values.length === 0 || unknown.length > 0 || (values.length === 1 && values[0] === "")) {
    const choices = definition.options.map((o) => `${o.value}（${o.label}）`).join("、");
    return `“${definition.label}”取值无效：${unknown.join(",") || "(空)"}；可选 ${choices}`;
  }
  if (new Set(values).size !== values.length) return `“${definition.label}”有重复取值`;
  return values;
}

function labelOf(key: ParamKey, values: string[]): string {
  const definition = PARAM_DEFINITIONS[key];
  return values.map((v) => definition.options.find((o) => o.value === v)?.label ?? v).join("、");
}

/**
 * Turns a definition and the caller's parameters (query-string text) into what the engine evaluates.
 * Unknown parameters and values are refused, so a typo never silently falls back to a default.
 */
export function resolveIndicator(
  definition: IndicatorDefinition,
  raw: Readonly<Record<string, string | undefined>>,
): ResolveResult {
  const problems: ParamProblem[] = [];
  const accepted = new Set<string>(definition.params.map((p) => p.key));
  for (const [key, value] of Object.entries(raw)) {
    if (value !== undefined && !accepted.has(key))
      problems.push({ field: key, message: `指标“${definition.name}”不接受参数 ${key}` });
  }
  let numerator = definition.numerator;
  let denominator = definition.denominator;
  const params: Record<string, string> = {};
  const changed: string[] = [];
  for (const spec of definition.params) {
    const given = raw[spec.key];
    const parsed = parseValues(PARAM_DEFINITIONS[spec.key], given ?? spec.default);
    if (typeof parsed === "string") {
      problems.push({ field: spec.key, message: parsed });
      continue;
    }
    params[spec.key] = parsed.join(",");
    numerator = applyParam(numerator, spec.key, parsed);
    denominator = denominator && applyParam(denominator, spec.key, parsed);
    if (params[spec.key] !== spec.default || spec.key === "designationType")
      changed.push(labelOf(spec.key, parsed));
  }
  if (problems.length > 0) return { ok: false, problems };
  numerator = settleProjectStatus(numerator);
  denominator = denominator && settleProjectStatus(denominator);
  // Show the status actually applied: "by finish year" raises 在建 to 竣工.
  if (params.minStatus !== undefined && numerator.kind === "project_count")
    params.minStatus = numerator.minStatus;
  return {
    ok: true,
    indicator: {
      code: definition.code,
      name: changed.length > 0 ? `${definition.name}（${changed.join("，")}）` : definition.name,
      unit: definition.unit,
      factor: definition.factor,
      periodType: definition.periodType,
      snapshot: !measureUsesPeriod(numerator) && !(denominator && measureUsesPeriod(denominator)),
      betterWhen: definition.betterWhen,
      source: definition.source,
      numerator,
      denominator,
      params,
    },
  };
}
