import { describe, expect, it } from "vitest";
import { checkPassword } from "./password-policy.ts";
import { afterFailedLogin, isLocked, isSessionIdle, LOCKOUT_MS, SESSION_IDLE_MS } from "./login-lockout.ts";
import { can, canAssignRole } from "./permissions.ts";
import { hasCityWideScope } from "./roles.ts";

describe("password policy", () => {
  it.each([
    ["Ab1!", false],
    ["abcdefgh", false],
    ["abcdefg1", false],
    ["abcdefG1", true],
    ["abcdef1!", true],
    ["ABCDEFG!", false],
    ["Abcdefg!", true],
  ])("%s → %s", (password, ok) => {
    expect(checkPassword(password).ok).toBe(ok);
  });

  it("explains the rule in Chinese", () => {
    const result = checkPassword("short");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain("8");
  });
});

describe("login lockout", () => {
  const now = new Date("2019-03-01T08:00:00Z");

  it("locks on the fifth failure, not the fourth", () => {
    let state = { failedLogins: 0, lockedUntil: null as Date | null };
    for (let i = 0; i < 4; i++) state = afterFailedLogin(state, now);
    expect(isLocked(state, now)).toBe(false);
    state = afterFailedLogin(state, now);
    expect(isLocked(state, now)).toBe(true);
    expect(isLocked(state, new Date(now.getTime() + LOCKOUT_MS - 1))).toBe(true);
    expect(isLocked(state, new Date(now.getTime() + LOCKOUT_MS))).toBe(false);
  });

  it("ends a session idle for more than 30 minutes", () => {
    expect(isSessionIdle(now, new Date(now.getTime() + SESSION_IDLE_MS))).toBe(false);
    expect(isSessionIdle(now, new Date(now.getTime() + SESSION_IDLE_MS + 1))).toBe(true);
  });
});

describe("roles and permissions", () => {
  it("gives leaders and divisions a city-wide scope but not districts", () => {
    expect(hasCityWideScope("city_leader")).toBe(true);
    expect(hasCityWideScope("city_division")).toBe(true);
    expect(hasCityWideScope("district")).toBe(false);
    expect(hasCityWideScope("school")).toBe(false);
  });

  it("lets only admins read the audit log", () => {
    expect(can("sys_admin", "audit.read")).toBe(true);
    expect(can("city_leader", "audit.read")).toBe(false);
  });

  it("keeps a district from creating city-level accounts", () => {
    expect(canAssignRole("district", "school")).toBe(true);
    expect(canAssignRole("district", "sys_admin")).toBe(false);
    expect(canAssignRole("district", "city_leader")).toBe(false);
  });
});

describe("password containing the username", () => {
  it("is refused whatever the case; short names are not looked for", () => {
    expect(checkPassword("Xfurong#2019", { username: "furong" })).toEqual({
      ok: false,
      message: "密码不能包含用户名",
    });
    expect(checkPassword("FuRong#2019x", { username: "furong" }).ok).toBe(false);
    expect(checkPassword("Ab#2019xyz", { username: "ab" }).ok).toBe(true);
  });
});
