import type { Actor } from "../http/actor.ts";
import { problems } from "../http/problem.ts";
import { definePolicy, type Verdict } from "./policy.ts";

/** What the policy needs of a complaint (举报/信访). */
export interface ComplaintRecord {
  assigneeId: string | null;
}

/** Complaints are handled by the 督导室: 督学 read and handle; leaders read. Schools and districts never see them. */
function read(actor: Actor): Verdict {
  return actor.role === "inspector" || actor.role === "city_leader" || actor.role === "sys_admin"
    ? true
    : () => problems.notFound("举报");
}

export const complaintPolicy = definePolicy<ComplaintRecord, "read" | "handle" | "readContact">({
  read: (actor) => read(actor),
  handle: (actor, c) =>
    actor.role !== "inspector"
      ? () => problems.forbidden("只有督学可以受理和办理举报。")
      : c.assigneeId === null || c.assigneeId === actor.userId
        ? true
        : () => problems.forbidden("该举报已交由其他督学办理。"),
  /** The complainant's full phone: only the assigned 督学, who must call back (audited). */
  readContact: (actor, c) =>
    actor.role === "inspector" && c.assigneeId === actor.userId
      ? true
      : () => problems.forbidden("只有承办督学可以查看举报人完整联系方式。"),
});
