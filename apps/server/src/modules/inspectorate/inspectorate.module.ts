import type { AppContext } from "../../app-context.ts";
import type { RouteMount } from "../../http/route-mount.ts";
import type { AttachmentStore } from "../work-plan/attachment-store.ts";
import type { SupervisionService } from "../work-plan/supervision.service.ts";
import type { ValueSources } from "../work-plan/target-values.ts";
import { createComplaintsService, type ComplaintNeighbours } from "./complaints.service.ts";
import { measureReader } from "./computed-measures.ts";
import { createDutyInspectorsService } from "./duty-inspectors.service.ts";
import { evaluationRoutes } from "./evaluation.routes.ts";
import { createEvaluationService } from "./evaluation.service.ts";
import { inspectionsRoutes } from "./inspections.routes.ts";
import { createInspectionsService } from "./inspections.service.ts";
import {
  complaintRoutes,
  dutyInspectorRoutes,
  monitoringRoutes,
  planProgressRoutes,
  publicInspectorateRoutes,
} from "./inspectorate.routes.ts";
import { createMonitoringService } from "./monitoring.service.ts";
import { rectificationRoutes } from "./rectification.routes.ts";
import { createRectificationService } from "./rectification.service.ts";

/**
 * 教育督导: builds the inspectorate's services (evaluation, inspections, rectification, 责任督学, complaints,
 * monitoring) and returns their mounts. Overdue rectification goes through the work plan's 督办 service;
 * computed indicators read the plan's value sources.
 */
export function inspectorateModule(
  ctx: AppContext,
  deps: {
    store: AttachmentStore;
    supervision: SupervisionService;
    valueSources: ValueSources;
  } & ComplaintNeighbours,
) {
  const rectifications = createRectificationService(ctx, {
    store: deps.store,
    supervision: deps.supervision,
  });
  const evaluations = createEvaluationService(ctx, {
    store: deps.store,
    measures: measureReader(deps.valueSources),
    rectifications,
  });
  const inspections = createInspectionsService(ctx, { rectifications, store: deps.store });
  const duty = createDutyInspectorsService(ctx);
  const complaints = createComplaintsService(ctx, { teachers: deps.teachers, ethics: deps.ethics });
  const monitoring = createMonitoringService(ctx);
  const prefix = "/api/inspectorate";
  const mounts: RouteMount[] = [
    { prefix, routes: evaluationRoutes(evaluations) },
    { prefix, routes: inspectionsRoutes(inspections) },
    { prefix, routes: rectificationRoutes(rectifications) },
    { prefix, routes: dutyInspectorRoutes(duty) },
    { prefix, routes: complaintRoutes(complaints) },
    { prefix, routes: planProgressRoutes({ evaluations, rectifications }) },
    { prefix: `${prefix}/monitoring`, routes: monitoringRoutes(monitoring) },
    {
      prefix: "/api/public/inspectorate",
      routes: publicInspectorateRoutes({ duty, complaints, rectifications }),
    },
  ];
  return { mounts, rectifications, evaluations };
}
