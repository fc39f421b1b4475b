import { can, isWithin } from "@edubureau/domain";
import { problems } from "../http/problem.ts";
import { definePolicy, firstDenial } from "./policy.ts";

/** What the policy needs of a catalogue item (事项). */
export interface ServiceItemRecord {
  ownerUnitPath: string;
}

/** The bureau's divisions keep the city catalogue; a district bureau keeps the items it owns. */
export const serviceItemPolicy = definePolicy<ServiceItemRecord, "manage">({
  manage: (actor, item) =>
    firstDenial(
      () => (can(actor.role, "services.manage") ? true : () => problems.forbidden("您无权维护事项清单。")),
      () =>
        isWithin(item.ownerUnitPath, actor.scopePath)
          ? true
          : () => problems.forbidden("该事项不属于本单位管理的事项清单。"),
    ),
});
