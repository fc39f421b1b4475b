import { can, type Permission } from "@edubureau/domain";
import type { Actor } from "../http/actor.ts";
import { problems } from "../http/problem.ts";
import type { Verdict } from "./policy.ts";

/**
 * A rule that only asks the actor's role: allowed with any one of the permissions, else 403 with the
 * given reason. The record's org scope is decided by the rule that receives it, or in SQL for lists.
 */
export function roleRule(permissions: Permission | readonly Permission[], detail?: string) {
  const any = typeof permissions === "string" ? [permissions] : permissions;
  return (actor: Actor): Verdict =>
    any.some((permission) => can(actor.role, permission)) ? true : () => problems.forbidden(detail);
}
