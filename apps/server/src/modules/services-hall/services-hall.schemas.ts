import { z } from "zod";
import { namedSchema, optionalSortQuery } from "../../http/zod-types.ts";
import { CASE_STATUSES } from "@edubureau/domain/services-hall";

export const idParams = z.object({ id: z.uuid() });
export const materialParams = z.object({ id: z.uuid(), materialId: z.uuid() });
export const codeParams = z.object({ code: z.string().min(1).max(64) });

const formField = z.object({
  key: z.string(),
  label: z.string(),
  kind: z.enum(["text", "idNumber", "phone", "date", "select"]),
  required: z.boolean(),
  options: z.array(z.string()).optional(),
});
const material = z.object({ code: z.string(), name: z.string(), required: z.boolean() });
const situation = z.object({
  code: z.string(),
  name: z.string(),
  conditions: z.string(),
  materials: z.array(material),
});
const depth = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const itemGuide = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  itemType: z.string(),
  ownerUnitName: z.string(),
  handlingLevel: z.enum(["city", "district"]),
  legalBasis: z.string(),
  conditions: z.string(),
  process: z.string(),
  legalDays: z.number(),
  promisedDays: z.number(),
  fee: z.string(),
  location: z.string(),
  phone: z.string(),
  online: z.boolean(),
  onlineDepth: depth,
  steps: z.array(z.string()),
  formFields: z.array(formField),
  materials: z.array(material),
  situations: z.array(situation),
  status: z.enum(["draft", "published", "withdrawn"]),
});
export const itemList = z.object({ items: z.array(itemGuide) });
export const manageItemList = z.object({
  items: z.array(itemGuide.extend({ abilities: z.object({ manage: z.boolean() }) })),
});
export const searchQuery = z.object({ search: z.string().max(50).optional() });
export const checklistQuery = z.object({ situation: z.string().max(50).optional() });
export const checklist = z.object({ materials: z.array(material) });
export const itemUpdate = z.object({
  onlineDepth: depth.optional(),
  promisedDays: z.number().int().min(0).max(365).optional(),
  legalDays: z.number().int().min(0).max(365).optional(),
  fee: z.string().min(1).max(200).optional(),
  location: z.string().min(1).max(200).optional(),
  phone: z.string().min(1).max(100).optional(),
  conditions: z.string().min(1).max(2000).optional(),
});
export const districtList = z.object({ items: z.array(z.object({ id: z.uuid(), name: z.string() })) });

export const uploadedMaterial = z.object({ id: z.uuid(), fileName: z.string(), size: z.number() });

const materialRef = z.object({ code: z.string().min(1).max(50), materialId: z.uuid() });
export const submitBody = z.object({
  itemId: z.uuid(),
  situationCode: z.string().max(50).nullable().optional(),
  districtId: z.uuid().nullable().optional(),
  form: z.record(z.string(), z.string().max(500)),
  materials: z.array(materialRef).max(30),
});

const note = z.string().max(500).optional();
export const actBody = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("accept"), note }),
  z.object({ kind: z.literal("notAccept"), reason: z.string().max(500).optional() }),
  z.object({ kind: z.literal("requestCorrection"), items: z.array(z.string().max(200)).max(30).optional() }),
  z.object({
    kind: z.literal("review"),
    decision: z.enum(["pass", "refuse"]),
    reason: z.string().max(500).optional(),
    note,
  }),
  z.object({ kind: z.literal("deliver"), note }),
]);
export const resubmitBody = z.object({ materials: z.array(materialRef).max(30) });
export const rateBody = z.object({
  rating: z.number().int().min(1).max(5),
  comment: z.string().max(500).optional(),
});
export const answerBody = z.object({ answer: z.string().max(1000) });

/** Columns a case list sorts on. */
export const CASE_SORT_KEYS = ["caseNo", "item", "applicant", "status", "submittedOn", "deadline"] as const;

export const listQuery = z.object({
  mine: z.stringbool().optional(),
  open: z.stringbool().optional(),
  overdue: z.stringbool().optional(),
  status: z.enum(CASE_STATUSES).optional(),
  caseNo: z.string().max(30).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  /** Without a sort: the applicant's newest first, a unit's nearest deadline first. */
  ...optionalSortQuery(CASE_SORT_KEYS),
});

const timeLimit = z
  .object({
    deadline: z.string(),
    usedDays: z.number(),
    remainingDays: z.number(),
    status: z.enum(["normal", "dueSoon", "overdue"]),
  })
  .nullable();

export const caseSummary = z.object({
  id: z.uuid(),
  caseNo: z.string(),
  itemId: z.uuid(),
  itemName: z.string(),
  applicantName: z.string(),
  handlingUnitName: z.string(),
  status: z.enum(CASE_STATUSES),
  statusLabel: z.string(),
  outcome: z.enum(["approved", "refused"]).nullable(),
  holder: z.string(),
  stepName: z.string().nullable(),
  submittedOn: z.string(),
  acceptedOn: z.string().nullable(),
  concludedOn: z.string().nullable(),
  deadline: z.string().nullable(),
  limitDays: z.number(),
  legalDays: z.number(),
  timeLimit,
  escalated: z.boolean(),
});
export const caseList = z.object({ items: z.array(caseSummary), total: z.number() });

export const caseDetail = caseSummary.extend({
  situationCode: z.string().nullable(),
  form: z.record(z.string(), z.string()),
  formLabelled: z.array(z.object({ label: z.string(), value: z.string() })),
  correctionItems: z.array(z.string()).nullable(),
  reason: z.string().nullable(),
  steps: z.array(z.string()),
  stepIndex: z.number(),
  hasResult: z.boolean(),
  verificationCode: z.string().nullable(),
  events: z.array(
    z.object({
      action: z.string(),
      note: z.string(),
      actorName: z.string().nullable(),
      at: z.string(),
      workingDays: z.number(),
    }),
  ),
  materials: z.array(
    z.object({
      id: z.uuid(),
      code: z.string().nullable(),
      name: z.string(),
      fileName: z.string(),
      size: z.number(),
    }),
  ),
  rating: z
    .object({
      rating: z.number(),
      comment: z.string().nullable(),
      followUpDue: z.string().nullable(),
      followUpAnswer: z.string().nullable(),
    })
    .nullable(),
  abilities: z.object({
    read: z.boolean(),
    readMaterials: z.boolean(),
    accept: z.boolean(),
    notAccept: z.boolean(),
    requestCorrection: z.boolean(),
    resubmit: z.boolean(),
    review: z.boolean(),
    deliver: z.boolean(),
    rate: z.boolean(),
    answerRating: z.boolean(),
  }),
});

export const verification = z.object({
  found: z.boolean(),
  valid: z.boolean(),
  title: z.string().nullable(),
  caseNo: z.string().nullable(),
  itemName: z.string().nullable(),
  holder: z.string().nullable(),
  unit: z.string().nullable(),
  issuedOn: z.string().nullable(),
  revoked: z.boolean(),
});

const share = z.number().nullable();
export const stats = z.object({
  catalogue: z.object({
    published: z.number(),
    fullyOnline: z.number(),
    fullyOnlineShare: share,
    onlineApplicable: z.number(),
  }),
  cases: z.object({
    total: z.number(),
    onlineShare: share,
    concluded: z.number(),
    avgDays: z.number().nullable(),
    maxDays: z.number().nullable(),
    onceRate: share,
    openOverdue: z.number(),
    escalated: z.number(),
  }),
  ratings: z.object({ count: z.number(), satisfaction: share, bad: z.number(), followUpsOpen: z.number() }),
  items: z.array(
    z.object({
      itemId: z.uuid(),
      itemName: z.string(),
      onlineDepth: z.number(),
      promisedDays: z.number(),
      legalDays: z.number(),
      cases: z.number(),
      avgDays: z.number().nullable(),
      maxDays: z.number().nullable(),
      ratings: z.number(),
      good: z.number(),
      satisfaction: share,
    }),
  ),
});
export const escalated = z.object({ escalated: z.number() });

namedSchema("ServiceCase", caseDetail);
namedSchema("ServiceItemGuide", itemGuide);
