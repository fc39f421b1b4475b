import type { IncidentStatus } from "@edubureau/domain/campus-safety";
import { incidentTransitionError } from "@edubureau/domain/campus-safety";
import type { Actor } from "../http/actor.ts";
import { problems } from "../http/problem.ts";
import {
  isCityDivision,
  isOwnSchool,
  isSupervisingDistrict,
  readInScope,
  type ScopedRecord,
} from "./campus-safety-scope.ts";
import { definePolicy, firstDenial, type Verdict } from "./policy.ts";

export interface IncidentRecord extends ScopedRecord {
  status: IncidentStatus;
}

const read = readInScope("安全事件");

const step =
  (action: "acknowledge" | "follow_up" | "close") =>
  (r: IncidentRecord): Verdict => {
    const error = incidentTransitionError(r.status, action);
    return error === null ? true : () => problems.conflict(error);
  };

/**
 * 安全事件: the school reports, follows up and closes its own; the district over it (or a city division)
 * acknowledges (签收). Everyone within scope reads.
 */
export const safetyIncidentPolicy = definePolicy<
  IncidentRecord,
  "read" | "acknowledge" | "followUp" | "close"
>({
  read,
  acknowledge: (actor: Actor, r) =>
    firstDenial(
      () => read(actor, r),
      () =>
        isSupervisingDistrict(actor, r) || isCityDivision(actor)
          ? true
          : () => problems.forbidden("只有所属区县教育局或市局处室可以签收安全事件。"),
      () => step("acknowledge")(r),
    ),
  followUp: (actor: Actor, r) =>
    firstDenial(
      () => read(actor, r),
      () => (isOwnSchool(actor, r) ? true : () => problems.forbidden("只有报告学校可以续报。")),
      () => step("follow_up")(r),
    ),
  close: (actor: Actor, r) =>
    firstDenial(
      () => read(actor, r),
      () => (isOwnSchool(actor, r) ? true : () => problems.forbidden("只有报告学校可以提交结案报告。")),
      () => step("close")(r),
    ),
});

/** Only a school account reports incidents, and only on itself. */
export function authorizeIncidentReport(actor: Actor): void {
  if (actor.role !== "school") throw problems.forbidden("安全事件由学校报告；请使用学校账号。");
}
