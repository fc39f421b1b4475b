import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../../db/database.ts";

/** Institutions by code, for the import: id, name and district. */
export async function schoolsByCode(db: Db) {
  return queryRows<{ id: string; code: string; path: string }>(
    db,
    sql`select id, code, path from org_units where kind = 'institution'`,
  );
}

export interface MonitoringRow {
  subject: string;
  grade: string;
  school_id: string;
  school_name: string;
  district_id: string;
  district_name: string;
  score: number | string;
  national_mean: number | string | null;
}

/** Results of a year with each school's district (the district is the school's ancestor of kind district). */
export async function monitoringResults(db: Db, year: number): Promise<MonitoringRow[]> {
  return queryRows<MonitoringRow>(
    db,
    sql`select r.subject, r.grade, r.school_id, s.name as school_name, d.id as district_id, d.name as district_name,
          r.score, r.national_mean
        from insp_monitoring_results r join org_units s on s.id = r.school_id
          join org_units d on d.kind = 'district' and s.path like d.path || '%'
        where r.year = ${year}
        order by d.code, s.code`,
  );
}

export async function monitoringYears(db: Db) {
  return queryRows<{ year: number }>(
    db,
    sql`select distinct year from insp_monitoring_results order by year desc`,
  );
}
