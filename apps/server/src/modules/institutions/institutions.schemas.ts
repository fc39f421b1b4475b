import { z } from "zod";
import { INSTITUTION_STATUSES, INSTITUTION_TYPES, MAX_PLACES, OWNERSHIPS } from "@edubureau/domain/registry";
import { isoDateTime, pageQuery, namedSchema, sortQuery } from "../../http/zod-types.ts";

const type = z.enum(INSTITUTION_TYPES, "办学类型无效");
const ownership = z.enum(OWNERSHIPS, "办学性质无效");
const status = z.enum(INSTITUTION_STATUSES, "办学状态无效");
const areaRef = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

export const institutionSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  type,
  ownership,
  inclusive: z.boolean(),
  educationGroup: z.string().nullable(),
  groupLead: z.boolean(),
  district: areaRef,
  street: areaRef.nullable(),
  address: z.string().nullable(),
  longitude: z.number().nullable(),
  latitude: z.number().nullable(),
  status,
  places: z.number().int(),
  updatedAt: isoDateTime,
});

export const institutionDetail = institutionSchema.extend({
  /** Designations in force (称号), counted from the designations register. */
  designationCount: z.number().int(),
  /** Pupils in the latest school year of classes, when classes are registered. */
  enrolment: z.object({ schoolYear: z.string(), students: z.number().int() }).nullable(),
});

export const institutionList = z.object({ items: z.array(institutionSchema), total: z.number().int() });

export const filtersQuery = z.object({
  districtId: z.uuid("区县编号格式不正确").optional(),
  streetId: z.uuid("街道编号格式不正确").optional(),
  type: type.optional(),
  ownership: ownership.optional(),
  inclusive: z.stringbool({ error: "普惠性须为 true 或 false" }).optional(),
  status: status.optional(),
  q: z.string().trim().max(64, "搜索内容不能超过 64 个字").optional(),
});

/** Columns the 机构名录 sorts on; the default is by district, then 学校标识码. */
export const INSTITUTION_SORT_KEYS = [
  "district",
  "code",
  "name",
  "type",
  "places",
  "status",
  "updatedAt",
] as const;
export type InstitutionSortKey = (typeof INSTITUTION_SORT_KEYS)[number];

export const listQuery = filtersQuery.extend({
  ...pageQuery,
  ...sortQuery(INSTITUTION_SORT_KEYS, "district"),
});

export const mapPoints = z.object({
  items: z.array(z.object({ id: z.uuid(), name: z.string(), type, lng: z.number(), lat: z.number() })),
  /** All matches, with or without coordinates. */
  total: z.number().int(),
});

export const areasResponse = z.object({
  districts: z.array(areaRef.extend({ streets: z.array(areaRef) })),
});

export const idParams = z.object({ id: z.uuid("机构编号格式不正确") });

const code = z
  .string()
  .trim()
  .regex(/^\d{10}$/, "学校标识码须为 10 位数字");
const name = z.string().trim().min(1, "请输入学校名称").max(100, "学校名称不能超过 100 个字");
const text = (max: number, label: string) =>
  z.string().trim().max(max, `${label}不能超过 ${max} 个字`).nullable();
const coordinate = z.number("须为数字").nullable();
const places = z
  .number("学位数须为数字")
  .int("学位数须为整数")
  .min(0, "学位数不能为负数")
  .max(MAX_PLACES, `学位数不能超过 ${MAX_PLACES}`);

const fields = {
  code,
  name,
  type,
  ownership,
  inclusive: z.boolean(),
  educationGroup: text(100, "教育集团"),
  groupLead: z.boolean(),
  districtId: z.uuid("请选择区县"),
  streetId: z.uuid("街道编号格式不正确").nullable(),
  address: text(200, "地址"),
  longitude: coordinate,
  latitude: coordinate,
  status,
  places,
};

export const createBody = z.object({
  ...fields,
  inclusive: fields.inclusive.default(false),
  educationGroup: fields.educationGroup.default(null),
  groupLead: fields.groupLead.default(false),
  streetId: fields.streetId.default(null),
  address: fields.address.default(null),
  longitude: coordinate.default(null),
  latitude: coordinate.default(null),
  status: status.default("operating"),
  places: places.default(0),
});

/** Only the fields sent change; null clears an optional field. */
export const updateBody = z.object(fields).partial();

export const historyResponse = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      at: isoDateTime,
      actorName: z.string().nullable(),
      entity: z.string(),
      action: z.string(),
      before: z.unknown(),
      after: z.unknown(),
    }),
  ),
});

export {
  importAccepted,
  importJob,
  importQuery,
  importResult,
  jobParams,
} from "../../platform/jobs/import-job.schemas.ts";

namedSchema("InstitutionDetail", institutionDetail);
