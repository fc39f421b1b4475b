import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import { checkPassword } from "@edubureau/domain";
import { desc, eq } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { problems } from "../../http/problem.ts";
import { passwordHistory, users } from "./users.tables.ts";

/** A new password may not be any of the last five (等保 2.0: 口令定期更换且不得重复使用). */
export const PASSWORD_HISTORY = 5;
/** zxcvbn scores 0–4; 0 and 1 are common or guessable within about a million tries. */
const MIN_STRENGTH = 2;

const strength = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...en.dictionary },
  graphs: common.adjacencyGraphs,
  translations: en.translations,
});

/** The policy, the username rule and the strength estimate, as a 400 naming the field. */
export function assertAcceptablePassword(
  password: string,
  account: { username: string; displayName?: string },
  field: string,
): void {
  const policy = checkPassword(password, account);
  if (!policy.ok) throw problems.field(field, policy.message);
  const inputs = [account.username, account.displayName ?? "", "edubureau", "changsha", "jiaoyuju"];
  if (strength.check(password, inputs).score < MIN_STRENGTH) {
    throw problems.field(
      field,
      "密码过于常见或容易被猜到（如 Password1!、Qwerty123!），请换一个更难猜的密码",
    );
  }
}

/** Refuses the current password and the last five; `currentHash` is the one being replaced. */
export async function assertNotReused(options: {
  db: Db;
  hasher: { verify(hashed: string, password: string): Promise<boolean> };
  userId: string;
  currentHash: string;
  password: string;
  field: string;
}): Promise<void> {
  const earlier = await options.db
    .select({ hash: passwordHistory.passwordHash })
    .from(passwordHistory)
    .where(eq(passwordHistory.userId, options.userId))
    .orderBy(desc(passwordHistory.createdAt))
    .limit(PASSWORD_HISTORY - 1);
  for (const hash of [options.currentHash, ...earlier.map((row) => row.hash)]) {
    if (await options.hasher.verify(hash, options.password)) {
      throw problems.field(options.field, `新密码不能与最近 ${PASSWORD_HISTORY} 次使用过的密码相同`);
    }
  }
}

/** Keeps the replaced password's hash, in the caller's transaction. */
export async function rememberPassword(
  tx: Db,
  userId: string,
  passwordHash: string,
  at: Date,
): Promise<void> {
  await tx.insert(passwordHistory).values({ userId, passwordHash, createdAt: at });
}

export async function currentPasswordHash(db: Db, userId: string): Promise<string | undefined> {
  const rows = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId)).limit(1);
  return rows[0]?.hash;
}
