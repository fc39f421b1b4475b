import { checkPlanReferences } from "./plan-file-checks.ts";
import type { Located } from "./plan-file-checks.ts";
import { focusAreaSchema, planFileSchema, taskSchema } from "./plan-file-schema.ts";
import type { FocusArea, PlanFile, PlanTask } from "./plan-file-schema.ts";
import { planErrorMap, problemsFromZod } from "./plan-problems.ts";
import type { PlanProblem } from "./plan-problems.ts";

export type PlanValidation = { ok: true; plan: PlanFile } | { ok: false; problems: PlanProblem[] };

/**
 * Checks a parsed plan file and returns either the typed plan or every problem found, each with
 * its path. Cross-reference checks still run on the well-formed tasks when other parts are
 * malformed, so an editor sees all problems in one pass rather than one layer at a time.
 */
export function validatePlanFile(raw: unknown, knownUnitCodes: ReadonlySet<string>): PlanValidation {
  const parsed = planFileSchema.safeParse(raw, { error: planErrorMap });
  if (parsed.success) {
    const plan = parsed.data;
    const problems = checkPlanReferences({
      focusAreas: plan.focusAreas.map((value, index) => ({ index, value })),
      focusAreaCodes: new Set(plan.focusAreas.map((area) => area.code)),
      tasks: plan.tasks.map((value, index) => ({ index, value })),
      referencedFocusAreas: new Set(plan.tasks.map((task) => task.focusArea)),
      knownUnitCodes,
    });
    return problems.length === 0 ? { ok: true, plan } : { ok: false, problems };
  }
  const lenient = wellFormedParts(raw);
  return {
    ok: false,
    problems: [...problemsFromZod(parsed.error), ...checkPlanReferences({ ...lenient, knownUnitCodes })],
  };
}

function arrayAt(raw: unknown, key: string): unknown[] {
  if (typeof raw !== "object" || raw === null) return [];
  const value: unknown = (raw as Record<string, unknown>)[key];
  return Array.isArray(value) ? (value as unknown[]) : [];
}

function stringAt(item: unknown, key: string): string | undefined {
  if (typeof item !== "object" || item === null) return undefined;
  const value: unknown = (item as Record<string, unknown>)[key];
  return typeof value === "string" ? value : undefined;
}

function wellFormedParts(raw: unknown) {
  const focusAreas: Located<FocusArea>[] = [];
  const focusAreaCodes = new Set<string>();
  arrayAt(raw, "focusAreas").forEach((item, index) => {
    const code = stringAt(item, "code");
    if (code !== undefined) focusAreaCodes.add(code);
    const parsed = focusAreaSchema.safeParse(item);
    if (parsed.success) focusAreas.push({ index, value: parsed.data });
  });
  const tasks: Located<PlanTask>[] = [];
  const referencedFocusAreas = new Set<string>();
  arrayAt(raw, "tasks").forEach((item, index) => {
    const focusArea = stringAt(item, "focusArea");
    if (focusArea !== undefined) referencedFocusAreas.add(focusArea);
    const parsed = taskSchema.safeParse(item);
    if (parsed.success) tasks.push({ index, value: parsed.data });
  });
  return { focusAreas, focusAreaCodes, tasks, referencedFocusAreas };
}
