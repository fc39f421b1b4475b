import type { DataContext } from "./app-context.ts";
import { createIndicatorsService, type IndicatorsService } from "./modules/indicators/indicators.service.ts";
import { createOrgUnitsService } from "./modules/org-units/org-units.service.ts";
import { createServicesPlanMeasures } from "./modules/services-hall/services-plan-measures.ts";
import { createHealthPlanMeasures } from "./modules/student-health/health-plan-measures.ts";
import { createTeacherPlanMeasures } from "./modules/teacher-honours/teacher-plan-measures.ts";
import type { ValueSources } from "./modules/work-plan/target-values.ts";

/**
 * Where the plan's bound targets read their live values: registry measures through the indicator engine,
 * teacher, health and services-hall measures from the modules that own them. One list for the app and the demo seed,
 * which evaluates the plan inside its own transaction.
 */
export function planValueSources(ctx: DataContext, indicators?: IndicatorsService): ValueSources {
  const db = ctx.database.db;
  return {
    indicators: indicators ?? createIndicatorsService(ctx, { orgUnits: createOrgUnitsService(ctx) }),
    providers: [createTeacherPlanMeasures(db), createHealthPlanMeasures(db), createServicesPlanMeasures(db)],
  };
}
