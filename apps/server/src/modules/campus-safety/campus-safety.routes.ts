import { openEventStream } from "../../http/event-stream.ts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requireActor } from "../../http/authenticate.ts";
import { problems } from "../../http/problem.ts";
import { requireSafetyStaff } from "../../policies/campus-safety-scope.ts";
import type { UsersService } from "../users/users.service.ts";
import * as s from "./campus-safety.schemas.ts";
import type { CommandBoardService } from "./command-board.service.ts";
import type { CrisisService } from "./crisis.service.ts";
import type { FacilitiesService } from "./facilities.service.ts";
import type { HazardsService } from "./hazards.service.ts";
import type { IncidentsService } from "./incidents.service.ts";
import type { OpinionService } from "./opinion.service.ts";
import type { SafetyEventFeed } from "./safety-events.ts";
import type { SchoolRecordsService } from "./school-records.service.ts";

export interface CampusSafetyServices {
  incidents: IncidentsService;
  hazards: HazardsService;
  facilities: FacilitiesService;
  records: SchoolRecordsService;
  crisis: CrisisService;
  opinion: OpinionService;
  board: CommandBoardService;
  events: SafetyEventFeed;
  users: UsersService;
  sweep(): Promise<{ incidentsEscalated: number; hazardsEscalated: number }>;
}

/** A comment line every 25 s keeps proxies from closing an idle stream. */
const KEEP_ALIVE_MS = 25_000;
/**
 * A stream is authorised once, when it opens; it ends after 5 minutes and the browser's EventSource reconnects,
 * which checks the session again — so a signed-out or expired session stops receiving within 5 minutes.
 */
const STREAM_MAX_MS = 5 * 60_000;

export function campusSafetyRoutes(x: CampusSafetyServices): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["校园安全"];

    // ── incidents ──
    app.post(
      "/incidents",
      { schema: { tags, body: s.incidentBody, response: { 200: s.incidentSchema, 201: s.incidentSchema } } },
      async (request, reply) => {
        const { incident, created } = await x.incidents.report(requireActor(request), request.body);
        return reply.code(created ? 201 : 200).send(incident);
      },
    );
    app.get(
      "/incidents",
      { schema: { tags, querystring: s.incidentListQuery, response: { 200: s.incidentList } } },
      async (request) => ({ items: await x.incidents.list(requireActor(request), request.query) }),
    );
    app.get(
      "/incidents/:id",
      { schema: { tags, params: s.idParams, response: { 200: s.incidentDetail } } },
      async (request) => x.incidents.get(requireActor(request), request.params.id),
    );
    for (const [path, action] of [
      ["acknowledge", "acknowledge"],
      ["follow-up", "followUp"],
      ["close", "close"],
    ] as const)
      app.post(
        `/incidents/:id/${path}`,
        { schema: { tags, params: s.idParams, body: s.stepBody, response: { 200: s.incidentDetail } } },
        async (request) =>
          x.incidents.step(requireActor(request), request.params.id, action, request.body.note),
      );
    app.get("/timeline", { schema: { tags, response: { 200: s.timelineList } } }, async (request) => ({
      items: await x.incidents.timeline(requireActor(request), 100),
    }));
    app.post("/sweep", { schema: { tags, response: { 200: s.sweepResult } } }, async (request) => {
      const actor = requireActor(request);
      if (actor.role !== "sys_admin" && actor.role !== "city_division") throw problems.forbidden();
      return x.sweep();
    });

    /** Server-sent events: new reports, acknowledgements and escalations within the account's scope, from any instance. */
    app.get("/events", { schema: { tags, hide: true } }, async (request, reply) => {
      const actor = requireActor(request);
      requireSafetyStaff(actor);
      const raw = openEventStream(reply);
      raw.write(": connected\n\n");
      const unsubscribe = x.events.subscribe(actor.scopePath, (event) => {
        raw.write(`event: safety\ndata: ${JSON.stringify(event)}\n\n`);
      });
      const timer = setInterval(() => raw.write(": keep-alive\n\n"), KEEP_ALIVE_MS);
      timer.unref();
      const end = setTimeout(() => raw.end(), STREAM_MAX_MS);
      end.unref();
      raw.once("close", () => {
        clearInterval(timer);
        clearTimeout(end);
        unsubscribe();
      });
    });

    // ── board ──
    app.get("/board", { schema: { tags, response: { 200: s.boardSchema } } }, async (request) =>
      x.board.board(requireActor(request)),
    );

    // ── hazards ──
    app.get(
      "/hazards",
      { schema: { tags, querystring: s.hazardListQuery, response: { 200: s.hazardList } } },
      async (request) => ({ items: await x.hazards.list(requireActor(request), request.query) }),
    );
    app.get(
      "/hazards/by-district",
      { schema: { tags, response: { 200: s.hazardDistricts } } },
      async (request) => x.hazards.byDistrict(requireActor(request)),
    );
    app.post(
      "/hazards",
      { schema: { tags, body: s.hazardBody, response: { 201: s.hazardSchema } } },
      async (request, reply) =>
        reply.code(201).send(await x.hazards.report(requireActor(request), request.body)),
    );
    app.post(
      "/hazards/:id/transition",
      { schema: { tags, params: s.idParams, body: s.hazardActionBody, response: { 200: s.hazardSchema } } },
      async (request) => x.hazards.transition(requireActor(request), request.params.id, request.body),
    );

    // ── facilities, compliance, upgrade programme ──
    app.get("/compliance", { schema: { tags, response: { 200: s.complianceSchema } } }, async (request) =>
      x.facilities.compliance(requireActor(request)),
    );
    app.put(
      "/facilities/:id",
      { schema: { tags, params: s.idParams, body: s.registerBody, response: { 200: s.createdSchema } } },
      async (request) => x.facilities.saveRegister(requireActor(request), request.params.id, request.body),
    );
    app.get("/upgrades", { schema: { tags, response: { 200: s.upgradeList } } }, async (request) =>
      x.facilities.upgrades(requireActor(request)),
    );
    app.post(
      "/upgrades",
      { schema: { tags, body: s.upgradeBody, response: { 201: s.createdSchema } } },
      async (request, reply) =>
        reply.code(201).send(await x.facilities.addUpgrade(requireActor(request), request.body)),
    );
    app.post(
      "/upgrades/:id/complete",
      {
        schema: {
          tags,
          params: s.idParams,
          body: s.stepBody.extend({ completedOn: s.isoDate }),
          response: { 200: s.createdSchema },
        },
      },
      async (request) =>
        x.facilities.completeUpgrade(requireActor(request), request.params.id, request.body.completedOn),
    );

    // ── inspections, drills, lessons ──
    app.get(
      "/checklist",
      { schema: { tags, querystring: s.checklistQuery, response: { 200: s.checklistSchema } } },
      async (request) => {
        requireSafetyStaff(requireActor(request));
        return x.records.checklist(request.query.topic, request.query.month);
      },
    );
    app.get("/inspections", { schema: { tags, response: { 200: s.inspectionList } } }, async (request) =>
      x.records.inspections(requireActor(request)),
    );
    app.post(
      "/inspections",
      { schema: { tags, body: s.inspectionBody, response: { 201: s.createdSchema } } },
      async (request, reply) =>
        reply.code(201).send(await x.records.recordInspection(requireActor(request), request.body)),
    );
    app.get(
      "/drills",
      { schema: { tags, querystring: s.termQuery, response: { 200: s.drillsSchema } } },
      async (request) => x.records.drills(requireActor(request), request.query.term),
    );
    app.post(
      "/drills",
      { schema: { tags, body: s.drillBody, response: { 201: s.createdSchema } } },
      async (request, reply) =>
        reply.code(201).send(await x.records.recordDrill(requireActor(request), request.body)),
    );
    app.post(
      "/lessons",
      { schema: { tags, body: s.lessonBody, response: { 201: s.createdSchema } } },
      async (request, reply) =>
        reply.code(201).send(await x.records.recordLesson(requireActor(request), request.body)),
    );

    // ── crisis cases ──
    app.get("/crisis-cases", { schema: { tags, response: { 200: s.crisisList } } }, async (request) =>
      x.crisis.list(requireActor(request)),
    );
    app.get(
      "/crisis-cases/:id",
      { schema: { tags, params: s.idParams, response: { 200: s.crisisDetail } } },
      async (request) => x.crisis.get(requireActor(request), request.params.id),
    );
    app.post(
      "/crisis-cases",
      { schema: { tags, body: s.crisisBody, response: { 201: s.createdSchema } } },
      async (request, reply) =>
        reply.code(201).send(await x.crisis.create(requireActor(request), request.body)),
    );
    app.post(
      "/crisis-cases/:id/follow-ups",
      { schema: { tags, params: s.idParams, body: s.followUpBody, response: { 200: s.createdSchema } } },
      async (request) => x.crisis.followUp(requireActor(request), request.params.id, request.body),
    );
    app.post(
      "/crisis-officers",
      { schema: { tags, body: s.officerBody, response: { 200: s.createdSchema } } },
      async (request) => {
        const actor = requireActor(request);
        const account = await x.users.accountInScope(actor, request.body.userId);
        if (!account) throw problems.notFound("账号");
        return x.crisis.nameOfficer(actor, request.body, { unitPath: account.unitPath, role: account.role });
      },
    );

    // ── 舆情 ──
    app.get("/opinion-events", { schema: { tags, response: { 200: s.opinionList } } }, async (request) =>
      x.opinion.list(requireActor(request)),
    );
    app.post(
      "/opinion-events",
      { schema: { tags, body: s.opinionBody, response: { 201: s.createdSchema } } },
      async (request, reply) =>
        reply.code(201).send(await x.opinion.create(requireActor(request), request.body)),
    );
    app.post(
      "/opinion-events/:id/respond",
      { schema: { tags, params: s.idParams, body: s.opinionUpdateBody, response: { 200: s.opinionSchema } } },
      async (request) => x.opinion.respond(requireActor(request), request.params.id, request.body),
    );
  };
}
