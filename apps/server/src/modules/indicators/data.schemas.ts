import { z } from "zod";
import { ORG_UNIT_KINDS } from "@edubureau/domain";
import {
  APPROVAL_ACTIONS,
  APPROVAL_STATUSES,
  DATA_ELEMENT_CODE,
  DATA_VALUE_TYPES,
  PERIOD_TYPES,
} from "@edubureau/domain/indicators";
import { isoDateTime } from "../../http/zod-types.ts";

const period = z.string().trim().min(1, "请选择期间").max(20);
const orgUnitId = z.uuid("机构编号格式不正确");
const name = z.string().trim().min(1, "请输入名称").max(100, "名称不能超过 100 个字");
const unit = z.string().trim().min(1, "请输入计量单位").max(10, "计量单位不能超过 10 个字");
const bound = z.number().finite().nullable();
const description = z.string().trim().max(500, "说明不能超过 500 个字").nullable();

export const elementSchema = z.object({
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  valueType: z.enum(DATA_VALUE_TYPES),
  valueTypeLabel: z.string(),
  periodType: z.enum(PERIOD_TYPES),
  periodTypeLabel: z.string(),
  minValue: z.number().nullable(),
  maxValue: z.number().nullable(),
  description: z.string().nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export const elementList = z.object({ items: z.array(elementSchema) });
export const elementParams = z.object({
  code: z.string().regex(DATA_ELEMENT_CODE, "数据元素代码格式不正确"),
});

export const createElementBody = z.object({
  code: z.string().trim().regex(DATA_ELEMENT_CODE, "代码为 2–48 位小写字母、数字或下划线，以字母开头"),
  name,
  unit,
  valueType: z.enum(DATA_VALUE_TYPES, "取值类型无效"),
  periodType: z.enum(PERIOD_TYPES, "填报周期无效"),
  minValue: bound.default(null),
  maxValue: bound.default(null),
  description: description.default(null),
});

export const updateElementBody = z.object({
  name: name.optional(),
  unit: unit.optional(),
  minValue: bound.optional(),
  maxValue: bound.optional(),
  description: description.optional(),
});

export const formQuery = z.object({ orgUnitId, period });

export const saveValuesBody = z.object({
  orgUnitId,
  period,
  values: z
    .record(z.string().regex(DATA_ELEMENT_CODE, "数据元素代码格式不正确"), z.number().finite().nullable())
    .refine((values) => Object.keys(values).length > 0, "请至少填写一项数据"),
});

export const actionParams = z.object({ action: z.enum(APPROVAL_ACTIONS, "审核操作无效") });
export const actionBody = z.object({
  orgUnitId,
  period,
  reason: z.string().trim().max(500, "原因不能超过 500 个字").optional(),
});

export const queueQuery = z.object({ period, status: z.enum(APPROVAL_STATUSES).optional() });

const unitRef = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(ORG_UNIT_KINDS),
  kindLabel: z.string(),
});
const periodRef = z.object({ key: z.string(), label: z.string(), type: z.enum(PERIOD_TYPES) });

const approval = z.object({
  status: z.enum(APPROVAL_STATUSES),
  statusLabel: z.string(),
  locked: z.boolean(),
  submittedAt: isoDateTime.nullable(),
  districtApprovedAt: isoDateTime.nullable(),
  cityConfirmedAt: isoDateTime.nullable(),
  returnedReason: z.string().nullable(),
});

const actions = z.object({
  edit: z.boolean(),
  submit: z.boolean(),
  approve: z.boolean(),
  confirm: z.boolean(),
  reopen: z.boolean(),
});

export const formSchema = z.object({
  orgUnit: unitRef,
  period: periodRef,
  approval,
  actions,
  elements: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      unit: z.string(),
      valueType: z.enum(DATA_VALUE_TYPES),
      minValue: z.number().nullable(),
      maxValue: z.number().nullable(),
      description: z.string().nullable(),
      value: z.number().nullable(),
      updatedAt: isoDateTime.nullable(),
    }),
  ),
});

export const queueSchema = z.object({
  period: periodRef,
  items: z.array(z.object({ orgUnit: unitRef, valueCount: z.number().int(), approval, actions })),
});
