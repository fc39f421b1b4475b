import { z } from "zod";
import {
  TARGET_STATUSES,
  MILESTONE_STATUSES,
  REPORT_STATES,
  NOTICE_STATES,
} from "@edubureau/domain/work-plan";
import { isoDateTime, recordOf, namedSchema } from "../../http/zod-types.ts";
import { REPORT_STATUSES } from "./plan-progress.tables.ts";

const isoDate = z.iso.date();
const status = z.enum(TARGET_STATUSES);
const counts = recordOf(TARGET_STATUSES, z.number().int());
const summary = z.object({ status, progress: z.number(), counts });
const unit = z.object({ id: z.uuid(), code: z.string(), name: z.string(), kind: z.string() });

export const planIdParams = z.object({ planId: z.uuid("计划编号格式不正确") });
export const idParams = z.object({ id: z.uuid("编号格式不正确") });
export const attachmentParams = z.object({
  id: z.uuid("编号格式不正确"),
  attachmentId: z.uuid("附件编号格式不正确"),
});
export const yearParams = z.object({
  year: z.coerce.number().int().min(2000, "年度不正确").max(2100, "年度不正确"),
});

export const planListItem = z.object({
  id: z.uuid(),
  year: z.number().int(),
  title: z.string(),
  issuer: z.string(),
  publishDate: isoDate,
  reportingFrequency: z.enum(["monthly", "quarterly"]),
  evaluationDate: isoDate.nullable(),
});
export const planList = z.object({ items: z.array(planListItem) });
export const planCalendar = z.object({
  year: z.number().int(),
  today: isoDate,
  schoolYear: z.string(),
});

export const planHeader = z.object({
  id: z.uuid(),
  year: z.number().int(),
  title: z.string(),
  issuer: z.string(),
  publishDate: isoDate,
  sourceUrl: z.string().nullable(),
  sourceNote: z.string(),
  reportingFrequency: z.enum(["monthly", "quarterly"]),
  demoDataNote: z.string().nullable(),
  evaluationDate: isoDate.nullable(),
  today: isoDate,
});

export const targetSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  baseline: z.number().nullable(),
  targetValue: z.number(),
  comparator: z.string(),
  startDate: isoDate,
  deadline: isoDate,
  sourceQuote: z.string(),
  bound: z.boolean(),
  source: z.string(),
  note: z.string().nullable(),
  current: z.number().nullable(),
  status,
  progress: z.number(),
  elapsed: z.number(),
  task: z.object({ id: z.uuid(), code: z.string(), title: z.string() }),
  leadUnit: unit,
  shares: z.array(
    z.object({ unit, targetValue: z.number(), current: z.number().nullable(), status, progress: z.number() }),
  ),
});
export const targetList = z.object({ items: z.array(targetSchema) });

const focusAreaRef = z.object({ code: z.string(), title: z.string() });

export const taskRow = z.object({
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  focusArea: focusAreaRef,
  leadUnit: unit,
  coUnits: z.array(unit),
  status,
  progress: z.number(),
  counts,
  targetCount: z.number().int(),
  milestoneCount: z.number().int(),
});

export const taskQuery = z.object({
  focusArea: z.string().optional(),
  status: status.optional(),
  unitId: z.uuid().optional(),
  mine: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true"),
  q: z.string().max(50).optional(),
});
export const taskList = z.object({ items: z.array(taskRow) });

const reportingPeriod = z.object({
  key: z.string(),
  label: z.string(),
  start: isoDate,
  end: isoDate,
  dueDate: isoDate,
});
const periodReportCounts = {
  owed: z.number().int(),
  submitted: z.number().int(),
  awaitingReview: z.number().int(),
  accepted: z.number().int(),
  returned: z.number().int(),
  notSubmitted: z.number().int(),
  overdue: z.number().int(),
};
/** 本期进展报告: see period-report-progress.ts. null before the plan's first period begins. */
export const periodReportProgressSchema = z
  .object({
    period: reportingPeriod,
    unitId: z.uuid().nullable(),
    ...periodReportCounts,
    previous: z.object({ period: reportingPeriod, ...periodReportCounts }).nullable(),
  })
  .nullable();

export const dashboardSchema = z.object({
  plan: planHeader,
  summary,
  targetCounts: counts,
  focusAreas: z.array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      seq: z.number().int(),
      title: z.string(),
      status,
      progress: z.number(),
      counts,
      taskCount: z.number().int(),
    }),
  ),
  worstTargets: z.array(targetSchema),
  reportProgress: periodReportProgressSchema,
  notices: z.object({ total: z.number().int(), open: z.number().int(), escalated: z.number().int() }),
  trend: z.object({
    months: z.array(isoDate),
    series: z.array(
      z.object({ code: z.string(), title: z.string(), progress: z.array(z.number().nullable()) }),
    ),
    overall: z.array(z.number().nullable()),
  }),
});

const milestone = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  dueDate: isoDate,
  completedOn: isoDate.nullable(),
  status: z.enum(MILESTONE_STATUSES),
});

const reportState = z.enum(REPORT_STATES);

export const taskDetail = taskRow.extend({
  plan: planHeader,
  text: z.string(),
  responsibleUnits: z.array(unit),
  isMine: z.boolean(),
  isLead: z.boolean(),
  targets: z.array(targetSchema),
  milestones: z.array(milestone),
  reportStates: z.array(
    z.object({
      unit,
      periodKey: z.string(),
      periodLabel: z.string(),
      dueDate: isoDate,
      state: reportState,
      reportId: z.uuid().nullable(),
    }),
  ),
  liveFigures: z.array(
    z.object({
      label: z.string(),
      value: z.number().nullable(),
      unit: z.string(),
      note: z.string(),
      link: z.string().nullable(),
    }),
  ),
  notices: z.array(
    z.object({
      id: z.uuid(),
      unitId: z.uuid(),
      kind: z.string(),
      reason: z.string(),
      raisedOn: isoDate,
      responseDeadline: isoDate,
      respondedOn: isoDate.nullable(),
      response: z.string().nullable(),
    }),
  ),
});

export const targetDetail = targetSchema.extend({
  focusArea: focusAreaRef,
  plan: planHeader,
  history: z.array(
    z.object({ date: isoDate, value: z.number().nullable(), progress: z.number(), status: z.string() }),
  ),
  reportedValues: z.array(
    z.object({
      periodKey: z.string(),
      unitName: z.string(),
      value: z.number(),
      status: z.string(),
      submittedOn: isoDate.nullable(),
    }),
  ),
  changes: z.array(z.object({ at: isoDateTime, actor: z.string().nullable(), action: z.string() })),
});

export const myTaskList = z.object({
  items: z.array(
    taskRow.extend({
      role: z.enum(["lead", "co"]),
      reports: z.array(
        z.object({
          periodKey: z.string(),
          periodLabel: z.string(),
          dueDate: isoDate,
          state: reportState,
          reportId: z.uuid().nullable(),
        }),
      ),
    }),
  ),
});

// Reports ------------------------------------------------------------------------------------------

export const reportStatus = z.enum(REPORT_STATUSES);

export const openReportBody = z.object({
  taskId: z.uuid("任务编号格式不正确"),
  periodKey: z.string().regex(/^\d{4}-(\d{2}|Q[1-4])$/, "报告期须形如 2019-Q1 或 2019-03"),
});

export const updateReportBody = z.object({
  narrative: z.string().max(5000, "进展说明最多 5000 字").optional(),
  values: z
    .array(z.object({ targetId: z.uuid("目标编号格式不正确"), value: z.number({ error: "数值须为数字" }) }))
    .max(50)
    .optional(),
  milestones: z
    .array(z.object({ milestoneId: z.uuid("节点编号格式不正确"), completedOn: isoDate }))
    .max(50)
    .optional(),
});

export const returnBody = z.object({ reason: z.string().max(1000, "退回原因最多 1000 字") });

export const reportDetail = z.object({
  id: z.uuid(),
  task: z.object({ id: z.uuid(), code: z.string(), title: z.string() }),
  plan: z.object({ id: z.uuid(), year: z.number().int() }),
  unit: z.object({ id: z.uuid(), name: z.string() }),
  periodKey: z.string(),
  periodLabel: z.string(),
  dueDate: isoDate.nullable(),
  status: reportStatus,
  narrative: z.string(),
  manualTargets: z.array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      name: z.string(),
      unit: z.string(),
      value: z.number().nullable(),
    }),
  ),
  milestones: z.array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      name: z.string(),
      dueDate: isoDate,
      completedOn: isoDate.nullable(),
      reportedOn: isoDate.nullable(),
    }),
  ),
  attachments: z.array(
    z.object({
      id: z.uuid(),
      fileName: z.string(),
      mediaType: z.string(),
      sizeBytes: z.number().int(),
      uploadedAt: isoDateTime,
    }),
  ),
  submittedOn: isoDate.nullable(),
  submittedAt: isoDateTime.nullable(),
  reviewedAt: isoDateTime.nullable(),
  returnReason: z.string().nullable(),
  revision: z.number().int(),
  /** What the actor may do with this report (policies/plan-report.ts); the web shows buttons by it. */
  abilities: z.object({ update: z.boolean(), review: z.boolean() }),
  canEdit: z.boolean(),
  canReview: z.boolean(),
  history: z.array(
    z.object({ at: isoDateTime, actor: z.string().nullable(), action: z.string(), after: z.unknown() }),
  ),
});

export const reportListQuery = z.object({
  queue: z.enum(["review", "mine"]).optional(),
  taskId: z.uuid().optional(),
  status: reportStatus.optional(),
});

export const reportList = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      task: z.object({ id: z.uuid(), code: z.string(), title: z.string() }),
      unit: z.object({ id: z.uuid(), name: z.string() }),
      periodKey: z.string(),
      status: reportStatus,
      submittedOn: isoDate.nullable(),
      returnReason: z.string().nullable(),
      updatedAt: isoDateTime,
    }),
  ),
});

// Supervision --------------------------------------------------------------------------------------

export const noticeQuery = z.object({
  planId: z.uuid().optional(),
  view: z.enum(["mine", "leader", "all"]).default("mine"),
  state: z.enum(NOTICE_STATES).optional(),
});

export const noticeList = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      planId: z.uuid(),
      task: z.object({ id: z.uuid(), code: z.string(), title: z.string() }),
      unit: z.object({ id: z.uuid(), name: z.string() }),
      kind: z.string(),
      kindLabel: z.string(),
      reason: z.string(),
      raisedOn: isoDate,
      responseDeadline: isoDate,
      escalatedOn: isoDate.nullable(),
      response: z.string().nullable(),
      respondedOn: isoDate.nullable(),
      state: z.enum(NOTICE_STATES),
      canRespond: z.boolean(),
      instruction: z.string().nullable(),
      instructedOn: isoDate.nullable(),
      urgedCount: z.number().int(),
      lastUrgedOn: isoDate.nullable(),
      canInstruct: z.boolean(),
    }),
  ),
});

export const respondBody = z.object({ response: z.string().max(2000, "回复最多 2000 字") });
export const respondResult = z.object({ id: z.uuid(), respondedOn: isoDate });
export const instructBody = z.object({
  instruction: z.string().max(1000, "批示最多 1000 字"),
  /** 催办: the unit is notified to answer now. */
  urge: z.boolean().default(true),
});
export const instructResult = z.object({
  id: z.uuid(),
  instructedOn: isoDate,
  urgedCount: z.number().int(),
});
export const sweepResult = z.object({ raised: z.number().int(), escalated: z.number().int() });

// Public -------------------------------------------------------------------------------------------

export const publicYears = z.object({
  items: z.array(z.object({ year: z.number().int(), title: z.string() })),
});

export const publicPlan = z.object({
  plan: z.object({
    year: z.number().int(),
    title: z.string(),
    issuer: z.string(),
    publishDate: isoDate,
    sourceUrl: z.string().nullable(),
    today: isoDate,
    demoDataNote: z.string().nullable(),
  }),
  summary,
  focusAreas: z.array(
    z.object({
      code: z.string(),
      title: z.string(),
      summary: z.string(),
      status,
      progress: z.number(),
      tasks: z.array(
        z.object({
          code: z.string(),
          title: z.string(),
          text: z.string(),
          leadUnitName: z.string(),
          status,
          progress: z.number(),
          targets: z.array(
            z.object({
              code: z.string(),
              name: z.string(),
              unit: z.string(),
              targetValue: z.number(),
              comparator: z.string(),
              deadline: isoDate,
              current: z.number().nullable(),
              status,
              progress: z.number(),
            }),
          ),
          milestones: z.array(
            z.object({ name: z.string(), dueDate: isoDate, status: z.enum(MILESTONE_STATUSES) }),
          ),
        }),
      ),
    }),
  ),
});

namedSchema("PlanReport", reportDetail);
