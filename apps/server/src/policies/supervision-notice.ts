import type { Actor } from "../http/actor.ts";
import { problems } from "../http/problem.ts";
import { definePolicy } from "./policy.ts";

export interface SupervisionNoticeRecord {
  orgUnitId: string;
  respondedOn: string | null;
}

const leaderOnly = (actor: Actor) =>
  actor.role === "city_leader" ? true : () => problems.forbidden("只有市局领导可以批示或催办督办单。");

/** 督办单: leaders write a 批示 and urge the unit while it is unanswered; the unit answers. */
export const supervisionNoticePolicy = definePolicy<SupervisionNoticeRecord, "instruct" | "respond">({
  instruct: (actor, n) => {
    const role = leaderOnly(actor);
    if (role !== true) return role;
    return n.respondedOn === null ? true : () => problems.conflict("该督办单已回复，无需批示或催办。");
  },
  respond: (actor, n) =>
    n.orgUnitId !== actor.orgUnitId
      ? () => problems.forbidden("只有被督办单位可以回复督办单。")
      : n.respondedOn === null
        ? true
        : () => problems.conflict("该督办单已回复。"),
});
