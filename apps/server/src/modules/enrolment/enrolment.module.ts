import type { AppContext } from "../../app-context.ts";
import type { RouteMount } from "../../http/route-mount.ts";
import { createEnrolmentApplicationsService } from "./enrolment-applications.service.ts";
import { createEnrolmentDrawsService } from "./enrolment-draws.service.ts";
import { createEnrolmentPublicService } from "./enrolment-public.service.ts";
import { enrolmentPublicRoutes } from "./enrolment-public.routes.ts";
import { createEnrolmentReviewService } from "./enrolment-review.service.ts";
import { createEnrolmentRoundsService } from "./enrolment-rounds.service.ts";
import { createEnrolmentStatisticsService } from "./enrolment-statistics.service.ts";
import { enrolmentRoutes } from "./enrolment.routes.ts";

/** Builds the enrolment services once, and their staff and public routes. */
export function enrolmentModule(ctx: AppContext): RouteMount[] {
  const draws = createEnrolmentDrawsService(ctx);
  const services = {
    rounds: createEnrolmentRoundsService(ctx),
    applications: createEnrolmentApplicationsService(ctx),
    review: createEnrolmentReviewService(ctx),
    draws,
    statistics: createEnrolmentStatisticsService(ctx),
  };
  return [
    { prefix: "/api/enrolment", routes: enrolmentRoutes(services) },
    {
      prefix: "/api/public/enrolment",
      routes: enrolmentPublicRoutes(createEnrolmentPublicService(ctx), draws),
    },
  ];
}
