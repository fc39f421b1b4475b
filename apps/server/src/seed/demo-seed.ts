import { sql } from "drizzle-orm";
import type { Role } from "@edubureau/domain";
import { ROLE_LABELS } from "@edubureau/domain";
import type { Database, Db } from "../db/database.ts";
import { queryRows } from "../db/database.ts";
import { recordAudit } from "../modules/audit/audit.service.ts";
import { insertUnit } from "../modules/org-units/org-units.service.ts";
import type { OrgUnitRow } from "../modules/org-units/org-units.tables.ts";
import type { PasswordHasher } from "../modules/auth/password-hash.ts";
import { users } from "../modules/users/users.tables.ts";
import { CHANGSHA, CHANGSHA_DISTRICTS, CHANGSHA_DIVISIONS } from "./changsha.ts";

/** Every demo account shares one password that satisfies the password policy; printed at start. */
export const DEMO_PASSWORD = "Demo@2019";

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  roleLabel: string;
  orgUnitName: string;
}

/** A few streets, communities and schools so district and school accounts have something to manage. */
const DEMO_LOCAL_UNITS: Record<
  string,
  {
    streets: { code: string; name: string; communities: string[] }[];
    schools: { code: string; name: string }[];
  }
> = {
  "430102": {
    streets: [
      { code: "430102001", name: "文艺路街道", communities: ["识字岭社区", "文艺新村社区"] },
      { code: "430102002", name: "朝阳街街道", communities: ["朝阳社区"] },
    ],
    schools: [
      { code: "2143010201", name: "芙蓉区示范小学" },
      { code: "2143010202", name: "芙蓉区第一初级中学" },
    ],
  },
  "430104": {
    streets: [{ code: "430104001", name: "岳麓街道", communities: ["后湖社区", "桃子湖社区"] }],
    schools: [
      { code: "2143010401", name: "岳麓区实验小学" },
      { code: "2143010402", name: "岳麓区第一初级中学" },
    ],
  },
};

async function alreadySeeded(db: Db): Promise<boolean> {
  const rows = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from org_units`);
  return (rows[0]?.n ?? 0) > 0;
}

/** Seeds 长沙市 with its districts, divisions and demo accounts once; later starts leave data alone. */
export async function seedDemo(
  database: Database,
  options: { hasher: PasswordHasher; production: boolean; now: Date },
): Promise<{ seeded: boolean; accounts: DemoAccount[] }> {
  const { db } = database;
  if (await alreadySeeded(db)) return { seeded: false, accounts: await listDemoAccounts(db) };
  const passwordHash = await options.hasher.hash(DEMO_PASSWORD);
  const { now } = options;

  await db.transaction(async (tx) => {
    const byCode = new Map<string, OrgUnitRow>();
    const add = async (
      parent: OrgUnitRow | null,
      unit: { code: string; name: string; kind: OrgUnitRow["kind"] },
    ) => {
      const row = await insertUnit(tx, parent, unit, now);
      byCode.set(row.code, row);
      return row;
    };
    const city = await add(null, { ...CHANGSHA, kind: "city" });
    for (const division of CHANGSHA_DIVISIONS) await add(city, { ...division, kind: "division" });
    for (const district of CHANGSHA_DISTRICTS) {
      const districtRow = await add(city, { ...district, kind: "district" });
      const local = DEMO_LOCAL_UNITS[district.code];
      if (!local) continue;
      for (const street of local.streets) {
        const streetRow = await add(districtRow, { code: street.code, name: street.name, kind: "street" });
        let n = 1;
        for (const community of street.communities) {
          await add(streetRow, {
            code: `${street.code}${String(n++).padStart(3, "0")}`,
            name: community,
            kind: "community",
          });
        }
      }
      for (const school of local.schools) await add(districtRow, { ...school, kind: "institution" });
    }

    const account = (username: string, displayName: string, role: Role, orgUnitCode: string) => {
      const unit = byCode.get(orgUnitCode);
      if (!unit) throw new Error(`demo seed: unknown unit ${orgUnitCode}`);
      return { username, displayName, role, orgUnitId: unit.id };
    };
    const accounts = [
      account("admin", "系统管理员", "sys_admin", CHANGSHA.code),
      account("leader", "王局长", "city_leader", CHANGSHA.code),
      account("jichu", "李科长（基础教育处）", "city_division", "DIV-JJ"),
      account("jiaoshichu", "陈科长（教师工作处）", "city_division", "DIV-JS"),
      account("duxue", "赵督学", "inspector", "DIV-DD"),
      account("furong", "芙蓉区教育局", "district", "430102"),
      account("yuelu", "岳麓区教育局", "district", "430104"),
      account("school", "芙蓉区示范小学", "school", "2143010201"),
      account("teacher", "刘老师", "teacher", "2143010201"),
      account("parent", "张家长", "public", CHANGSHA.code),
    ];
    await tx.insert(users).values(
      accounts.map((a) => ({
        ...a,
        passwordHash,
        mustChangePassword: options.production,
        createdAt: now,
        updatedAt: now,
        passwordChangedAt: now,
      })),
    );
    await recordAudit(
      tx,
      { actorId: null, actorName: "系统初始化", ip: null },
      {
        entity: "system",
        entityId: null,
        action: "seed_demo",
        after: { orgUnits: byCode.size, accounts: accounts.length },
      },
      now,
    );
  });
  return { seeded: true, accounts: await listDemoAccounts(db) };
}

async function listDemoAccounts(db: Db): Promise<DemoAccount[]> {
  const rows = await queryRows<{ username: string; display_name: string; role: Role; org_unit_name: string }>(
    db,
    sql`select u.username, u.display_name, u.role, o.name as org_unit_name
        from users u join org_units o on o.id = u.org_unit_id
        where u.username in ('admin','leader','jichu','jiaoshichu','duxue','furong','yuelu','school','teacher','parent')
        order by u.created_at, u.username`,
  );
  return rows.map((row) => ({
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    roleLabel: ROLE_LABELS[row.role],
    orgUnitName: row.org_unit_name,
  }));
}
