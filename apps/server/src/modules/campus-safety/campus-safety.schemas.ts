import { z } from "zod";
import {
  CRISIS_DUTIES,
  CRISIS_RISKS,
  DRILL_TYPES,
  HAZARD_ACTIONS,
  HAZARD_LEVELS,
  HAZARD_STATUSES,
  INCIDENT_CATEGORIES,
  INCIDENT_STATUSES,
  INSPECTION_KINDS,
  INSPECTION_TOPICS,
  SAFETY_ITEMS,
  SEVERITIES,
} from "@edubureau/domain/campus-safety";
import { isoDateTime, namedSchema } from "../../http/zod-types.ts";

export const isoDate = z.iso.date("日期格式应为 YYYY-MM-DD");
const text = (label: string, max: number) =>
  z.string(`请填写${label}`).trim().min(1, `请填写${label}`).max(max, `${label}不能超过 ${max} 个字`);
export const idParams = z.object({ id: z.uuid("编号格式不正确") });
const unit = z.object({ id: z.uuid(), name: z.string() });

// ── incidents ──
const severity = z.enum(SEVERITIES, "请选择事件等级");
const incidentStatus = z.enum(INCIDENT_STATUSES);
export const incidentBody = z.object({
  clientKey: z.string().max(80).optional(),
  category: z.enum(INCIDENT_CATEGORIES, "请选择事件类别"),
  severity,
  title: text("事件标题", 100),
  description: text("事件经过", 4000),
  casualties: z
    .number("伤亡人数须为数字")
    .int("伤亡人数须为整数")
    .min(0, "伤亡人数不能为负数")
    .max(100000)
    .default(0),
  occurredAt: isoDateTime.meta({ description: "事发时间" }),
});
export const incidentListQuery = z.object({
  status: z.union([incidentStatus, z.literal("open")], "事件状态无效").optional(),
  severity: severity.optional(),
  limit: z.coerce.number().int().min(1).max(500, "最多 500 条").default(100),
});
export const stepBody = z.object({ note: z.string().max(4000, "不能超过 4000 个字").default("") });
export const timelineStep = z.object({
  id: z.uuid(),
  incidentId: z.uuid(),
  at: isoDateTime,
  kind: z.string(),
  kindLabel: z.string(),
  actorName: z.string().nullable(),
  note: z.string(),
  title: z.string(),
  schoolName: z.string(),
  severity,
});
export const incidentSchema = z.object({
  id: z.uuid(),
  school: unit,
  districtName: z.string().nullable(),
  category: z.string(),
  categoryLabel: z.string(),
  severity,
  severityLabel: z.string(),
  title: z.string(),
  description: z.string(),
  casualties: z.number().int(),
  occurredAt: isoDateTime,
  reportedAt: isoDateTime,
  late: z.boolean(),
  status: incidentStatus,
  statusLabel: z.string(),
  acknowledgedAt: isoDateTime.nullable(),
  followedUpAt: isoDateTime.nullable(),
  closedAt: isoDateTime.nullable(),
  closureReport: z.string().nullable(),
  acknowledgeBy: isoDateTime,
  followUpBy: isoDateTime,
  closeBy: isoDateTime,
  overdue: z.array(z.string()),
  abilities: z.object({
    read: z.boolean(),
    acknowledge: z.boolean(),
    followUp: z.boolean(),
    close: z.boolean(),
  }),
});
export const incidentDetail = incidentSchema.extend({ timeline: z.array(timelineStep) });
export const incidentList = z.object({ items: z.array(incidentSchema) });
export const timelineList = z.object({ items: z.array(timelineStep) });
export const sweepResult = z.object({
  incidentsEscalated: z.number().int(),
  hazardsEscalated: z.number().int(),
});

// ── hazards ──
export const hazardBody = z.object({
  schoolId: z.uuid("请选择学校"),
  inspectionId: z.uuid().optional(),
  level: z.enum(HAZARD_LEVELS, "请选择隐患等级"),
  title: text("隐患名称", 100),
  description: z.string().max(4000).default(""),
  responsible: z.string().max(50).optional(),
  deadline: isoDate.optional(),
});
export const hazardActionBody = z.object({
  action: z.enum(HAZARD_ACTIONS, "操作无效"),
  responsible: z.string().max(50).optional(),
  deadline: isoDate.optional(),
  evidence: z.string().max(2000, "佐证说明不能超过 2000 个字").optional(),
  note: z.string().max(2000).optional(),
});
export const hazardListQuery = z.object({
  status: z
    .union([z.enum(HAZARD_STATUSES), z.literal("open"), z.literal("overdue")], "隐患状态无效")
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export const hazardSchema = z.object({
  id: z.uuid(),
  school: unit,
  districtName: z.string().nullable(),
  level: z.enum(HAZARD_LEVELS),
  levelLabel: z.string(),
  title: z.string(),
  description: z.string(),
  status: z.enum(HAZARD_STATUSES),
  statusLabel: z.string(),
  responsible: z.string().nullable(),
  deadline: isoDate.nullable(),
  reportedOn: isoDate,
  escalatedOn: isoDate.nullable(),
  closedOn: isoDate.nullable(),
  overdue: z.boolean(),
  evidence: z.array(z.object({ note: z.string(), at: z.string(), by: z.string() })),
  abilities: z.object({ read: z.boolean(), report: z.boolean(), rectify: z.boolean(), verify: z.boolean() }),
});
export const hazardList = z.object({ items: z.array(hazardSchema) });
export const hazardDistricts = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      open: z.number().int(),
      overdue: z.number().int(),
      major: z.number().int(),
    }),
  ),
});

// ── facilities and compliance ──
export const registerBody = z.object({
  enrolment: z.number("在校生数须为数字").int().min(0, "在校生数不能为负数").max(20000, "在校生数过大"),
  guards: z.number("保安人数须为数字").int().min(0, "保安人数不能为负数").max(500),
  closedManagement: z.boolean(),
  alarmLinked: z.boolean(),
  entranceVideo: z.boolean(),
  videoRetentionDays: z.number().int().min(0, "存储天数不能为负数").max(3650),
  vehicleBarriers: z.boolean(),
  escortPost: z.boolean(),
});
const itemResult = z.object({
  item: z.enum(SAFETY_ITEMS),
  label: z.string(),
  required: z.union([z.number(), z.boolean()]),
  actual: z.union([z.number(), z.boolean()]),
  met: z.boolean(),
  reference: z.boolean().meta({ description: "参考值：平台取值，非法定要求" }),
});
const standardSource = z.object({ rule: z.string(), source: z.string(), reference: z.boolean() });
export const schoolComplianceSchema = z.object({
  school: unit,
  districtId: z.uuid(),
  districtName: z.string(),
  typeLabel: z.string(),
  status: z.enum(["not_applicable", "no_register", "compliant", "non_compliant"]),
  statusLabel: z.string(),
  items: z.array(itemResult),
  register: registerBody.nullable(),
  canEdit: z.boolean(),
});
const rollup = z.object({
  schools: z.number().int(),
  compliant: z.number().int(),
  noRegister: z.number().int(),
  rate: z.number().nullable(),
});
export const complianceSchema = z.object({
  total: rollup,
  districts: z.array(rollup.extend({ id: z.uuid(), name: z.string() })),
  /** Each 三防 item's rule and where it comes from; `more` holds an item's further (reference) rules. */
  standards: z.array(
    standardSource.extend({
      item: z.enum(SAFETY_ITEMS),
      label: z.string(),
      defence: z.enum(["people", "physical", "technical"]),
      more: z.array(standardSource),
    }),
  ),
  schools: z.array(schoolComplianceSchema),
});
export const upgradeBody = z.object({
  schoolId: z.uuid("请选择学校"),
  item: z.enum(SAFETY_ITEMS, "请选择升级项目"),
  budgetWan: z.number("预算须为数字").min(0, "预算不能为负数").max(100000),
  plannedBy: isoDate,
});
export const upgradeSchema = z.object({
  id: z.uuid(),
  school: unit,
  item: z.string(),
  itemLabel: z.string(),
  budgetWan: z.number(),
  plannedBy: isoDate,
  completedOn: isoDate.nullable(),
});
export const upgradeList = z.object({
  items: z.array(upgradeSchema),
  totals: z.object({ items: z.number().int(), completed: z.number().int(), budgetWan: z.number() }),
});

// ── inspections, drills, lessons ──
export const inspectionBody = z.object({
  schoolId: z.uuid("请选择学校"),
  kind: z.enum(INSPECTION_KINDS, "请选择检查类型"),
  topic: z.enum(INSPECTION_TOPICS, "请选择检查专题"),
  inspectedOn: isoDate,
  inspector: text("检查人", 50),
  checkedItems: z
    .array(z.object({ item: z.string().max(200), ok: z.boolean() }))
    .max(100)
    .default([]),
  findings: z.string().max(4000).default(""),
});
export const inspectionSchema = z.object({
  id: z.uuid(),
  school: unit,
  kind: z.enum(INSPECTION_KINDS),
  kindLabel: z.string(),
  topic: z.string(),
  topicLabel: z.string(),
  inspectedOn: isoDate,
  inspector: z.string(),
  checkedItems: z.array(z.object({ item: z.string(), ok: z.boolean() })),
  findings: z.string(),
});
export const inspectionList = z.object({
  items: z.array(inspectionSchema),
  missed: z.array(z.object({ school: unit, months: z.array(z.string()) })),
});
export const checklistQuery = z.object({
  topic: z.enum(INSPECTION_TOPICS, "检查专题无效"),
  month: z.coerce.number().int().min(1).max(12),
});
export const checklistSchema = z.object({ items: z.array(z.string()) });
export const drillBody = z.object({
  schoolId: z.uuid("请选择学校"),
  drillType: z.enum(DRILL_TYPES, "请选择演练类型"),
  heldOn: isoDate,
  participants: z.number("参与人数须为数字").int().min(1, "参与人数至少为 1").max(20000),
  problems: z.string().max(4000).default(""),
});
export const lessonBody = z.object({
  schoolId: z.uuid("请选择学校"),
  topic: text("课程主题", 100),
  heldOn: isoDate,
  grade: z.string().max(50).default(""),
  participants: z.number().int().min(1, "参与人数至少为 1").max(20000),
});
export const termQuery = z.object({
  term: z
    .string()
    .regex(/^\d{4}-\d{4}-[12]$/, "学期格式应为 2019-2020-1")
    .optional(),
});
export const drillsSchema = z.object({
  term: z.string(),
  termLabel: z.string(),
  drills: z.array(
    z.object({
      id: z.uuid(),
      school: unit,
      drillType: z.string(),
      drillTypeLabel: z.string(),
      heldOn: isoDate,
      participants: z.number().int(),
      problems: z.string(),
    }),
  ),
  lessons: z.array(
    z.object({
      id: z.uuid(),
      school: unit,
      topic: z.string(),
      heldOn: isoDate,
      grade: z.string(),
      participants: z.number().int(),
    }),
  ),
  perSchool: z.array(
    z.object({
      school: unit,
      districtName: z.string(),
      held: z.number().int(),
      required: z.number().int(),
      shortfall: z.number().int(),
      lessons: z.number().int(),
    }),
  ),
});
export const createdSchema = z.object({ id: z.uuid() });

// ── crisis cases ──
export const crisisBody = z.object({
  schoolId: z.uuid("请选择学校"),
  subjectKind: z.enum(["student", "staff"], "请选择对象类型"),
  subjectName: text("姓名", 50),
  risk: z.enum(CRISIS_RISKS, "请选择风险等级"),
  summary: text("情况摘要", 4000),
  intervention: z.string().max(4000).default(""),
  openedOn: isoDate,
});
export const followUpBody = z.object({
  onDate: isoDate,
  note: text("随访记录", 4000),
  risk: z.enum(CRISIS_RISKS).optional(),
  close: z.boolean().default(false),
});
export const officerBody = z.object({
  userId: z.uuid("请选择账号"),
  duty: z.enum(CRISIS_DUTIES, "请选择职责"),
});
const crisisRow = z.object({
  id: z.uuid(),
  school: unit,
  subjectKind: z.enum(["student", "staff"]),
  subjectName: z.string(),
  masked: z.boolean(),
  risk: z.enum(CRISIS_RISKS),
  riskLabel: z.string(),
  openedOn: isoDate,
  nextFollowUp: isoDate,
  followUpOverdue: z.boolean(),
  status: z.enum(["open", "closed"]),
});
export const crisisList = z.object({ fullAccess: z.boolean(), items: z.array(crisisRow) });
export const crisisDetail = crisisRow.extend({
  summary: z.string(),
  intervention: z.string(),
  followUps: z.array(z.object({ id: z.uuid(), onDate: isoDate, note: z.string() })),
});

// ── 舆情 ──
export const opinionBody = z.object({
  orgUnitId: z.uuid("请选择涉及单位"),
  incidentId: z.uuid().optional(),
  source: text("信息来源", 100),
  level: z.enum(["high", "medium", "low"], "请选择舆情等级"),
  summary: text("舆情摘要", 4000),
});
export const opinionUpdateBody = z.object({
  response: text("处置情况", 4000),
  close: z.boolean().default(false),
});
export const opinionSchema = z.object({
  id: z.uuid(),
  unit,
  incident: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  source: z.string(),
  level: z.enum(["high", "medium", "low"]),
  levelLabel: z.string(),
  summary: z.string(),
  response: z.string(),
  status: z.enum(["open", "closed"]),
  reportedAt: isoDateTime,
  closedAt: isoDateTime.nullable(),
  canHandle: z.boolean(),
});
export const opinionList = z.object({ items: z.array(opinionSchema) });

// ── command board ──
const count = z.number().int();
export const boardSchema = z.object({
  at: isoDateTime,
  openBySeverity: z.array(
    z.object({ severity, label: z.string(), total: count, byAge: z.record(z.string(), count) }),
  ),
  ageBands: z.array(z.object({ key: z.string(), label: z.string() })),
  overdueHazards: count,
  openHazards: count,
  hazardClosureRate: z.number().nullable(),
  compliance: rollup,
  today: z.object({ drills: count, inspections: count }),
  openCrisisCases: count,
  openOpinionEvents: count,
  districts: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      openIncidents: count,
      seriousOpen: count,
      overdueHazards: count,
      complianceRate: z.number().nullable(),
    }),
  ),
  timeline: z.array(timelineStep),
});

namedSchema("SafetyIncident", incidentSchema);
namedSchema("SafetyIncidentDetail", incidentDetail);
namedSchema("SafetyTimelineStep", timelineStep);
namedSchema("SafetyHazard", hazardSchema);
