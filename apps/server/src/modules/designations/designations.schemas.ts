import { z } from "zod";
import { INSTITUTION_TYPES, OWNERSHIPS } from "@edubureau/domain/registry";
import { isoDateTime, pageQuery, namedSchema } from "../../http/zod-types.ts";

const isoDate = z.iso.date("日期格式应为 YYYY-MM-DD");
const year = z.coerce
  .number("年度须为数字")
  .int("年度须为整数")
  .min(1949, "年度不能早于 1949 年")
  .max(2100, "年度不能晚于 2100 年");
const typeCode = z.string().trim().min(1, "请选择称号类型").max(64);
const documentNo = z.string().trim().max(64, "文号不能超过 64 个字");

export const designationTypeSchema = z.object({ code: z.string(), name: z.string() });
export const designationTypeList = z.object({ items: z.array(designationTypeSchema) });

export const designationSchema = z.object({
  id: z.uuid(),
  typeCode: z.string(),
  typeName: z.string(),
  year: z.number().int(),
  documentNo: z.string().nullable(),
  documentDate: isoDate.nullable(),
  revoked: z.boolean(),
  revokedOn: isoDate.nullable(),
  revokeReason: z.string().nullable(),
  institution: z.object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    type: z.enum(INSTITUTION_TYPES),
    ownership: z.enum(OWNERSHIPS),
  }),
  district: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export const designationList = z.object({ items: z.array(designationSchema), total: z.number().int() });

const booleanText = z
  .enum(["true", "false", "1", "0"], "须为 true 或 false")
  .transform((value) => value === "true" || value === "1");

export const listQuery = z.object({
  typeCode: typeCode.optional(),
  year: year.optional(),
  districtId: z.uuid("区县编号格式不正确").optional(),
  institutionId: z.uuid("学校编号格式不正确").optional(),
  q: z.string().trim().max(64).optional(),
  includeRevoked: booleanText.default(false),
  ...pageQuery,
});

export const summaryQuery = z.object({
  year: year.optional(),
  districtId: z.uuid("区县编号格式不正确").optional(),
});

export const summarySchema = z.object({
  items: z.array(
    z.object({
      typeCode: z.string(),
      typeName: z.string(),
      year: z.number().int(),
      active: z.number().int(),
      revoked: z.number().int(),
    }),
  ),
});

export const idParams = z.object({ id: z.uuid("称号记录编号格式不正确") });

export const awardBody = z.object({
  institutionId: z.uuid("请选择学校"),
  typeCode,
  year: z
    .number("请输入年度")
    .int("年度须为整数")
    .min(1949, "年度不能早于 1949 年")
    .max(2100, "年度不能晚于 2100 年"),
  documentNo: documentNo.nullish(),
  documentDate: isoDate.nullish(),
});

export const updateBody = z.object({
  documentNo: documentNo.nullish(),
  documentDate: isoDate.nullish(),
});

export const revokeBody = z.object({
  revokedOn: isoDate,
  reason: z.string().trim().min(1, "请填写撤销原因").max(200, "撤销原因不能超过 200 个字"),
});

namedSchema("Designation", designationSchema);
