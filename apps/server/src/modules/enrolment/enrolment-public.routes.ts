import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { EnrolmentDrawsService } from "./enrolment-draws.service.ts";
import type { EnrolmentPublicService } from "./enrolment-public.service.ts";
import { wire } from "./enrolment-common.ts";
import * as s from "./enrolment.schemas.ts";

/** 招生结果公示: open without signing in; every person in a response is masked (see the schemas). */
export function enrolmentPublicRoutes(
  service: EnrolmentPublicService,
  draws: EnrolmentDrawsService,
): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["招生结果公示"];
    app.get("/districts", { schema: { tags, response: { 200: s.publicDistricts } } }, async () => ({
      items: await service.districts(),
    }));
    app.get("/rounds", { schema: { tags, response: { 200: s.publicRounds } } }, async () => ({
      items: await service.rounds(),
    }));
    app.get(
      "/rounds/:roundId/schools",
      { schema: { tags, params: s.roundParams, response: { 200: s.publicSchools } } },
      async (request) => ({
        items: await service.schools(request.params.roundId),
      }),
    );
    app.get(
      "/rounds/:roundId/lists/:phase",
      { schema: { tags, params: s.phaseParams, response: { 200: s.frozenListsSchema } } },
      async (request) => service.frozenLists(request.params.roundId, request.params.phase),
    );
    app.get(
      "/rounds/:roundId/announcements",
      { schema: { tags, params: s.roundParams, response: { 200: s.announcementsSchema } } },
      async (request, reply) => {
        void reply.header(
          "content-disposition",
          `inline; filename="lottery-announcements-${request.params.roundId}.json"`,
        );
        return { items: wire(await service.announcements(request.params.roundId)) };
      },
    );
    app.get(
      "/rounds/:roundId/results",
      { schema: { tags, params: s.roundParams, response: { 200: s.resultsSummary } } },
      async (request) => service.resultsSummary(request.params.roundId),
    );
    app.get(
      "/rounds/:roundId/results/:phase/:school",
      { schema: { tags, params: s.schoolParams, response: { 200: s.schoolResults } } },
      async (request) =>
        service.schoolResults(request.params.roundId, request.params.phase, request.params.school),
    );
    app.get(
      "/rounds/:roundId/bundle",
      { schema: { tags, params: s.roundParams, response: { 200: s.bundleSchema } } },
      async (request, reply) => {
        const bundle = await draws.bundle(request.params.roundId);
        void reply.header(
          "content-disposition",
          `attachment; filename="lottery-bundle-${request.params.roundId}.json"`,
        );
        return bundle;
      },
    );
    app.get(
      "/search",
      { schema: { tags, querystring: s.searchQuery, response: { 200: s.searchResult } } },
      async (request) => service.search(request.query.number),
    );
  };
}
