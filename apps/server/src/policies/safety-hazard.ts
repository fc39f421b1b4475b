import type { HazardStatus } from "@edubureau/domain/campus-safety";
import type { Actor } from "../http/actor.ts";
import { problems } from "../http/problem.ts";
import {
  isCityDivision,
  isOwnSchool,
  isSupervisingDistrict,
  readInScope,
  type ScopedRecord,
} from "./campus-safety-scope.ts";
import { definePolicy, firstDenial } from "./policy.ts";

export interface HazardRecord extends ScopedRecord {
  status: HazardStatus;
}

const read = readInScope("隐患");

/**
 * 隐患: the school (on itself), its district or a city division reports; the school or its district assigns
 * and rectifies; only the district or a city division verifies, rejects and closes (销号) — a school does not
 * sign off its own hazard. The life-cycle steps themselves are checked by the domain (`hazardTransition`).
 */
export const safetyHazardPolicy = definePolicy<HazardRecord, "read" | "report" | "rectify" | "verify">({
  read,
  report: (actor: Actor, r) =>
    firstDenial(
      () => read(actor, r),
      () =>
        isOwnSchool(actor, r) || isSupervisingDistrict(actor, r) || isCityDivision(actor)
          ? true
          : () => problems.forbidden("只有本校、所属区县教育局或市局处室可以登记该校的隐患。"),
    ),
  rectify: (actor: Actor, r) =>
    firstDenial(
      () => read(actor, r),
      () =>
        isOwnSchool(actor, r) || isSupervisingDistrict(actor, r)
          ? true
          : () => problems.forbidden("只有本校或所属区县教育局可以交办、整改隐患。"),
    ),
  verify: (actor: Actor, r) =>
    firstDenial(
      () => read(actor, r),
      () =>
        isSupervisingDistrict(actor, r) || isCityDivision(actor)
          ? true
          : () => problems.forbidden("隐患须由所属区县教育局或市局处室验收、销号。"),
    ),
});
