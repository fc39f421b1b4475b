import type { AppContext } from "../../app-context.ts";
import type { RouteMount } from "../../http/route-mount.ts";
import { createServiceCasesService, type ServiceCasesService } from "./service-cases.service.ts";
import { createServiceFeedbackService } from "./service-feedback.service.ts";
import { createServiceItemsService } from "./service-items.service.ts";
import {
  publicServicesHallRoutes,
  serviceCasesRoutes,
  serviceItemsRoutes,
  servicesStatsRoutes,
} from "./services-hall.routes.ts";

/** The services hall's services and routes; `escalateOverdue` runs in the app's hourly sweep. */
export function servicesHallModule(ctx: AppContext): {
  mounts: RouteMount[];
  escalateOverdue: () => Promise<number>;
  /** The cases service, for the 工作台's counts. */
  cases: ServiceCasesService;
} {
  const items = createServiceItemsService(ctx);
  const cases = createServiceCasesService(ctx, { items });
  const feedback = createServiceFeedbackService(ctx, { cases });
  return {
    mounts: [
      { prefix: "/api/public/services-hall", routes: publicServicesHallRoutes(items, feedback) },
      { prefix: "/api/services-hall/items", routes: serviceItemsRoutes(items) },
      { prefix: "/api/services-hall/cases", routes: serviceCasesRoutes(cases, feedback) },
      { prefix: "/api/services-hall/stats", routes: servicesStatsRoutes(feedback) },
    ],
    escalateOverdue: () => feedback.escalateOverdue(),
    cases,
  };
}
