import { sql } from "drizzle-orm";
import { ancestorIds } from "@edubureau/domain";
import { queryRows, type Db } from "../../db/database.ts";
import { escapeLike } from "../../db/like.ts";

/** A school (or unit) with the district and city above it, from the org tree. */
export interface UnitChain {
  id: string;
  name: string;
  path: string;
  kind: string;
  districtId: string | null;
  districtName: string | null;
  cityId: string | null;
}

export async function unitChain(db: Db, unitId: string): Promise<UnitChain | null> {
  const [unit] = await queryRows<{ id: string; name: string; path: string; kind: string }>(
    db,
    sql`select id, name, path, kind from org_units where id = ${unitId}`,
  );
  if (!unit) return null;
  const ids = ancestorIds(unit.path);
  const above =
    ids.length === 0
      ? []
      : await queryRows<{ id: string; name: string; kind: string; depth: number }>(
          db,
          sql`select id, name, kind, depth from org_units where id in (${sql.join(
            ids.map((id) => sql`${id}`),
            sql`, `,
          )}) order by depth`,
        );
  const district = above.find((u) => u.kind === "district");
  const city = above.find((u) => u.kind === "city") ?? above[0];
  return {
    ...unit,
    districtId: district?.id ?? null,
    districtName: district?.name ?? null,
    cityId: city?.id ?? null,
  };
}

/** The districts within a scope (for drill-down rows), by code. */
export async function districtsWithin(db: Db, scopePath: string) {
  return queryRows<{ id: string; name: string; path: string }>(
    db,
    sql`select id, name, path from org_units where kind = 'district' and path like ${`${escapeLike(scopePath)}%`} order by code`,
  );
}
