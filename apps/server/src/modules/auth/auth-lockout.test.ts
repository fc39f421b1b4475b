import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCKOUT_MS, MAX_FAILED_LOGINS } from "@edubureau/domain";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { storedPasswordHash, TEST_PASSWORD } from "../../test/test-world.ts";
import { createPasswordHasher, TEST_HASH_PARAMS, type PasswordHasher } from "./password-hash.ts";

/** Counts the verifications made against each stored hash (the dummy hash of unknown names included). */
function countingHasher(): PasswordHasher & { verified: Map<string, number> } {
  const inner = createPasswordHasher(TEST_HASH_PARAMS);
  const verified = new Map<string, number>();
  return {
    verified,
    hash: (password) => inner.hash(password),
    verify: async (hashed, password) => {
      verified.set(hashed, (verified.get(hashed) ?? 0) + 1);
      return inner.verify(hashed, password);
    },
  };
}

let t: TestApp;
const hasher = countingHasher();
beforeAll(async () => {
  t = await createTestApp({}, { passwordHasher: hasher });
});
afterAll(async () => t.close());

const login = (username: string, password: string) =>
  t.app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password } });

const storedHashOf = (username: string) => storedPasswordHash(t.database.db, username);

describe("lockout under concurrent attempts", () => {
  it("verifies at most five of 50 concurrent wrong passwords and then holds against the right one", async () => {
    const stored = await storedHashOf("districtB");
    const before = hasher.verified.get(stored) ?? 0;
    const answers = await Promise.all(Array.from({ length: 50 }, () => login("districtB", "Wrong-pass1")));
    expect(answers.every((r) => r.statusCode === 401)).toBe(true);
    expect((hasher.verified.get(stored) ?? 0) - before).toBeLessThanOrEqual(MAX_FAILED_LOGINS);

    // The right password neither signs in nor resets the counter while the lock holds.
    expect((await login("districtB", TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login("districtB", TEST_PASSWORD)).statusCode).toBe(401);
    t.clock.advance(LOCKOUT_MS - 1000);
    expect((await login("districtB", TEST_PASSWORD)).statusCode).toBe(401);
    t.clock.advance(1000);
    expect((await login("districtB", TEST_PASSWORD)).statusCode).toBe(200);
  });
});

describe("account state stays hidden until the password is verified", () => {
  it("answers a disabled account like a wrong password, and names the state to its owner", async () => {
    const admin = await t.login("admin");
    expect((await admin.patch(`/api/users/${t.world.userIds.schoolA}`, { disabled: true })).statusCode).toBe(
      200,
    );
    const unknown = await login("nobody-here", "Wrong-pass1");
    const wrong = await login("schoolA", "Wrong-pass1");
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json<{ detail: string }>().detail).toBe(unknown.json<{ detail: string }>().detail);
    const right = await login("schoolA", TEST_PASSWORD);
    expect(right.statusCode).toBe(403);
    expect(right.json<{ title: string }>().title).toBe("账户已停用");
  });

  it("answers a locked account like a wrong password", async () => {
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await login("teacherA", "Wrong-pass1");
    const locked = await login("teacherA", "Wrong-pass1");
    const unknown = await login("nobody-here", "Wrong-pass1");
    expect(locked.statusCode).toBe(401);
    expect(locked.json<{ title: string; detail: string }>()).toEqual(
      unknown.json<{ title: string; detail: string }>(),
    );
  });
});
