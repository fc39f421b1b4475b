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

/**
 * A school's own safety records — the 三防 facility register, self-inspections, drills, safety lessons — and
 * the district's: spot checks and the upgrade programme. Read: within scope. Self records: the school itself
 * or its district. Spot checks and the upgrade programme: the district over the school or a city division.
 */
const read = readInScope("学校安全记录");

export const safetySchoolRecordPolicy = definePolicy<ScopedRecord, "read" | "record" | "supervise">({
  read,
  record: (actor: Actor, r) =>
    firstDenial(
      () => read(actor, r),
      () =>
        isOwnSchool(actor, r) || isSupervisingDistrict(actor, r)
          ? true
          : () => problems.forbidden("只有本校或所属区县教育局可以填报该校的安全记录。"),
    ),
  supervise: (actor: Actor, r) =>
    firstDenial(
      () => read(actor, r),
      () =>
        isSupervisingDistrict(actor, r) || isCityDivision(actor)
          ? true
          : () => problems.forbidden("只有所属区县教育局或市局处室可以抽查或安排三防升级。"),
    ),
});
