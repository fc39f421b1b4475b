import type { PeriodType } from "./periods.ts";
import { labelledCodes } from "../labelled-codes.ts";

/**
 * A data element is one number a unit reports for a period through a form (DHIS2's "data element"):
 * e.g. how many classes a school has. Values are summed up the org-unit tree.
 */
export const { codes: DATA_VALUE_TYPES, labels: DATA_VALUE_TYPE_LABELS } = labelledCodes({
  integer: "整数",
  number: "数值",
  percent: "百分比",
});
export type DataValueType = (typeof DATA_VALUE_TYPES)[number];

export interface DataElementDefinition {
  code: string;
  name: string;
  unit: string;
  valueType: DataValueType;
  periodType: PeriodType;
  minValue: number | null;
  maxValue: number | null;
  description: string | null;
}

/** Lower-case code usable in URLs and rules. */
export const DATA_ELEMENT_CODE = /^[a-z][a-z0-9_]{1,47}$/;

/**
 * Elements shipped with EduBureau (migration 0005 inserts them). The class counts let schools report
 * 大班额 before their class lists are in the registry; the online-service counts feed the plan's
 * "推进80%以上审批服务事项全流程网上办".
 */
export const DEFAULT_DATA_ELEMENTS: readonly DataElementDefinition[] = [
  {
    code: "classes_total",
    name: "义务教育班级总数",
    unit: "班",
    valueType: "integer",
    periodType: "school_year",
    minValue: 0,
    maxValue: null,
    description: "1–9年级教学班总数（学年初统计）",
  },
  {
    code: "classes_large",
    name: "大班额班级数（56人及以上）",
    unit: "班",
    valueType: "integer",
    periodType: "school_year",
    minValue: 0,
    maxValue: null,
    description: "班额56人及以上的1–9年级班级数，含超大班额（国发〔2016〕40号）",
  },
  {
    code: "classes_super_large",
    name: "超大班额班级数（66人及以上）",
    unit: "班",
    valueType: "integer",
    periodType: "school_year",
    minValue: 0,
    maxValue: null,
    description: "班额66人及以上的1–9年级班级数（国发〔2016〕40号）",
  },
  {
    code: "online_service_items_total",
    name: "审批服务事项总数",
    unit: "项",
    valueType: "integer",
    periodType: "year",
    minValue: 0,
    maxValue: null,
    description: "本单位承担的审批服务事项总数",
  },
  {
    code: "online_service_items_online",
    name: "全流程网上办审批服务事项数",
    unit: "项",
    valueType: "integer",
    periodType: "year",
    minValue: 0,
    maxValue: null,
    description: "可全流程网上办理的审批服务事项数",
  },
];

const formatNumber = (n: number) => String(n);

/** Null when `value` fits the element's type and range; otherwise a Chinese message. */
export function checkDataValue(element: DataElementDefinition, value: number): string | null {
  if (!Number.isFinite(value)) return `“${element.name}”须为数字`;
  if (element.valueType === "integer" && !Number.isInteger(value)) return `“${element.name}”须为整数`;
  const min = element.minValue ?? (element.valueType === "percent" ? 0 : null);
  const max = element.maxValue ?? (element.valueType === "percent" ? 100 : null);
  if (min !== null && value < min) return `“${element.name}”不能小于 ${formatNumber(min)}`;
  if (max !== null && value > max) return `“${element.name}”不能大于 ${formatNumber(max)}`;
  return null;
}
