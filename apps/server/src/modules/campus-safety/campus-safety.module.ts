import type { AppContext } from "../../app-context.ts";
import type { RouteMount } from "../../http/route-mount.ts";
import type { UsersService } from "../users/users.service.ts";
import type { SupervisionService } from "../work-plan/supervision.service.ts";
import { campusSafetyRoutes } from "./campus-safety.routes.ts";
import { createCommandBoardService } from "./command-board.service.ts";
import { createCrisisService } from "./crisis.service.ts";
import { createFacilitiesService } from "./facilities.service.ts";
import { createHazardsService } from "./hazards.service.ts";
import { createIncidentsService } from "./incidents.service.ts";
import { createOpinionService } from "./opinion.service.ts";
import { safetyEventFeed } from "./safety-events.ts";
import { createSchoolRecordsService } from "./school-records.service.ts";

/**
 * 校园安全监管指挥平台: builds the module's services once. `sweep` escalates overdue incidents and hazards; the
 * server runs it every minute (app.ts background jobs), tests and the city's division call it on demand.
 */
export function campusSafetyModule(
  ctx: AppContext,
  deps: { supervision: SupervisionService; users: UsersService },
) {
  const incidents = createIncidentsService(ctx);
  const hazards = createHazardsService(ctx, { supervision: deps.supervision });
  const crisis = createCrisisService(ctx);
  const opinion = createOpinionService(ctx);
  const services = {
    incidents,
    hazards,
    facilities: createFacilitiesService(ctx),
    records: createSchoolRecordsService(ctx),
    crisis,
    opinion,
    board: createCommandBoardService(ctx, { crisis, opinion }),
    events: safetyEventFeed(ctx.events),
    users: deps.users,
    async sweep() {
      const a = await incidents.sweep();
      const b = await hazards.sweep();
      return { incidentsEscalated: a.escalated, hazardsEscalated: b.escalated };
    },
  };
  const mounts: RouteMount[] = [{ prefix: "/api/campus-safety", routes: campusSafetyRoutes(services) }];
  return { services, mounts };
}
