import { describe, expect, it } from "vitest";
import { can, ROLES, type Permission, type Role } from "@edubureau/domain";
import {
  APPROVAL_STATUSES,
  approvalLevelOf,
  checkApprovalAction,
  isLocked,
  type ApprovalAction,
} from "@edubureau/domain/indicators";
import type { Actor } from "../http/actor.ts";
import { AppError } from "../http/problem.ts";
import { dataFormPolicy, dataStepPolicy } from "./data-form.ts";
import { honoursPolicy } from "./honours.ts";
import {
  constructionProjectPolicy,
  designationPolicy,
  institutionPolicy,
  orgUnitPolicy,
  schoolClassPolicy,
} from "./registry.ts";
import { enrolmentApplicationPolicy, studentPolicy } from "./student.ts";
import { ethicsRecordPolicy, registrationPolicy, ruralRecognitionPolicy, teacherPolicy } from "./teacher.ts";
import { programmePolicy, trainingPolicy } from "./training.ts";
import { workPlanPolicy } from "./work-plan.ts";

const actor = (role: Role, scopePath = "/city/a/"): Actor => ({
  userId: "u",
  username: "u",
  displayName: "u",
  role,
  orgUnitId: "a",
  orgUnitPath: scopePath,
  orgUnit: { id: "a", code: "u", name: "u", kind: "district" },
  scopePath,
  sessionId: "s",
  csrfToken: "c",
  mustChangePassword: false,
  ip: "127.0.0.1",
});

function denial(run: () => void): { status: number; detail: string | undefined } {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return { status: error.status, detail: error.detail };
    throw error;
  }
  return { status: 200, detail: undefined };
}

/** Each role-only rule, with the permission (any of them) the services used to check with can(). */
const ROLE_RULES: [string, (a: Actor) => boolean, Permission[]][] = [
  ["teacher read", (a) => teacherPolicy.allow(a, "read"), ["teachers.read"]],
  ["work plan read", (a) => workPlanPolicy.allow(a, "read"), ["plan.read"]],
  ["teacher write", (a) => teacherPolicy.allow(a, "write"), ["teachers.write"]],
  ["teacher identity", (a) => teacherPolicy.allow(a, "readIdentity"), ["teachers.personal"]],
  ["rural apply", (a) => ruralRecognitionPolicy.allow(a, "apply"), ["teachers.write"]],
  ["rural certify", (a) => ruralRecognitionPolicy.allow(a, "certify"), ["ruralExperience.certify"]],
  ["registration confirm", (a) => registrationPolicy.allow(a, "confirm"), ["registration.confirm"]],
  ["ethics read", (a) => ethicsRecordPolicy.allow(a, "read"), ["ethics.read"]],
  ["ethics create", (a) => ethicsRecordPolicy.allow(a, "create"), ["ethics.write"]],
  ["programmes", (a) => trainingPolicy.allow(a, "manageProgrammes"), ["training.manage"]],
  ["enrol", (a) => trainingPolicy.allow(a, "enrol"), ["teachers.write", "training.manage"]],
  ["credits", (a) => trainingPolicy.allow(a, "reviewCredits"), ["teachers.write"]],
  ["honours", (a) => honoursPolicy.allow(a, "manage"), ["honours.manage"]],
  ["nominate", (a) => honoursPolicy.allow(a, "nominate"), ["honours.manage", "teachers.write"]],
  ["intake", (a) => honoursPolicy.allow(a, "setIntake"), ["training.manage"]],
  ["registry read", (a) => institutionPolicy.allow(a, "read"), ["registry.read"]],
  ["institutions", (a) => institutionPolicy.allow(a, "write"), ["institutions.write"]],
  ["classes", (a) => schoolClassPolicy.allow(a, "write"), ["classes.write"]],
  ["designations", (a) => designationPolicy.allow(a, "write"), ["designations.write"]],
  ["projects", (a) => constructionProjectPolicy.allow(a, "write"), ["projects.write"]],
  ["org units", (a) => orgUnitPolicy.allow(a, "write"), ["orgUnits.write"]],
  ["pupils' personal data", (a) => studentPolicy.allow(a, "readPersonal"), ["students.personal"]],
  ["applicants' ID", (a) => enrolmentApplicationPolicy.allow(a, "readPersonal"), ["students.personal"]],
];

describe("entity policies", () => {
  it.each(ROLE_RULES)("%s: allow exactly the roles the permission table grants", (_, allows, any) => {
    for (const role of ROLES) {
      expect(allows(actor(role)), role).toBe(any.some((p) => can(role, p)));
    }
  });

  it("refuse with the rule's own reason", () => {
    expect(denial(() => teacherPolicy.authorize(actor("public"), "readIdentity"))).toEqual({
      status: 403,
      detail: "您无权查看教师完整个人信息。",
    });
    expect(denial(() => ethicsRecordPolicy.authorize(actor("public"), "read")).detail).toBe(
      "师德记录仅限授权角色查看。",
    );
  });

  it("let only the organiser's scope manage a programme", () => {
    const programme = { organiserPath: "/city/a/" };
    expect(programmePolicy.allow(actor("district", "/city/a/"), "manage", programme)).toBe(true);
    expect(
      denial(() => programmePolicy.authorize(actor("district", "/city/b/"), "manage", programme)),
    ).toEqual({
      status: 403,
      detail: "只有主办单位可以管理该培训项目。",
    });
    expect(programmePolicy.allow(actor("school", "/city/a/"), "manage", programme)).toBe(
      can("school", "training.manage"),
    );
  });

  it("give a data form the buttons the approval life cycle allows the role", () => {
    const actions: ApprovalAction[] = ["submit", "approve", "confirm", "reopen"];
    const permission = {
      submit: "data.submit",
      approve: "data.approve",
      confirm: "data.approve",
      reopen: "data.approve",
    } as const;
    for (const role of ROLES) {
      for (const status of APPROVAL_STATUSES) {
        const level = approvalLevelOf(role);
        const may = (action: ApprovalAction) =>
          level !== null &&
          can(role, permission[action]) &&
          checkApprovalAction({ status, action, level, reason: "-" }).ok;
        expect(dataFormPolicy.abilities(actor(role), { status }), `${role} ${status}`).toEqual({
          edit: can(role, "data.submit") && !isLocked(status),
          submit: may("submit"),
          approve: may("approve"),
          confirm: may("confirm"),
          reopen: may("reopen"),
        });
        for (const action of actions) {
          expect(dataStepPolicy.allow(actor(role), action)).toBe(can(role, permission[action]));
        }
      }
    }
  });
});
