import { asc, eq } from "drizzle-orm";
import { maskIdNumber, maskName } from "@edubureau/domain/identity";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import { problems } from "../../http/problem.ts";
import { getRound, roundView, wire } from "./enrolment-common.ts";
import * as aq from "./enrolment-applications.queries.ts";
import * as dq from "./enrolment-draws.queries.ts";
import { placementOf, publishedPhases, type Placement } from "./enrolment-results.ts";
import * as rq from "./enrolment-rounds.queries.ts";
import { orgUnits } from "../org-units/org-units.tables.ts";
import { enrolmentApplicants, enrolmentApplications } from "./enrolment.tables.ts";

/** Names and ID numbers leave the server only masked (张*明, 430102********1234). */
function masked(people: Map<string, { name: string; idNumber: string }>, number: string) {
  const person = people.get(number);
  return {
    number,
    name: person ? maskName(person.name) : "",
    idNumber: person ? maskIdNumber(person.idNumber) : "",
  };
}

/** 结果公示: what anyone may see without signing in. */
export function createEnrolmentPublicService(ctx: AppContext) {
  const { db } = ctx.database;

  async function schoolNames(tx: Db, roundId: string) {
    return new Map(
      (await rq.listPlans(tx, roundId)).map((p) => [p.code, { name: p.name, district: p.district.name }]),
    );
  }

  return {
    /** Districts a family may name as its household district. */
    async districts() {
      return db
        .select({ id: orgUnits.id, code: orgUnits.code, name: orgUnits.name })
        .from(orgUnits)
        .where(eq(orgUnits.kind, "district"))
        .orderBy(asc(orgUnits.code));
    },

    async rounds() {
      const rounds = await rq.listRounds(db);
      return Promise.all(
        rounds.map(async (round) => ({
          ...roundView(round),
          phases: (await dq.listDraws(db, round.id))
            .filter((d) => d.status !== "superseded")
            .map((d) => ({ phase: d.phase, status: d.status })),
        })),
      );
    },

    /** The schools a parent may choose in the round. */
    async schools(roundId: string) {
      await getRound(db, roundId);
      return (await rq.listPlans(db, roundId))
        .filter((p) => p.inLottery)
        .map((p) => ({ code: p.code, name: p.name, district: p.district.name, places: p.places }));
    },

    /** A frozen phase's lists: applicant numbers and choice numbers only, with each list's digest. */
    async frozenLists(roundId: string, phase: number) {
      await getRound(db, roundId);
      const draw = await dq.currentDraw(db, roundId, phase);
      if (!draw) throw problems.notFound("冻结名单");
      return { phase, status: draw.status, frozenAt: draw.frozenAt, lists: wire(draw.lists) };
    },

    async resultsSummary(roundId: string) {
      await getRound(db, roundId);
      const names = await schoolNames(db, roundId);
      const phases = await publishedPhases(db, roundId);
      return phases.map(({ draw, result, state }) => {
        const declined = new Set(state.moves.filter((m) => m.kind === "declined").map((m) => m.number));
        return {
          phase: draw.phase,
          publishedAt: draw.publishedAt,
          seed: result.seed,
          seedInputs: wire(result.seedInputs),
          schools: result.outcome.schools.map((s) => ({
            code: s.school,
            name: names.get(s.school)?.name ?? s.school,
            district: names.get(s.school)?.district ?? "",
            quota: result.lists.find((l) => l.school === s.school)?.quota ?? 0,
            oversubscribed: s.oversubscribed,
            admitted: state.admitted.get(s.school)?.length ?? 0,
            // Still waiting: not since admitted there (递补) nor gone (放弃).
            waiting: s.waiting.filter(
              (n) => !(state.admitted.get(s.school) ?? []).includes(n) && !declined.has(n),
            ).length,
          })),
          unplaced: result.outcome.unplaced.length,
          moves: state.moves.length,
        };
      });
    },

    /** One school's lists in a published phase, masked, with the waiting-list movement. */
    async schoolResults(roundId: string, phase: number, school: string) {
      await getRound(db, roundId);
      const published = (await publishedPhases(db, roundId)).find((p) => p.draw.phase === phase);
      const outcome = published?.result.outcome.schools.find((s) => s.school === school);
      if (!published || !outcome) throw problems.notFound("派位结果");
      const moves = published.state.moves.filter((m) => m.school === school);
      const current = published.state.admitted.get(school) ?? [];
      const numbers = [...new Set([...outcome.admitted, ...outcome.waiting, ...current])];
      const people = await aq.applicantsByNumbers(db, numbers);
      return {
        phase,
        school,
        name: (await schoolNames(db, roundId)).get(school)?.name ?? school,
        drawnAdmitted: outcome.admitted.map((n) => masked(people, n)),
        admitted: current.map((n) => masked(people, n)),
        waiting: outcome.waiting.filter((n) => !current.includes(n)).map((n) => masked(people, n)),
        moves: moves.map((m) => ({ ...m, ...masked(people, m.number) })),
      };
    },

    /** 查询: by application number (or a twin's applicant number). */
    async search(number: string) {
      const text = number.trim().toUpperCase();
      const base = text.split("-")[0] ?? text;
      const rows = await db
        .select({
          id: enrolmentApplications.id,
          roundId: enrolmentApplications.roundId,
          number: enrolmentApplications.number,
          status: enrolmentApplications.status,
        })
        .from(enrolmentApplications)
        .where(eq(enrolmentApplications.number, base))
        .limit(1);
      const app = rows[0];
      if (!app) throw problems.notFound("报名号");
      const round = await getRound(db, app.roundId);
      const children = await db
        .select()
        .from(enrolmentApplicants)
        .where(eq(enrolmentApplicants.applicationId, app.id))
        .orderBy(asc(enrolmentApplicants.number));
      const phases = await publishedPhases(db, round.id);
      const names = await schoolNames(db, round.id);
      const describe = (p: Placement) =>
        "school" in p ? { ...p, schoolName: names.get(p.school)?.name ?? p.school } : p;
      return {
        round: { id: round.id, name: round.name, year: round.year },
        number: app.number,
        status: app.status,
        published: phases.length > 0,
        children: children.map((c) => ({
          number: c.number,
          name: maskName(c.name),
          idNumber: maskIdNumber(c.residentId),
          placement: describe(placementOf(phases, c.number)),
        })),
      };
    },
  };
}

export type EnrolmentPublicService = ReturnType<typeof createEnrolmentPublicService>;
