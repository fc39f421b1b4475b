import type { Actor } from "../http/actor.ts";
import { problems } from "../http/problem.ts";
import {
  isCityDivision,
  isSupervisingDistrict,
  readInScope,
  type ScopedRecord,
} from "./campus-safety-scope.ts";
import { definePolicy, firstDenial } from "./policy.ts";

const read = readInScope("舆情事件");

/** 舆情: read within scope; logged and handled by the district over the unit, or a city division. */
export const safetyOpinionPolicy = definePolicy<ScopedRecord, "read" | "handle">({
  read,
  handle: (actor: Actor, r) =>
    firstDenial(
      () => read(actor, r),
      () =>
        isSupervisingDistrict(actor, r) || isCityDivision(actor)
          ? true
          : () => problems.forbidden("舆情事件由区县教育局或市局处室登记和处置。"),
    ),
});
