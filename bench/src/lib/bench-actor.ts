import type { Role } from "@edubureau/domain";
import type { Actor } from "@edubureau/server/http/actor";

/** A unit as the suites read it from the seeded data. */
export interface BenchUnit {
  id: string;
  path: string;
  code?: string;
  name?: string;
}

/**
 * The account a suite acts as when it calls a service directly, as a signed-in `role` of `unit` would
 * (scope from the unit's path; no session behind it).
 */
export function benchActor(
  role: Role,
  unit: BenchUnit,
  userId = "00000000-0000-4000-8000-000000000000",
): Actor {
  return {
    userId,
    username: "bench",
    displayName: "基准测试",
    role,
    orgUnitId: unit.id,
    orgUnitPath: unit.path,
    orgUnit: {
      id: unit.id,
      code: unit.code ?? "bench",
      name: unit.name ?? "基准测试单位",
      kind: role === "district" ? "district" : "city",
    },
    scopePath: unit.path,
    sessionId: "bench",
    csrfToken: "bench",
    mustChangePassword: false,
    ip: "127.0.0.1",
  };
}
