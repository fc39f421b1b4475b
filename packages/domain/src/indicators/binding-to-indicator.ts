import {
  OWNERSHIP_LABELS,
  PROJECT_KIND_LABELS,
  SCHOOL_LEVEL_LABELS,
  type ProjectStatus,
} from "../registry/index.ts";
import {
  BINDING_MEASURES,
  isBindingMeasureCode,
  type BindingMeasureCode,
  type MeasureFilter,
  type PROJECT_STAGES,
} from "../work-plan/binding-measures.ts";
import { findIndicator } from "./indicator-catalogue.ts";
import { resolveIndicator } from "./indicator-params.ts";
import type { ResolvedIndicator } from "./indicator-types.ts";
import type { ClassStage } from "./measures.ts";

/**
 * What a plan target bound to a measure is compared against: a catalogue indicator with its
 * parameters, and the period the plan names (null when the plan gives none: the caller uses the
 * target's deadline year or the current school year).
 */
export type BindingQuery =
  | {
      ok: true;
      indicatorCode: string;
      params: Record<string, string>;
      period: string | null;
      indicator: ResolvedIndicator;
    }
  | { ok: false; reason: string };

/** The registry code whose label the plan wrote, e.g. 学前 → preschool. Labels are the registry's own. */
function codeOf<C extends string>(labels: Record<C, string>, label: string): C {
  const code = (Object.keys(labels) as C[]).find((c) => labels[c] === label);
  if (code === undefined) throw new Error(`no registry code for label ${label}`);
  return code;
}

/** The plan counts a project once it has reached a stage; the registry names the statuses. */
const STAGE_STATUS: Record<(typeof PROJECT_STAGES)[number], ProjectStatus> = {
  已开工: "under_construction",
  已竣工: "completed",
  已投入使用: "in_use",
};

const CLASS_STAGE_OF: Record<MeasureFilter<"large_class_ratio">["level"], ClassStage> = {
  小学: "primary",
  初中: "junior",
  义务教育: "compulsory",
};

interface Target {
  indicatorCode: string;
  params: Record<string, string>;
  period: string | null;
}

function projectTarget(filter: MeasureFilter<"project_count">): Target {
  const level = codeOf(SCHOOL_LEVEL_LABELS, filter.level);
  const params: Record<string, string> = {
    kinds: filter.kinds.map((k) => codeOf(PROJECT_KIND_LABELS, k)).join(","),
    ownership: filter.ownership ? codeOf(OWNERSHIP_LABELS, filter.ownership) : "all",
    basis:
      filter.finishedYear !== undefined ? "finished" : filter.startedYear !== undefined ? "started" : "any",
  };
  if (filter.status) params.minStatus = STAGE_STATUS[filter.status];
  const year = filter.finishedYear ?? filter.startedYear;
  return {
    indicatorCode: `school_projects_${level}`,
    params,
    period: year === undefined ? null : String(year),
  };
}

function targetOf(code: BindingMeasureCode, filter: unknown): Target | string {
  switch (code) {
    case "designation_count": {
      const f = filter as MeasureFilter<"designation_count">;
      return {
        indicatorCode: "designation_count",
        params: { designationType: f.designationType },
        period: String(f.awardedYear),
      };
    }
    case "project_count":
      return projectTarget(filter as MeasureFilter<"project_count">);
    case "standardized_school_count": {
      const f = filter as MeasureFilter<"standardized_school_count">;
      return {
        indicatorCode: "designation_count",
        params: { designationType: "standardized_compulsory_school" },
        period: String(f.awardedYear),
      };
    }
    case "demonstration_centre_count": {
      const f = filter as MeasureFilter<"demonstration_centre_count">;
      return {
        indicatorCode: "designation_count",
        params: { designationType: "demonstration_community_learning_centre" },
        period: String(f.selectedYear),
      };
    }
    case "community_learning_centre_coverage":
      return { indicatorCode: "community_learning_centre_coverage", params: {}, period: null };
    case "large_class_ratio": {
      const f = filter as MeasureFilter<"large_class_ratio">;
      return {
        indicatorCode: f.minClassSize === 66 ? "super_large_class_ratio" : "large_class_ratio",
        params: { stage: CLASS_STAGE_OF[f.level] },
        period: null,
      };
    }
    case "private_compulsory_share": {
      const f = filter as MeasureFilter<"private_compulsory_share">;
      const code =
        f.basis === "学校数" ? "private_compulsory_school_share" : "private_compulsory_student_share";
      return { indicatorCode: code, params: {}, period: null };
    }
    case "inclusive_kindergarten_coverage":
      return { indicatorCode: "inclusive_kindergarten_coverage", params: {}, period: null };
    case "online_service_ratio":
      return { indicatorCode: "online_service_ratio", params: {}, period: null };
    case "service_items_full_online_share":
      return "该指标由一网通办事项清单计算，不在指标引擎中";
    case "teacher_training_completions":
    case "principal_selection_count":
    case "studio_count":
    case "normal_student_intake":
      return "该指标由教师发展模块计算，不在指标引擎中";
    case "myopia_rate":
    case "fitness_excellent_good_rate":
    case "obesity_rate":
      return "该指标由学生体质健康模块计算，不在指标引擎中";
  }
}

/**
 * Turns a plan target's binding (packages/domain/src/work-plan) into an indicator query, mapping the
 * plan's Chinese filter labels (学前, 公办, 新建 …) onto the registry's codes.
 */
export function bindingToIndicator(measure: string, filter: unknown): BindingQuery {
  if (!isBindingMeasureCode(measure)) return { ok: false, reason: `未知的绑定指标 ${measure}` };
  const parsed = BINDING_MEASURES[measure].filter.safeParse(filter);
  if (!parsed.success)
    return { ok: false, reason: `绑定条件不符合“${BINDING_MEASURES[measure].label}”的格式` };
  const target = targetOf(measure, parsed.data);
  if (typeof target === "string") return { ok: false, reason: target };
  const definition = findIndicator(target.indicatorCode);
  if (!definition) return { ok: false, reason: `指标 ${target.indicatorCode} 不在目录中` };
  const resolved = resolveIndicator(definition, target.params);
  if (!resolved.ok) return { ok: false, reason: resolved.problems.map((p) => p.message).join("；") };
  return { ok: true, ...target, params: resolved.indicator.params, indicator: resolved.indicator };
}
