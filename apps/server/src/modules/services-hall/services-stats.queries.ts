import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../../db/database.ts";
import { escapeLike } from "../../db/like.ts";

export interface CaseTotals {
  cases: number;
  online: number;
  concluded: number;
  avgDays: number | null;
  maxDays: number | null;
  onceOrLess: number;
  openOverdue: number;
  escalated: number;
  ratings: number;
  good: number;
  bad: number;
  followUpsOpen: number;
}

/** City- or district-wide figures of the cases handled within `scopePath`: one pass over the cases. */
export async function caseTotals(db: Db, scopePath: string, today: string): Promise<CaseTotals> {
  const [row] = await queryRows<CaseTotals>(
    db,
    sql`select count(*)::int as cases,
          (count(*) filter (where c.channel = 'online'))::int as online,
          (count(*) filter (where c.used_days is not null))::int as concluded,
          round(avg(c.used_days), 1)::float8 as "avgDays",
          max(c.used_days)::int as "maxDays",
          (count(*) filter (where c.used_days is not null and c.visits <= 1))::int as "onceOrLess",
          (count(*) filter (where c.status = 'reviewing' and c.deadline < ${today}))::int as "openOverdue",
          (count(*) filter (where c.status = 'reviewing' and c.escalated_at is not null))::int as escalated,
          (count(r.rating))::int as ratings,
          (count(*) filter (where r.rating >= 4))::int as good,
          (count(*) filter (where r.rating <= 2))::int as bad,
          (count(*) filter (where r.follow_up_due is not null and r.follow_up_answer is null))::int as "followUpsOpen"
        from service_cases c left join service_ratings r on r.case_id = c.id
        where c.handling_unit_path like ${`${escapeLike(scopePath)}%`}`,
  );
  if (!row) throw new Error("no totals");
  return row;
}

export interface ItemFigures {
  itemId: string;
  itemName: string;
  onlineDepth: number;
  promisedDays: number;
  legalDays: number;
  cases: number;
  avgDays: number | null;
  maxDays: number | null;
  ratings: number;
  good: number;
}

export async function itemFigures(db: Db, scopePath: string): Promise<ItemFigures[]> {
  return queryRows<ItemFigures>(
    db,
    sql`select i.id as "itemId", i.name as "itemName", i.online_depth as "onlineDepth",
          i.promised_days as "promisedDays", i.legal_days as "legalDays",
          count(c.id)::int as cases, round(avg(c.used_days), 1)::float8 as "avgDays", max(c.used_days)::int as "maxDays",
          count(r.rating)::int as ratings, (count(*) filter (where r.rating >= 4))::int as good
        from service_items i
        left join service_cases c on c.item_id = i.id and c.handling_unit_path like ${`${escapeLike(scopePath)}%`}
        left join service_ratings r on r.case_id = c.id
        where i.status = 'published'
        group by i.id order by count(c.id) desc, i.code`,
  );
}
