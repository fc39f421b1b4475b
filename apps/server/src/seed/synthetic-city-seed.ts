import { sql } from "drizzle-orm";
import {
  generateCity,
  summariseCity,
  DEFAULT_SEED,
  type CitySummary,
  type OrgUnit,
  type ScaleName,
  type SyntheticCity,
} from "../../../../tools/synthetic-city/index.ts";
import type { Database, Db } from "../db/database.ts";
import { queryRows } from "../db/database.ts";
import { recordAudit } from "../modules/audit/audit.service.ts";
import type { PasswordHasher } from "../modules/auth/password-hash.ts";
import { users } from "../modules/users/users.tables.ts";
import { bulkInsert, type TableSpec } from "../platform/bulk-insert.ts";
import { FEATURE_SEEDS } from "./feature-seeds.ts";
import { CHANGSHA, CHANGSHA_DIVISIONS } from "./changsha.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, listDemoAccounts, type DemoAccount } from "./demo-accounts.ts";
import {
  CONSTRUCTION_PROJECTS,
  DATA_APPROVALS,
  DATA_VALUES,
  DESIGNATIONS,
  INSTITUTIONS,
  ORG_UNITS,
  SCHOOL_CLASSES,
} from "./synthetic-tables.ts";

export interface SeedProgress {
  /** Stable key of the step, e.g. "school_classes". */
  step: string;
  label: string;
  done: number;
  total: number;
}

export interface SeedSyntheticCityOptions {
  scale: ScaleName;
  seed?: number;
  hasher: PasswordHasher;
  /** Production: demo accounts must change their password at first sign-in. */
  production: boolean;
  now: Date;
  /** Recorded in the audit row when the database was emptied first (`npm run seed -- --reset`). */
  reset?: boolean;
  onProgress?: (progress: SeedProgress) => void;
}

export interface SeedSyntheticCityResult {
  seeded: boolean;
  accounts: DemoAccount[];
  /** Rows written per table (empty when nothing was seeded). */
  counts: Record<string, number>;
  summary: CitySummary | null;
  generateMs: number;
  writeMs: number;
}

// Any constant: serialises concurrent first starts (compare MIGRATION_LOCK_KEY in db/migrate.ts).
const SEED_LOCK_KEY = 2019_1130;

async function notSeeded(db: Db): Promise<SeedSyntheticCityResult> {
  return {
    seeded: false,
    accounts: await listDemoAccounts(db),
    counts: {},
    summary: null,
    generateMs: 0,
    writeMs: 0,
  };
}

/** True when the database already holds data: seeding never mixes with existing rows. */
export async function hasData(db: Db): Promise<boolean> {
  const rows = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from org_units`);
  return (rows[0]?.n ?? 0) > 0;
}

/**
 * Generates the synthetic city at the given scale and writes it in one transaction, with the demo
 * accounts and one audit row. Used by the server's first start (demo scale) and by `npm run seed`.
 */
export async function seedSyntheticCity(
  database: Database,
  options: SeedSyntheticCityOptions,
): Promise<SeedSyntheticCityResult> {
  const { db } = database;
  if (await hasData(db)) return notSeeded(db);
  const seed = options.seed ?? DEFAULT_SEED;
  const report = options.onProgress ?? (() => {});
  report({ step: "generate", label: "生成数据", done: 0, total: 1 });
  const generateStarted = performance.now();
  const city = generateCity({ scale: options.scale, seed, city: CHANGSHA, divisions: CHANGSHA_DIVISIONS });
  const summary = summariseCity(city);
  const generateMs = performance.now() - generateStarted;
  report({ step: "generate", label: "生成数据", done: 1, total: 1 });

  const writeStarted = performance.now();
  const passwordHash = await options.hasher.hash(DEMO_PASSWORD);
  const counts = await db.transaction(async (tx) => {
    // Two first starts against one PostgreSQL database: the second waits here, then finds the data.
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    if (await hasData(tx)) return null;
    const written: Record<string, number> = {};
    const write = async <T>(step: string, label: string, spec: TableSpec<T>, rows: readonly T[]) => {
      report({ step, label, done: 0, total: rows.length });
      const n = await bulkInsert(tx, spec, rows, {
        at: options.now,
        onBatch: (done) => report({ step, label, done, total: rows.length }),
      });
      written[spec.table] = (written[spec.table] ?? 0) + n;
    };
    await write("org_units", "写入组织机构", ORG_UNITS, orgUnitsOf(city));
    await write("institutions", "写入机构名录", INSTITUTIONS, city.institutions);
    await write("school_classes", "写入班级", SCHOOL_CLASSES, city.classes);
    await write("designations", "写入称号与试点", DESIGNATIONS, city.designations);
    await write("construction_projects", "写入建设项目", CONSTRUCTION_PROJECTS, city.projects);
    await write("data_approvals", "写入数据审核状态", DATA_APPROVALS, city.approvals);
    const elements = await existingElements(tx);
    const reported = city.reportedValues.filter((v) => elements.has(v.elementCode));
    await write("data_values", "写入填报数据", DATA_VALUES, reported);
    report({ step: "users", label: "写入演示账户", done: 0, total: DEMO_ACCOUNTS.length });
    written.users = await insertDemoAccounts(tx, city, {
      passwordHash,
      production: options.production,
      now: options.now,
    });
    report({ step: "users", label: "写入演示账户", done: DEMO_ACCOUNTS.length, total: DEMO_ACCOUNTS.length });
    for (const featureSeed of FEATURE_SEEDS) {
      await featureSeed({ tx, city, scale: options.scale, seed, now: options.now, write });
    }
    await recordAudit(
      tx,
      { actorId: null, actorName: "系统初始化", ip: null },
      {
        event: "SYSTEM_SEEDED",
        entityId: null,
        after: {
          generator: "synthetic-city",
          scale: options.scale,
          seed,
          reset: options.reset ?? false,
          asOf: city.asOf,
          rows: written,
        },
      },
      options.now,
    );
    written.audit_log = 1;
    return written;
  });
  if (!counts) return notSeeded(db);
  return {
    seeded: true,
    accounts: await listDemoAccounts(db),
    counts,
    summary,
    generateMs,
    writeMs: performance.now() - writeStarted,
  };
}

/** Reported figures are written only for data elements the migrations have created. */
async function existingElements(tx: Db): Promise<Set<string>> {
  const rows = await queryRows<{ code: string }>(tx, sql`select code from data_elements`);
  return new Set(rows.map((row) => row.code));
}

/** Parents before children, so every parent_id points at a row written earlier. */
function orgUnitsOf(city: SyntheticCity): OrgUnit[] {
  return [
    city.city,
    ...city.divisions,
    ...city.districts,
    ...city.streets,
    ...city.communities,
    ...city.institutions,
  ];
}

async function insertDemoAccounts(
  tx: Db,
  city: SyntheticCity,
  options: { passwordHash: string; production: boolean; now: Date },
): Promise<number> {
  const byCode = new Map(
    [city.city, ...city.divisions, ...city.districts].map((unit) => [unit.code, unit.id] as const),
  );
  const rows = DEMO_ACCOUNTS.map((account) => {
    const orgUnitId =
      account.unit === "account-school" ? city.accountSchoolId : byCode.get(account.unit.code);
    if (!orgUnitId) throw new Error(`演示账户 ${account.username} 的单位不存在`);
    return {
      username: account.username,
      displayName: account.displayName,
      role: account.role,
      orgUnitId,
      passwordHash: options.passwordHash,
      mustChangePassword: options.production,
      createdAt: options.now,
      updatedAt: options.now,
      passwordChangedAt: options.now,
    };
  });
  await tx.insert(users).values(rows);
  return rows.length;
}
