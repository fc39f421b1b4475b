import { and, eq, inArray, sql } from "drizzle-orm";
import { applicantsPerPlace, lotteryPlaces } from "@edubureau/domain/enrolment";
import type { AppContext } from "../../app-context.ts";
import { orgUnits } from "../org-units/org-units.tables.ts";
import { getRound } from "./enrolment-common.ts";
import * as rq from "./enrolment-rounds.queries.ts";
import { enrolmentApplications } from "./enrolment.tables.ts";

/** 报录比: applicants per place by school (first choice and any choice) and by district. */
export function createEnrolmentStatisticsService(ctx: AppContext) {
  const { db } = ctx.database;
  return {
    async forRound(roundId: string) {
      await getRound(db, roundId);
      const plans = (await rq.listPlans(db, roundId)).filter((p) => p.inLottery);
      const apps = await db
        .select({
          choices: enrolmentApplications.choices,
          district: orgUnits.name,
          children: sql<number>`(select count(*)::int from enrolment_applicants c where c.application_id = ${enrolmentApplications.id})`,
        })
        .from(enrolmentApplications)
        .innerJoin(orgUnits, eq(orgUnits.id, enrolmentApplications.districtId))
        .where(
          and(
            eq(enrolmentApplications.roundId, roundId),
            inArray(enrolmentApplications.status, ["submitted", "approved"]),
          ),
        );
      const first = new Map<string, number>();
      const any = new Map<string, number>();
      const byHousehold = new Map<string, number>();
      for (const app of apps) {
        const n = app.children;
        app.choices.forEach((code, i) => {
          any.set(code, (any.get(code) ?? 0) + n);
          if (i === 0) first.set(code, (first.get(code) ?? 0) + n);
        });
        byHousehold.set(app.district, (byHousehold.get(app.district) ?? 0) + n);
      }
      const schools = plans.map((p) => {
        const places = lotteryPlaces(p.places, p.reservedPercent);
        const firstChoice = first.get(p.code) ?? 0;
        return {
          code: p.code,
          name: p.name,
          district: p.district.name,
          places,
          firstChoice,
          anyChoice: any.get(p.code) ?? 0,
          ratio: applicantsPerPlace(firstChoice, places),
        };
      });
      const districts = new Map<string, { places: number; firstChoice: number }>();
      for (const s of schools) {
        const d = districts.get(s.district) ?? { places: 0, firstChoice: 0 };
        districts.set(s.district, {
          places: d.places + s.places,
          firstChoice: d.firstChoice + s.firstChoice,
        });
      }
      return {
        applicants: [...byHousehold.values()].reduce((a, b) => a + b, 0),
        schools,
        districts: [...districts.entries()].map(([name, d]) => ({
          name,
          places: d.places,
          firstChoice: d.firstChoice,
          ratio: applicantsPerPlace(d.firstChoice, d.places),
          applicantsFromDistrict: byHousehold.get(name) ?? 0,
        })),
      };
    },
  };
}

export type EnrolmentStatisticsService = ReturnType<typeof createEnrolmentStatisticsService>;
