import type { AppContext } from "../../app-context.ts";
import { createEnrolmentApplicationsService } from "./enrolment-applications.service.ts";
import { createEnrolmentDrawsService } from "./enrolment-draws.service.ts";
import { createEnrolmentPublicService } from "./enrolment-public.service.ts";
import { enrolmentPublicRoutes } from "./enrolment-public.routes.ts";
import { createEnrolmentReviewService } from "./enrolment-review.service.ts";
import { createEnrolmentRoundsService } from "./enrolment-rounds.service.ts";
import { createEnrolmentStatisticsService } from "./enrolment-statistics.service.ts";
import { enrolmentRoutes } from "./enrolment.routes.ts";

/** Builds the enrolment services once; app.ts mounts the two plugins. */
export function createEnrolmentModule(ctx: AppContext) {
  const draws = createEnrolmentDrawsService(ctx);
  const services = {
    rounds: createEnrolmentRoundsService(ctx),
    applications: createEnrolmentApplicationsService(ctx),
    review: createEnrolmentReviewService(ctx),
    draws,
    statistics: createEnrolmentStatisticsService(ctx),
  };
  return {
    routes: enrolmentRoutes(services),
    publicRoutes: enrolmentPublicRoutes(createEnrolmentPublicService(ctx), draws),
  };
}
