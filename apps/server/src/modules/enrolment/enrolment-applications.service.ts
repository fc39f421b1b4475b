import { and, eq } from "drizzle-orm";
import { mobileProblem } from "@edubureau/domain";
import { maskBirthDate, maskIdNumber, maskMobile } from "@edubureau/domain/identity";
import {
  applicantNumbers,
  applicationNumber,
  checkApplication,
  type ChildInput,
  type HouseholdKind,
  type ResidenceKind,
} from "@edubureau/domain/enrolment";
import { mayApplyAgain, openPlaces } from "@edubureau/domain/lottery";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { problems } from "../../http/problem.ts";
import { recordAudit, whoOf, type AuditEventOf } from "../audit/audit.service.ts";
import * as orgQ from "../org-units/org-units.queries.ts";
import { getRound, requireWindow } from "./enrolment-common.ts";
import * as aq from "./enrolment-applications.queries.ts";
import * as dq from "./enrolment-draws.queries.ts";
import { loadLedger, placementOf, recordLedger } from "./enrolment-results.ts";
import * as rq from "./enrolment-rounds.queries.ts";
import { enrolmentApplications } from "./enrolment.tables.ts";

export interface ApplyInput {
  roundId: string;
  districtId: string;
  household: HouseholdKind;
  residence: ResidenceKind;
  children: ChildInput[];
  choices: string[];
  guardian?: { name: string; relation: string; phone: string; address: string } | undefined;
  pledged?: true | undefined;
}

/** What the audit log keeps of an application: no full ID number. */
export function applicationSnapshot(app: aq.ApplicationWithChildren) {
  return {
    number: app.number,
    status: app.status,
    district: app.districtName,
    choices: app.choices,
    secondChoices: app.secondChoices,
    returnReason: app.returnReason,
    children: app.children.map((c) => ({
      number: c.number,
      name: c.name,
      idNumber: maskIdNumber(c.residentId),
    })),
  };
}

export async function lotterySchoolCodes(db: Db, roundId: string): Promise<Set<string>> {
  return new Set((await rq.listPlans(db, roundId)).filter((p) => p.inLottery).map((p) => p.code));
}

/** A parent's applications: apply, withdraw, second-round choices, give up a place. */
export function createEnrolmentApplicationsService(ctx: AppContext) {
  const { db } = ctx.database;
  const { clock } = ctx;

  async function getOwn(actor: Actor, id: string, tx: Db = db): Promise<aq.ApplicationWithChildren> {
    const app = await aq.findApplication(tx, and(aq.byId(id), aq.ofParent(actor.userId)) ?? aq.byId(id));
    if (!app) throw problems.notFound("入学申请");
    return app;
  }

  async function withPlacement(app: aq.ApplicationWithChildren, tx: Db = db) {
    const state = await loadLedger(tx, app.roundId);
    return {
      ...view(app, { ownGuardian: true }),
      children: app.children.map((c) => ({ ...childView(c), placement: placementOf(state, c.number) })),
    };
  }

  async function audited(
    actor: Actor,
    tx: Db,
    event: AuditEventOf<"ENROLMENT_">,
    before: aq.ApplicationWithChildren | null,
    id: string,
  ) {
    const after = await getOwn(actor, id, tx);
    await recordAudit(
      tx,
      whoOf(actor),
      {
        event,
        entityId: id,
        before: before ? applicationSnapshot(before) : null,
        after: applicationSnapshot(after),
      },
      clock.now(),
    );
    return after;
  }

  return {
    async mine(actor: Actor) {
      const apps = await aq.listApplications(db, aq.ofParent(actor.userId));
      return Promise.all(apps.map((app) => withPlacement(app)));
    },

    async get(actor: Actor, id: string) {
      return withPlacement(await getOwn(actor, id));
    },

    async apply(actor: Actor, input: ApplyInput) {
      return db.transaction(async (tx) => {
        const round = await getRound(tx, input.roundId, true);
        requireWindow(clock, round, "application");
        const district = await orgQ.findById(tx, input.districtId);
        if (district?.kind !== "district") throw problems.field("districtId", "请选择户籍所在区县");
        const checked = checkApplication({
          stage: round.stage,
          year: round.year,
          maxChoices: round.maxChoices,
          roundSchools: await lotterySchoolCodes(tx, round.id),
          children: input.children,
          choices: input.choices,
          today: clock.now(),
        });
        if (!checked.ok) throw problems.field(checked.field, checked.message);
        const existing = await aq.activeApplicants(
          tx,
          round.id,
          checked.value.map((c) => c.residentId),
        );
        if (existing.length > 0) {
          const index = checked.value.findIndex((c) => c.residentId === existing[0]?.residentId);
          const message = `证件号码 ${maskIdNumber(existing[0]?.residentId ?? "")} 的孩子已有本轮报名（报名号 ${existing[0]?.number.split("-")[0]}），每个孩子每轮只能报名一次`;
          throw problems.conflict(message, [{ field: `children.${index}.idNumber`, message }]);
        }
        const guardianPhone = input.guardian?.phone;
        const badPhone = guardianPhone === undefined ? null : mobileProblem(guardianPhone);
        if (badPhone !== null) throw problems.field("guardian.phone", badPhone);
        const number = applicationNumber(round.year, round.stage, await rq.takeNumber(tx, round.id));
        const now = clock.now();
        const id = await aq.insertApplication(tx, {
          roundId: round.id,
          number,
          parentId: actor.userId,
          districtId: input.districtId,
          household: input.household,
          residence: input.residence,
          choices: input.choices,
          status: "submitted",
          guardianName: input.guardian?.name ?? null,
          guardianRelation: input.guardian?.relation ?? null,
          guardianPhone: input.guardian?.phone ?? null,
          homeAddress: input.guardian?.address ?? null,
          pledgedAt: input.pledged ? now : null,
          createdAt: now,
          updatedAt: now,
        });
        const numbers = applicantNumbers(number, checked.value.length);
        await aq.insertApplicants(
          tx,
          checked.value.map((child, i) => ({
            number: numbers[i] ?? number,
            applicationId: id,
            roundId: round.id,
            name: child.name,
            sex: child.sex,
            birthDate: child.birthDate,
            idNumber: child.idNumber.trim().toUpperCase(),
            residentId: child.residentId,
          })),
        );
        return withPlacement(await audited(actor, tx, "ENROLMENT_APPLICATION_CREATED", null, id), tx);
      });
    },

    async withdraw(actor: Actor, id: string) {
      return db.transaction(async (tx) => {
        const before = await getOwn(actor, id, tx);
        if (before.status === "withdrawn") throw problems.conflict(`报名号 ${before.number} 已撤回`);
        requireWindow(clock, await getRound(tx, before.roundId, true), "application");
        await aq.updateApplication(tx, id, { status: "withdrawn", updatedAt: clock.now() });
        await aq.deactivateApplicants(tx, id);
        return withPlacement(await audited(actor, tx, "ENROLMENT_APPLICATION_WITHDRAWN", before, id), tx);
      });
    },

    /** 第二轮志愿: applicants placed nowhere in the first round choose among schools with places left. */
    async chooseSecondRound(actor: Actor, id: string, choices: string[]) {
      return db.transaction(async (tx) => {
        const before = await getOwn(actor, id, tx);
        const round = await getRound(tx, before.roundId, true);
        requireWindow(clock, round, "secondRound");
        if (before.status !== "approved") throw problems.conflict("只有审核通过的报名才能填报第二轮志愿");
        if (await dq.currentDraw(tx, round.id, 2))
          throw problems.conflict("第二轮名单已冻结，不能再填报志愿");
        const { phases, ledger } = await loadLedger(tx, round.id);
        if (!phases.some((p) => p.draw.phase === 1)) throw problems.conflict("第一轮派位结果尚未公布");
        if (!before.children.every((c) => mayApplyAgain(ledger, c.number)))
          throw problems.conflict(`报名号 ${before.number} 已录取或已放弃，不参加第二轮`);
        const open = new Set(openPlaces(ledger).map((s) => s.code));
        if (choices.length === 0) throw problems.field("choices", "请至少填报一个志愿学校");
        if (choices.length > round.maxChoices)
          throw problems.field("choices", `本轮最多填报${round.maxChoices}个志愿`);
        for (const [i, code] of choices.entries()) {
          if (!open.has(code))
            throw problems.field(`choices.${i}`, `第${i + 1}志愿的学校（${code}）已无剩余名额或不在本轮`);
          if (choices.indexOf(code) !== i)
            throw problems.field(`choices.${i}`, `第${i + 1}志愿与前面的志愿重复`);
        }
        await tx
          .update(enrolmentApplications)
          .set({ secondChoices: choices, updatedAt: clock.now() })
          .where(eq(enrolmentApplications.id, id));
        return withPlacement(await audited(actor, tx, "ENROLMENT_SECOND_CHOICES_SET", before, id), tx);
      });
    },

    /** 放弃录取: the family gives up the place; it passes down the school's waiting list. */
    async decline(actor: Actor, id: string) {
      return db.transaction(async (tx) => {
        const before = await getOwn(actor, id, tx);
        const round = await getRound(tx, before.roundId, true);
        requireWindow(clock, round, "admission");
        const frozen = await dq.currentDraw(tx, round.id, 2);
        if (frozen?.status === "frozen")
          throw problems.conflict("第二轮名单已冻结、尚未派位，此时不能放弃录取；请在第二轮结果公布后办理");
        const { ledger } = await loadLedger(tx, round.id);
        const held = before.children.filter((c) => ledger.holder.has(c.number));
        if (held.length === 0) throw problems.conflict(`报名号 ${before.number} 没有可放弃的录取名额`);
        const from = ledger.events.length;
        const at = clock.now();
        for (const child of held) {
          const problem = ledger.decline(child.number, at.toISOString());
          if (problem !== null) throw problems.conflict(problem);
        }
        await recordLedger(tx, round.id, ledger, from, at);
        return withPlacement(await audited(actor, tx, "ENROLMENT_PLACE_DECLINED", before, id), tx);
      });
    },
  };
}

export function view(app: aq.ApplicationWithChildren, options: { ownGuardian?: boolean } = {}) {
  return {
    id: app.id,
    roundId: app.roundId,
    number: app.number,
    district: { id: app.districtId, name: app.districtName },
    household: app.household,
    residence: app.residence,
    choices: app.choices,
    secondChoices: app.secondChoices,
    status: app.status,
    returnReason: app.returnReason,
    reviewedAt: app.reviewedAt,
    createdAt: app.createdAt,
    guardian:
      app.guardianName === null
        ? null
        : {
            name: app.guardianName,
            relation: app.guardianRelation ?? "other",
            // The parent's own number in full on their page; masked in the district's review list.
            phone: options.ownGuardian ? (app.guardianPhone ?? "") : maskMobile(app.guardianPhone ?? ""),
            address: app.homeAddress ?? "",
          },
    pledgedAt: app.pledgedAt,
  };
}

/** A parent sees their own child's ID number masked too, and the birth year only: the page never needs them in full. */
export function childView(child: aq.ApplicationWithChildren["children"][number]) {
  return {
    number: child.number,
    name: child.name,
    sex: child.sex,
    birthDate: maskBirthDate(child.birthDate),
    idNumber: maskIdNumber(child.idNumber.startsWith("G") ? child.idNumber.slice(1) : child.idNumber),
  };
}

export type EnrolmentApplicationsService = ReturnType<typeof createEnrolmentApplicationsService>;
