import { isWithin } from "@edubureau/domain";
import { problems } from "../http/problem.ts";
import { definePolicy, firstDenial } from "./policy.ts";
import { roleRule } from "./role.ts";

/** Teacher training (教师培训) as a whole: who creates programmes, enrols teachers and reviews outside hours. */
export const trainingPolicy = definePolicy<void, "manageProgrammes" | "enrol" | "reviewCredits">({
  /** Create programmes, and manage those it organises (the scope: programmePolicy). */
  manageProgrammes: roleRule("training.manage"),
  /** Schools enrol and report their own teachers; the organiser's division or district manages. */
  enrol: roleRule(["teachers.write", "training.manage"]),
  /** Outside hours teachers submit, approved by their school (or district). */
  reviewCredits: roleRule("teachers.write"),
});

/** What the policy needs of a training programme: where its organiser sits in the org tree. */
export interface ProgrammeRecord {
  organiserPath: string;
}

/** Managing a programme (quotas, completions): training.manage and the organiser inside the account's scope. */
export const programmePolicy = definePolicy<ProgrammeRecord, "manage">({
  manage: (actor, programme) =>
    firstDenial(
      () => roleRule("training.manage")(actor),
      () =>
        isWithin(programme.organiserPath, actor.scopePath)
          ? true
          : () => problems.forbidden("只有主办单位可以管理该培训项目。"),
    ),
});
