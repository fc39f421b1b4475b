import { z } from "zod";
import { COMPLAINT_TOPICS, RECTIFICATION_STATES } from "@edubureau/domain/inspectorate";
import { isoDateTime, namedSchema } from "../../http/zod-types.ts";
import { INSPECTION_TOPICS, SEVERITIES } from "./inspectorate.tables.ts";
import { DUTY_MATTERS } from "./duty-inspectors.service.ts";

const isoDate = z.iso.date("日期格式应为 YYYY-MM-DD");
const ref = z.object({ id: z.string(), name: z.string() });
const text = (max: number) => z.string().max(max, `不超过 ${max} 字`);

export const idParams = z.object({ id: z.uuid("编号格式不正确") });
export const evidenceParams = z.object({
  id: z.uuid("编号格式不正确"),
  evidenceId: z.uuid("材料编号格式不正确"),
});
export const yearQuery = z.object({
  year: z.coerce.number().int().min(2000, "年度不正确").max(2100, "年度不正确"),
});
export const monthQuery = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "月份格式应为 YYYY-MM"),
});
export const ok = z.object({ ok: z.literal(true) });

const evidence = z.object({
  id: z.string(),
  itemCode: z.string().nullable(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  uploadedAt: isoDateTime,
});

// ── 履职评价 ──
const rule = z.union([
  z.object({ kind: z.literal("yes_no") }),
  z.object({
    kind: z.literal("graded"),
    grades: z.array(z.object({ label: text(10), fraction: z.number().min(0).max(1) })).min(2),
  }),
  z.object({
    kind: z.literal("computed"),
    measure: text(60),
    filter: z.record(z.string(), z.unknown()),
    betterWhen: z.enum(["higher", "lower"]),
    thresholds: z.array(z.object({ threshold: z.number(), fraction: z.number().min(0).max(1) })).min(1),
  }),
]);
const indicator = z.object({
  code: text(20).min(1),
  name: text(100).min(1),
  level: z.union([z.literal(1), z.literal(2)]),
  parentCode: z.string().nullable(),
  maxScore: z.number().min(0).max(100),
  rule: rule.nullable(),
});
export const frameworkBody = z.object({
  year: z.number().int().min(2000).max(2100),
  name: text(100).min(2),
  indicators: z.array(indicator).min(2).max(200),
});
/** The live figures a computed indicator may read (the plan's binding measures), for the framework form. */
export const measureList = z.object({
  items: z.array(z.object({ code: z.string(), label: z.string(), betterWhen: z.enum(["higher", "lower"]) })),
});
export const frameworkList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      year: z.number().int(),
      name: z.string(),
      indicators: z.array(indicator),
      editable: z.boolean(),
    }),
  ),
});
export const created = z.object({ id: z.string() });
export const openBody = z.object({ year: z.number().int().min(2000).max(2100) });
export const opened = z.object({ opened: z.number().int() });

const status = z.enum(["self_evaluating", "submitted", "verified"]);
export const evaluationList = z.object({
  year: z.number().int(),
  items: z.array(
    z.object({
      id: z.string(),
      district: ref,
      status,
      statusLabel: z.string(),
      total: z.number(),
      rank: z.number().int(),
      scored: z.number().int(),
      leafCount: z.number().int(),
      weaknessCount: z.number().int(),
      previousTotal: z.number().nullable(),
      closureRate: z.number().nullable(),
    }),
  ),
});
export const evaluationDetail = z.object({
  id: z.string(),
  year: z.number().int(),
  frameworkName: z.string(),
  district: ref,
  status,
  statusLabel: z.string(),
  total: z.number(),
  rank: z.number().int(),
  districtCount: z.number().int(),
  scored: z.number().int(),
  leafCount: z.number().int(),
  items: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      level: z.number().int(),
      parentCode: z.string().nullable(),
      maxScore: z.number(),
      ruleKind: z.enum(["yes_no", "graded", "computed"]).nullable(),
      grades: z.array(z.string()),
      liveValue: z.number().nullable(),
      selfScore: z.number().nullable(),
      selfNote: z.string(),
      verifiedScore: z.number().nullable(),
      verifyComment: z.string(),
      finalScore: z.number().nullable(),
      weakness: z.boolean(),
      evidence: z.array(evidence),
    }),
  ),
  weaknesses: z.array(z.string()),
  abilities: z.object({ read: z.boolean(), selfEvaluate: z.boolean(), verify: z.boolean() }),
});
const scoreInput = z.union([
  z.object({ kind: z.literal("yes_no"), met: z.boolean() }),
  z.object({ kind: z.literal("graded"), grade: text(10) }),
  z.object({ kind: z.literal("score"), score: z.number() }),
]);
export const selfScoreBody = z.object({
  items: z
    .array(z.object({ code: text(20), input: scoreInput, note: text(2000).optional() }))
    .min(1)
    .max(200),
});
export const verifyBody = z.object({
  items: z
    .array(z.object({ code: text(20), score: z.number(), comment: text(2000).optional() }))
    .min(1)
    .max(200),
});
export const concludeBody = z.object({ deadline: isoDate });
export const itemQuery = z.object({ item: text(20).min(1, "请指定指标") });
export const board = z.object({
  year: z.number().int(),
  indicators: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      maxScore: z.number(),
      computed: z.boolean(),
      parentName: z.string(),
    }),
  ),
  districts: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      status,
      total: z.number(),
      rank: z.number().int(),
      scores: z.array(z.number().nullable()),
    }),
  ),
});

// ── 专项督导 ──
const topic = z.enum(
  Object.keys(INSPECTION_TOPICS) as [keyof typeof INSPECTION_TOPICS, ...(keyof typeof INSPECTION_TOPICS)[]],
);
const checklistItem = z.object({ code: text(20).min(1), question: text(200).min(2) });
export const planBody = z.object({
  title: text(100).min(2, "请填写计划名称"),
  topic,
  unannounced: z.boolean(),
  checklist: z.array(checklistItem).min(1, "至少一个检查项").max(100),
  scopeUnitId: z.uuid("请选择督导范围"),
  sampleSize: z.number().int().min(1, "抽取学校数应为正整数").max(500),
  startsOn: isoDate,
  endsOn: isoDate,
  inspectorIds: z.array(z.uuid()).min(1, "请至少指定一名督学").max(50),
  public: z.boolean().default(false),
});
export const planList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      topic,
      topicLabel: z.string(),
      unannounced: z.boolean(),
      startsOn: isoDate,
      endsOn: isoDate,
      sampleSize: z.number().int(),
      inspectors: z.array(ref),
      isMember: z.boolean(),
      visibleVisits: z.number().int(),
      recordedVisits: z.number().int(),
    }),
  ),
});
const visitStatus = z.enum(["scheduled", "recorded"]);
export const planDetail = z.object({
  id: z.string(),
  title: z.string(),
  topic,
  topicLabel: z.string(),
  unannounced: z.boolean(),
  startsOn: isoDate,
  endsOn: isoDate,
  sampleSize: z.number().int(),
  checklist: z.array(checklistItem),
  inspectors: z.array(ref),
  isMember: z.boolean(),
  seed: z.string().nullable(),
  algorithm: z.string().nullable(),
  visits: z.array(z.object({ id: z.string(), school: ref, visitDate: isoDate, status: visitStatus })),
});
export const visitQuery = z.object({
  mine: z.stringbool().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export const visitList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      plan: z.object({ id: z.string(), title: z.string(), unannounced: z.boolean() }),
      school: ref,
      visitDate: isoDate,
      status: visitStatus,
    }),
  ),
});
const severity = z.enum(Object.keys(SEVERITIES) as [keyof typeof SEVERITIES, ...(keyof typeof SEVERITIES)[]]);
export const visitDetail = z.object({
  id: z.string(),
  plan: z.object({
    id: z.string(),
    title: z.string(),
    topic: z.string(),
    topicLabel: z.string(),
    unannounced: z.boolean(),
  }),
  school: ref,
  visitDate: isoDate,
  status: visitStatus,
  summary: z.string(),
  checklist: z.array(checklistItem),
  answers: z.array(z.object({ code: z.string(), compliant: z.boolean(), note: z.string() })),
  inspectors: z.array(ref),
  findings: z.array(
    z.object({
      id: z.string(),
      severity,
      severityLabel: z.string(),
      description: z.string(),
      rectificationId: z.string().nullable(),
    }),
  ),
  photos: z.array(evidence),
  abilities: z.object({ record: z.boolean() }),
});
export const visitRecordBody = z.object({
  answers: z
    .array(z.object({ code: text(20), compliant: z.boolean(), note: text(1000).default("") }))
    .max(100),
  summary: text(4000).default(""),
  findings: z
    .array(
      z.object({
        severity,
        description: text(2000),
        rectify: z
          .object({
            unit: z.enum(["school", "district"]),
            deadline: isoDate,
            requirement: text(2000).default(""),
          })
          .optional(),
      }),
    )
    .max(50),
});

// ── 整改 ──
const rectState = z.enum(RECTIFICATION_STATES);
export const rectificationQuery = z.object({ state: rectState.optional(), mine: z.stringbool().optional() });
const rectificationItem = z.object({
  id: z.string(),
  title: z.string(),
  sourceKind: z.enum(["finding", "weakness"]),
  unit: ref,
  deadline: isoDate,
  state: rectState,
  stateLabel: z.string(),
  overdue: z.boolean(),
  escalatedOn: isoDate.nullable(),
});
export const rectificationList = z.object({
  items: z.array(rectificationItem),
  closureRate: z.number().nullable(),
  overdue: z.number().int(),
});
export const rectificationDetail = rectificationItem.extend({
  requirement: z.string(),
  planText: z.string().nullable(),
  evidenceNote: z.string().nullable(),
  returnReason: z.string().nullable(),
  public: z.boolean(),
  orderedAt: isoDateTime,
  evidence: z.array(evidence),
  abilities: z.object({
    submitPlan: z.boolean(),
    submitEvidence: z.boolean(),
    attach: z.boolean(),
    review: z.boolean(),
    close: z.boolean(),
  }),
  history: z.array(
    z.object({ at: isoDateTime, actor: z.string().nullable(), action: z.string(), after: z.unknown() }),
  ),
});
export const actionParams = z.object({
  id: z.uuid("编号格式不正确"),
  action: z.enum(["submit_plan", "submit_evidence", "accept", "return", "close"]),
});
export const actionBody = z.object({ text: text(4000).default("") });
export const sweepResult = z.object({ escalated: z.number().int() });
export const publicRectifications = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      unitName: z.string(),
      deadline: isoDate,
      stateLabel: z.string(),
    }),
  ),
});

// ── 责任督学 ──
export const assignBody = z.object({
  inspectorId: z.uuid("请选择督学"),
  schoolIds: z.array(z.uuid()).max(200),
});
export const assigned = z.object({ inspectorId: z.string(), schools: z.number().int() });
export const coverage = z.object({
  month: z.string(),
  ok: z.boolean(),
  totalSchools: z.number().int(),
  coveredSchools: z.number().int(),
  uncovered: z.array(ref),
  underAssigned: z.array(z.object({ id: z.string(), name: z.string(), schools: z.number().int() })),
  inspectors: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      schools: z.number().int(),
      visits: z.number().int(),
      coverage: z.number().nullable(),
    }),
  ),
  monthlyCoverage: z.number().nullable(),
});
export const schoolList = z.object({ items: z.array(ref) });
export const schoolSearch = z.object({ q: z.string().max(40).default("") });
export const assignmentList = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), schools: z.array(ref) })),
});
export const dutyVisitBody = z.object({
  schoolId: z.uuid("请选择学校"),
  visitDate: isoDate,
  matters: z.array(z.enum(DUTY_MATTERS)).min(1, "请选择督导事项"),
  feedback: text(4000),
});
export const dutyVisitList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      school: ref,
      visitDate: isoDate,
      matters: z.array(z.string()),
      feedback: z.string(),
      mine: z.boolean(),
    }),
  ),
});
export const codeParams = z.object({ code: z.string().regex(/^[0-9A-Za-z-]{1,20}$/, "学校代码格式不正确") });
export const schoolBoard = z.object({
  schoolName: z.string(),
  inspectors: z.array(z.string()),
  complaintPath: z.string(),
});

// ── 举报 ──
const complaintTopic = z.enum(
  Object.keys(COMPLAINT_TOPICS) as [keyof typeof COMPLAINT_TOPICS, ...(keyof typeof COMPLAINT_TOPICS)[]],
);
export const complaintBody = z.object({
  topic: complaintTopic,
  schoolCode: z.string().max(20).optional(),
  content: text(4000),
  anonymous: z.boolean(),
  name: text(40).optional(),
  phone: text(20).optional(),
});
export const complaintReceipt = z.object({ id: z.string(), receivedOn: isoDate, acceptDeadline: isoDate });
const complaint = z.object({
  id: z.string(),
  topic: z.string(),
  topicLabel: z.string(),
  school: ref.nullable(),
  content: z.string(),
  anonymous: z.boolean(),
  name: z.string().nullable(),
  phone: z.string().nullable(),
  receivedOn: isoDate,
  acceptDeadline: isoDate,
  acceptedOn: isoDate.nullable(),
  replyDeadline: isoDate.nullable(),
  assignee: ref.nullable(),
  extensionDays: z.number().int(),
  investigation: z.string().nullable(),
  substantiated: z.boolean().nullable(),
  reply: z.string().nullable(),
  repliedOn: isoDate.nullable(),
  state: z.string(),
  stateLabel: z.string(),
  ethicsRecordId: z.string().nullable(),
  canLinkEthics: z.boolean(),
});
export const complaintDetail = complaint;
export const ethicsLinkBody = z.object({
  teacherId: z.uuid("请选择教师"),
  foundOn: isoDate.optional(),
  severity: z.enum(["minor", "serious"]),
  description: text(2000),
});
export const complaintTeachers = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), subject: z.string().nullable() })),
});
export const complaintList = z.object({ items: z.array(complaint) });
export const acceptBody = z.object({ assigneeId: z.uuid().optional() });
export const extendBody = z.object({ days: z.number().int() });
export const replyBody = z.object({
  investigation: text(4000),
  substantiated: z.boolean(),
  reply: text(4000),
});
export const contact = z.object({ name: z.string().nullable(), phone: z.string().nullable() });

// ── 质量监测 ──
const num = z.number().nullable();
export const monitoringAnalysis = z.object({
  year: z.number().int(),
  groups: z.array(
    z.object({
      subject: z.string(),
      grade: z.string(),
      schools: z.number().int(),
      cityMean: num,
      nationalMean: num,
      cvLimit: z.number(),
      districts: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          schools: z.number().int(),
          mean: num,
          gapToCity: num,
          cv: num,
          balanced: z.boolean().nullable(),
        }),
      ),
    }),
  ),
});
export const monitoringYears = z.object({ years: z.array(z.number().int()) });

// ── 计划绑定与今日 ──
export const planProgress = z.object({
  taskCode: z.string(),
  evaluation: z.object({
    year: z.number().int(),
    districts: z.number().int(),
    submitted: z.number().int(),
    verified: z.number().int(),
  }),
  rectification: z.object({
    total: z.number().int(),
    closed: z.number().int(),
    overdue: z.number().int(),
    closureRate: num,
  }),
});

namedSchema("DutyEvaluation", evaluationDetail);
namedSchema("InspectionVisit", visitDetail);
namedSchema("Rectification", rectificationDetail);
namedSchema("Complaint", complaint);
