import { maskIdNumber, maskMobile, maskName } from "@edubureau/domain/identity";
import {
  CASE_STATUS_LABELS,
  isOpen,
  readTimeLimit,
  whoHolds,
  type FormField,
} from "@edubureau/domain/services-hall";
import type { Actor } from "../../http/actor.ts";
import { serviceCasePolicy, type ServiceCaseRecord } from "../../policies/service-case.ts";
import type { CaseRow } from "./service-cases.queries.ts";
import type { RatingRow } from "./service-ratings.queries.ts";

export function caseRecord(c: CaseRow, rating: RatingRow | null): ServiceCaseRecord {
  return {
    applicantId: c.applicantId,
    handlingUnitId: c.handlingUnitId,
    handlingUnitPath: c.handlingUnitPath,
    status: c.status,
    stepIndex: c.stepIndex,
    steps: c.steps,
    rated: rating !== null,
    badRatingOpen: rating !== null && rating.followUpDue !== null && rating.followUpAnswer === null,
  };
}

/** Personal fields are masked for everyone but the applicant. */
function shownForm(form: Record<string, string>, fields: readonly FormField[] | null, mine: boolean) {
  if (mine) return form;
  const kindOf = new Map((fields ?? []).map((f) => [f.key, f.kind]));
  return Object.fromEntries(
    Object.entries(form).map(([key, value]) => {
      const kind = kindOf.get(key);
      if (kind === "idNumber") return [key, maskIdNumber(value)];
      if (kind === "phone") return [key, maskMobile(value)];
      return [key, value];
    }),
  );
}

export function timeLimitOf(c: CaseRow, today: string) {
  if (c.acceptedOn === null) return null;
  const reading = readTimeLimit({
    acceptedOn: c.acceptedOn,
    limitDays: c.limitDays,
    today: c.concludedOn ?? today,
  });
  return isOpen(c.status) || c.concludedOn !== null ? reading : null;
}

/** A case as a list row: where it is, who holds it, its clock. */
export function caseSummary(c: CaseRow, actor: Actor, today: string) {
  const mine = c.applicantId === actor.userId;
  return {
    id: c.id,
    caseNo: c.caseNo,
    itemId: c.itemId,
    itemName: c.itemName,
    applicantName: mine ? c.applicantName : maskName(c.applicantName),
    handlingUnitName: c.handlingUnitName,
    status: c.status,
    statusLabel: CASE_STATUS_LABELS[c.status],
    outcome: c.outcome,
    holder: whoHolds(c, c.steps, c.handlingUnitName),
    stepName: c.status === "reviewing" ? (c.steps[c.stepIndex]?.name ?? null) : null,
    submittedOn: c.submittedOn,
    acceptedOn: c.acceptedOn,
    concludedOn: c.concludedOn,
    deadline: c.deadline,
    limitDays: c.limitDays,
    legalDays: c.legalDays,
    timeLimit: timeLimitOf(c, today),
    escalated: c.escalatedAt !== null,
  };
}

export function caseDetail(
  c: CaseRow,
  extra: {
    actor: Actor;
    today: string;
    fields: readonly FormField[] | null;
    /** Material names by code (the item's and its situations'). */
    materialNames: ReadonlyMap<string, string>;
    rating: RatingRow | null;
    events: { action: string; note: string; actorName: string | null; at: Date; workingDays: number }[];
    materials: { id: string; materialCode: string | null; fileName: string; size: number }[];
  },
) {
  const mine = c.applicantId === extra.actor.userId;
  const record = caseRecord(c, extra.rating);
  const seesMaterials = serviceCasePolicy.allow(extra.actor, "readMaterials", record);
  return {
    ...caseSummary(c, extra.actor, extra.today),
    situationCode: c.situationCode,
    form: shownForm(c.form, extra.fields, mine),
    formLabelled: Object.entries(shownForm(c.form, extra.fields, mine)).map(([key, value]) => ({
      label: extra.fields?.find((f) => f.key === key)?.label ?? key,
      value,
    })),
    correctionItems: c.correctionItems,
    reason: c.reason,
    steps: c.steps.map((s) => s.name),
    stepIndex: c.stepIndex,
    hasResult: c.status === "delivered" && c.verificationCode !== null,
    /** The result's code, for the applicant and the handling unit (the public page checks it). */
    verificationCode: seesMaterials && c.status === "delivered" ? c.verificationCode : null,
    events: extra.events.map((e) => ({ ...e, at: new Date(e.at).toISOString() })),
    materials: seesMaterials
      ? extra.materials.map((m) => ({
          id: m.id,
          code: m.materialCode,
          name: (m.materialCode && extra.materialNames.get(m.materialCode)) || m.fileName,
          fileName: m.fileName,
          size: m.size,
        }))
      : [],
    rating: extra.rating
      ? {
          rating: extra.rating.rating,
          comment: extra.rating.comment,
          followUpDue: extra.rating.followUpDue,
          followUpAnswer: extra.rating.followUpAnswer,
        }
      : null,
    abilities: serviceCasePolicy.abilities(extra.actor, record),
  };
}
