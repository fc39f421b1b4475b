import { z } from "zod";
import { ORG_UNIT_KINDS } from "@edubureau/domain";
import { isoDateTime } from "../../http/zod-types.ts";

export const orgUnitSchema = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(ORG_UNIT_KINDS),
  kindLabel: z.string(),
  path: z.string(),
  depth: z.number().int(),
  childCount: z.number().int(),
  createdAt: isoDateTime,
});

/** A unit found by search or opened by id, with the names of its ancestors inside the actor's scope, top first. */
export const orgUnitWithPathSchema = orgUnitSchema.extend({ pathNames: z.array(z.string()) });

export const orgUnitList = z.object({ items: z.array(orgUnitSchema) });
export const orgUnitWithPathList = z.object({ items: z.array(orgUnitWithPathSchema) });
export const idParams = z.object({ id: z.uuid("机构编号格式不正确") });
export const searchQuery = z.object({ q: z.string().trim().min(1, "请输入名称或代码").max(100) });

const code = z
  .string()
  .trim()
  .min(1, "请输入代码")
  .max(32, "代码不能超过 32 个字符")
  .regex(/^[0-9A-Za-z-]+$/, "代码只能包含数字、字母和连字符");
const name = z.string().trim().min(1, "请输入名称").max(100, "名称不能超过 100 个字");

export const createOrgUnitBody = z.object({
  parentId: z.uuid("上级机构编号格式不正确"),
  code,
  name,
  kind: z.enum(ORG_UNIT_KINDS, "机构类型无效"),
});

export const updateOrgUnitBody = z.object({ code: code.optional(), name: name.optional() });

export const scopeFiltersQuery = z.object({
  districtId: z.uuid("区县编号格式不正确").optional(),
  q: z.string().trim().max(50, "搜索内容不能超过 50 个字").optional(),
});

/** The districts and schools a list may be narrowed to, inside the account's own scope. */
export const scopeFilters = z.object({
  districts: z.array(z.object({ id: z.uuid(), name: z.string() })),
  /** Schools of the chosen district (or of the scope) matching the search, at most 100. */
  schools: z.array(z.object({ id: z.uuid(), name: z.string(), districtId: z.uuid().nullable() })),
  /** Every school of the scope, so a page can tell whether a school filter could narrow anything. */
  schoolCount: z.number().int(),
});
