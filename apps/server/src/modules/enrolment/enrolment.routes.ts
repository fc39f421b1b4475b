import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requirePermission } from "../../http/authenticate.ts";
import type { EnrolmentApplicationsService } from "./enrolment-applications.service.ts";
import type { EnrolmentDrawsService } from "./enrolment-draws.service.ts";
import type { EnrolmentReviewService } from "./enrolment-review.service.ts";
import type { EnrolmentRoundsService } from "./enrolment-rounds.service.ts";
import type { EnrolmentStatisticsService } from "./enrolment-statistics.service.ts";
import * as s from "./enrolment.schemas.ts";

export interface EnrolmentServices {
  rounds: EnrolmentRoundsService;
  applications: EnrolmentApplicationsService;
  review: EnrolmentReviewService;
  draws: EnrolmentDrawsService;
  statistics: EnrolmentStatisticsService;
}

/** Staff and parent routes of 招生入学; the public ones are in enrolment-public.routes.ts. */
export function enrolmentRoutes(services: EnrolmentServices): FastifyPluginAsyncZod {
  const { rounds, applications, review, draws, statistics } = services;
  return async (app) => {
    const tags = ["招生入学"];
    app.get(
      "/rounds",
      { schema: { tags, response: { 200: s.publicRounds.extend({ items: s.roundSchema.array() }) } } },
      async (request) => {
        requirePermission(request, "enrolment.read");
        return { items: await rounds.list() };
      },
    );
    app.get(
      "/rounds/:roundId",
      { schema: { tags, params: s.roundParams, response: { 200: s.roundDetail } } },
      async (request) => {
        requirePermission(request, "enrolment.read");
        return rounds.get(request.params.roundId);
      },
    );
    app.post(
      "/rounds",
      { schema: { tags, body: s.createRoundBody, response: { 201: s.roundSchema } } },
      async (request, reply) =>
        reply
          .code(201)
          .send(await rounds.create(requirePermission(request, "enrolment.manage"), request.body)),
    );
    app.patch(
      "/rounds/:roundId",
      { schema: { tags, params: s.roundParams, body: s.updateRoundBody, response: { 200: s.roundSchema } } },
      async (request) =>
        rounds.update(requirePermission(request, "enrolment.manage"), request.params.roundId, request.body),
    );
    app.put(
      "/rounds/:roundId/plans",
      {
        schema: { tags, params: s.roundParams, body: s.planBody, response: { 200: s.planSchema.nullable() } },
      },
      async (request) =>
        rounds.setPlan(requirePermission(request, "enrolment.manage"), request.params.roundId, request.body),
    );
    app.get(
      "/rounds/:roundId/statistics",
      { schema: { tags, params: s.roundParams, response: { 200: s.statisticsSchema } } },
      async (request) => {
        requirePermission(request, "enrolment.read");
        return statistics.forRound(request.params.roundId);
      },
    );

    app.get(
      "/applications/mine",
      { schema: { tags, response: { 200: s.myApplications } } },
      async (request) => ({
        items: await applications.mine(requirePermission(request, "enrolment.apply")),
      }),
    );
    app.post(
      "/applications",
      { schema: { tags, body: s.applyBody, response: { 201: s.myApplication } } },
      async (request, reply) =>
        reply
          .code(201)
          .send(await applications.apply(requirePermission(request, "enrolment.apply"), request.body)),
    );
    app.post(
      "/applications/:id/withdraw",
      { schema: { tags, params: s.idParams, response: { 200: s.myApplication } } },
      async (request) =>
        applications.withdraw(requirePermission(request, "enrolment.apply"), request.params.id),
    );
    app.post(
      "/applications/:id/second-choices",
      { schema: { tags, params: s.idParams, body: s.choicesBody, response: { 200: s.myApplication } } },
      async (request) =>
        applications.chooseSecondRound(
          requirePermission(request, "enrolment.apply"),
          request.params.id,
          request.body.choices,
        ),
    );
    app.post(
      "/applications/:id/decline",
      { schema: { tags, params: s.idParams, response: { 200: s.myApplication } } },
      async (request) =>
        applications.decline(requirePermission(request, "enrolment.apply"), request.params.id),
    );

    app.get(
      "/review",
      { schema: { tags, querystring: s.reviewQuery, response: { 200: s.reviewList } } },
      async (request) => review.queue(requirePermission(request, "enrolment.review"), request.query),
    );
    app.post(
      "/review/:id/approve",
      { schema: { tags, params: s.idParams, response: { 200: s.reviewApplication } } },
      async (request) => review.approve(requirePermission(request, "enrolment.review"), request.params.id),
    );
    app.post(
      "/review/:id/return",
      { schema: { tags, params: s.idParams, body: s.returnBody, response: { 200: s.reviewApplication } } },
      async (request) =>
        review.returnApplication(
          requirePermission(request, "enrolment.review"),
          request.params.id,
          request.body.reason,
        ),
    );
    app.post(
      "/review/:id/personal",
      { schema: { tags, params: s.idParams, response: { 200: s.personalList } } },
      async (request) => review.personal(requirePermission(request, "enrolment.review"), request.params.id),
    );

    app.get(
      "/rounds/:roundId/draws",
      { schema: { tags, params: s.roundParams, response: { 200: s.drawList } } },
      async (request) => {
        requirePermission(request, "enrolment.read");
        return { items: await draws.list(request.params.roundId) };
      },
    );
    app.post(
      "/rounds/:roundId/draws",
      { schema: { tags, params: s.roundParams, body: s.freezeBody, response: { 201: s.drawSchema } } },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await draws.freeze(
              requirePermission(request, "enrolment.manage"),
              request.params.roundId,
              request.body,
            ),
          ),
    );
    app.post(
      "/draws/:id/run",
      { schema: { tags, params: s.idParams, body: s.runBody, response: { 200: s.drawSchema } } },
      async (request) =>
        draws.run(requirePermission(request, "enrolment.manage"), request.params.id, request.body.seedInputs),
    );
    app.post(
      "/draws/:id/redraw",
      { schema: { tags, params: s.idParams, body: s.redrawBody, response: { 200: s.drawSchema } } },
      async (request) =>
        draws.redraw(requirePermission(request, "enrolment.manage"), request.params.id, request.body),
    );
  };
}
