import { sql } from "drizzle-orm";
import type { Role } from "@edubureau/domain";
import { ROLE_LABELS } from "@edubureau/domain";
import type { Db } from "../db/database.ts";
import { queryRows } from "../db/database.ts";
import { CHANGSHA } from "./changsha.ts";

/** Every demo account shares one password that satisfies the password policy; printed at start. */
export const DEMO_PASSWORD = "Demo@2019";

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  roleLabel: string;
  orgUnitName: string;
}

/** Where an account sits: an org-unit code, or the generated school of the `school` and `teacher` accounts. */
export type AccountUnit = { code: string } | "account-school";

/** The demo accounts, the same on every scale so people can always sign in. */
export const DEMO_ACCOUNTS: readonly {
  username: string;
  displayName: string;
  role: Role;
  unit: AccountUnit;
}[] = [
  { username: "admin", displayName: "系统管理员", role: "sys_admin", unit: { code: CHANGSHA.code } },
  { username: "leader", displayName: "王局长", role: "city_leader", unit: { code: CHANGSHA.code } },
  { username: "jichu", displayName: "李科长（基础教育处）", role: "city_division", unit: { code: "DIV-JJ" } },
  {
    username: "jiaoshichu",
    displayName: "陈科长（教师工作处）",
    role: "city_division",
    unit: { code: "DIV-JS" },
  },
  { username: "duxue", displayName: "赵督学", role: "inspector", unit: { code: "DIV-DD" } },
  // 一网通办: keeps the item catalogue and handles the city-level items (人事档案转出 …).
  {
    username: "shenpi",
    displayName: "周科长（行政审批服务处）",
    role: "city_division",
    unit: { code: "DIV-SP" },
  },
  { username: "furong", displayName: "芙蓉区教育局", role: "district", unit: { code: "430102" } },
  { username: "yuelu", displayName: "岳麓区教育局", role: "district", unit: { code: "430104" } },
  { username: "school", displayName: "芙蓉区示范小学", role: "school", unit: "account-school" },
  { username: "teacher", displayName: "刘老师", role: "teacher", unit: "account-school" },
  { username: "parent", displayName: "张家长", role: "public", unit: { code: CHANGSHA.code } },
];

export async function listDemoAccounts(db: Db): Promise<DemoAccount[]> {
  const usernames = DEMO_ACCOUNTS.map((a) => a.username);
  const rows = await queryRows<{ username: string; display_name: string; role: Role; org_unit_name: string }>(
    db,
    sql`select u.username, u.display_name, u.role, o.name as org_unit_name
        from users u join org_units o on o.id = u.org_unit_id
        where u.username in (${sql.join(
          usernames.map((name) => sql`${name}`),
          sql`, `,
        )})`,
  );
  const order = new Map(usernames.map((name, i) => [name, i]));
  return rows
    .sort((a, b) => (order.get(a.username) ?? 0) - (order.get(b.username) ?? 0))
    .map((row) => ({
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      roleLabel: ROLE_LABELS[row.role],
      orgUnitName: row.org_unit_name,
    }));
}
