import type { Database } from "../db/database.ts";
import type { PasswordHasher } from "../modules/auth/password-hash.ts";
import type { DemoAccount } from "./demo-accounts.ts";
import { seedSyntheticCity } from "./synthetic-city-seed.ts";

export { DEMO_PASSWORD, type DemoAccount } from "./demo-accounts.ts";

/**
 * First start: loads the small `demo` synthetic city (about 150 institutions, a few thousand classes) with
 * the demo accounts; later starts, or a database filled by `npm run seed`, are left alone.
 */
export async function seedDemo(
  database: Database,
  options: { hasher: PasswordHasher; production: boolean; now: Date },
): Promise<{ seeded: boolean; accounts: DemoAccount[] }> {
  const result = await seedSyntheticCity(database, { ...options, scale: "demo" });
  return { seeded: result.seeded, accounts: result.accounts };
}
