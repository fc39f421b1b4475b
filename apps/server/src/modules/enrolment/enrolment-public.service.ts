import { asc, eq } from "drizzle-orm";
import { maskIdNumber, maskName } from "@edubureau/domain/identity";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import { problems } from "../../http/problem.ts";
import { getRound, roundView, wire } from "./enrolment-common.ts";
import * as aq from "./enrolment-applications.queries.ts";
import * as dq from "./enrolment-draws.queries.ts";
import { ledgerFigures, type LedgerEvent } from "@edubureau/domain/lottery";
import { lotteryPlaces, reservedPlaces } from "@edubureau/domain/enrolment";
import * as lq from "./enrolment-ledger.queries.ts";
import { loadLedger, placementOf, type Placement } from "./enrolment-results.ts";
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
        .map((p) => ({
          code: p.code,
          name: p.name,
          district: p.district.name,
          // The lottery offers the planned places less the reserved share, rounded up (docs/lottery.md §招生计划数).
          places: lotteryPlaces(p.places, p.reservedPercent),
          plannedPlaces: p.places,
          reservedPlaces: reservedPlaces(p.places, p.reservedPercent),
          reservedPercent: p.reservedPercent,
        }));
    },

    /** A frozen phase's lists: applicant numbers and choice numbers only, with each list's digest. */
    async frozenLists(roundId: string, phase: number) {
      await getRound(db, roundId);
      const draw = await dq.currentDraw(db, roundId, phase);
      if (!draw) throw problems.notFound("冻结名单");
      return { phase, status: draw.status, frozenAt: draw.frozenAt, lists: wire(draw.lists) };
    },

    /** 派位公告 of each frozen phase, as published before the draw. */
    async announcements(roundId: string) {
      await getRound(db, roundId);
      return (await lq.listAnnouncements(db, roundId)).map((a) => ({ phase: a.phase, ...a.body }));
    },

    /**
     * Each published draw (with its redraws), and the figures of the placement ledger now: places,
     * admitted, free and waiting by school, and applicants = admitted + unplaced + declined.
     */
    async resultsSummary(roundId: string) {
      await getRound(db, roundId);
      const names = await schoolNames(db, roundId);
      const plans = new Map((await rq.listPlans(db, roundId)).map((p) => [p.code, p]));
      const { phases, ledger } = await loadLedger(db, roundId);
      const draws = await dq.listDraws(db, roundId);
      const items = phases.map(({ draw, result }) => {
        const listed = new Set(result.lists.flatMap((l) => l.applicants.map((a) => a.number)));
        const still = [...listed].filter((n) => !ledger.holder.has(n) && !ledger.declined.has(n));
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
            admitted: s.admitted.length,
            // Still waiting: would still move there (not since placed there or somewhere they prefer, nor gone).
            waiting: s.waiting.filter((n) => ledger.wants(n, s.school)).length,
          })),
          unplaced: still.length,
          moves: ledger.events.filter((e) => e.kind !== "round" && listed.has(e.number)).length,
          redraws: draws
            .filter((d) => d.phase === draw.phase && d.redrawReason !== null && d.result !== null)
            .map((d) => ({
              reason: d.redrawReason ?? "",
              at: d.drawnAt ?? d.createdAt,
              seed: d.result?.seed ?? "",
            })),
        };
      });
      const figures = ledgerFigures(ledger);
      return {
        items,
        figures: {
          ...figures,
          schools: figures.schools.map((s) => {
            const plan = plans.get(s.school);
            return {
              ...s,
              name: names.get(s.school)?.name ?? s.school,
              plannedPlaces: plan?.places ?? s.places,
              reservedPlaces: plan ? reservedPlaces(plan.places, plan.reservedPercent) : 0,
            };
          }),
        },
      };
    },

    /** One school's lists in a published phase, masked: the draw's result, who holds its places now, and the moves. */
    async schoolResults(roundId: string, phase: number, school: string) {
      await getRound(db, roundId);
      const { phases, ledger } = await loadLedger(db, roundId);
      const published = phases.find((p) => p.draw.phase === phase);
      const outcome = published?.result.outcome.schools.find((s) => s.school === school);
      if (!published || !outcome) throw problems.notFound("派位结果");
      const moves = ledger.events.filter(
        (m): m is Exclude<LedgerEvent, { kind: "round" }> =>
          m.kind !== "round" && (m.school === school || (m.kind === "promoted" && m.from === school)),
      );
      const current = ledger.held.get(school) ?? [];
      const waiting = outcome.waiting.filter((n) => ledger.wants(n, school));
      const numbers = [
        ...new Set([...outcome.admitted, ...waiting, ...current, ...moves.map((m) => m.number)]),
      ];
      const people = await aq.applicantsByNumbers(db, numbers);
      return {
        phase,
        school,
        name: (await schoolNames(db, roundId)).get(school)?.name ?? school,
        drawnAdmitted: outcome.admitted.map((n) => masked(people, n)),
        admitted: current.map((n) => masked(people, n)),
        waiting: waiting.map((n) => masked(people, n)),
        moves: moves.map((m) => ({
          kind: m.kind,
          school: m.school,
          from: m.kind === "promoted" ? m.from : null,
          ...masked(people, m.number),
        })),
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
      const state = await loadLedger(db, round.id);
      const names = await schoolNames(db, round.id);
      const describe = (p: Placement) =>
        "school" in p ? { ...p, schoolName: names.get(p.school)?.name ?? p.school } : p;
      return {
        round: { id: round.id, name: round.name, year: round.year },
        number: app.number,
        status: app.status,
        published: state.phases.length > 0,
        children: children.map((c) => ({
          number: c.number,
          name: maskName(c.name),
          idNumber: maskIdNumber(c.residentId),
          placement: describe(placementOf(state, c.number)),
        })),
      };
    },
  };
}

export type EnrolmentPublicService = ReturnType<typeof createEnrolmentPublicService>;
