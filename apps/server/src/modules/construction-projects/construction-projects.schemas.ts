import { z } from "zod";
import { ORG_UNIT_KINDS } from "@edubureau/domain";
import {
  OWNERSHIPS,
  PROJECT_KINDS,
  PROJECT_STATUSES,
  SCHOOL_LEVELS,
  TEST_RESULTS,
} from "@edubureau/domain/registry";
import { isoDateTime, pageQuery, namedSchema } from "../../http/zod-types.ts";

const isoDate = z.iso.date("日期格式应为 YYYY-MM-DD");
const kind = z.enum(PROJECT_KINDS, "建设类型无效");
const level = z.enum(SCHOOL_LEVELS, "学段无效");
const status = z.enum(PROJECT_STATUSES, "项目状态无效");
const testResult = z.enum(TEST_RESULTS, "检测结果无效");

export const projectSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  institution: z.object({ id: z.uuid(), code: z.string(), name: z.string() }).nullable(),
  plannedInstitutionName: z.string().nullable(),
  district: z.object({ id: z.uuid(), code: z.string(), name: z.string(), kind: z.enum(ORG_UNIT_KINDS) }),
  kind,
  kindLabel: z.string(),
  level,
  levelLabel: z.string(),
  ownership: z.enum(OWNERSHIPS),
  placesAdded: z.number().int(),
  plannedStart: isoDate.nullable(),
  plannedFinish: isoDate.nullable(),
  actualStart: isoDate.nullable(),
  actualFinish: isoDate.nullable(),
  status,
  statusLabel: z.string(),
  investmentWan: z.number().nullable(),
  indoorAirTest: testResult,
  indoorAirTestedOn: isoDate.nullable(),
  syntheticTrackTest: testResult,
  syntheticTrackTestedOn: isoDate.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export const projectList = z.object({ items: z.array(projectSchema), total: z.number().int() });

const totals = {
  count: z.number().int(),
  placesAdded: z.number().int(),
  investmentWan: z.number(),
};

export const boardSchema = z.object({
  columns: z.array(z.object({ status, statusLabel: z.string(), ...totals, items: z.array(projectSchema) })),
  totals: z.object(totals),
});

const filters = {
  districtId: z.uuid("区县编号格式不正确").optional(),
  level: level.optional(),
  kind: kind.optional(),
  q: z.string().trim().max(64).optional(),
};

export const listQuery = z.object({ ...filters, status: status.optional(), ...pageQuery });
export const boardQuery = z.object(filters);
export const idParams = z.object({ id: z.uuid("项目编号格式不正确") });

const name = z.string().trim().min(1, "请输入项目名称").max(100, "项目名称不能超过 100 个字");
const plannedInstitutionName = z.string().trim().max(100, "拟建学校名称不能超过 100 个字");
const placesAdded = z
  .number("请输入新增学位数")
  .int("新增学位数须为整数")
  .min(0, "新增学位数不能为负")
  .max(100_000, "新增学位数不能超过 100000");
const investmentWan = z
  .number("投资额须为数字")
  .min(0, "投资额不能为负")
  .max(10_000_000, "投资额不能超过 1000 亿元")
  .refine((value) => Math.round(value * 100) === value * 100, "投资额最多保留两位小数");

export const createBody = z.object({
  name,
  institutionId: z.uuid("学校编号格式不正确").nullish(),
  plannedInstitutionName: plannedInstitutionName.nullish(),
  districtId: z.uuid("区县编号格式不正确").nullish(),
  kind,
  level,
  ownership: z.enum(OWNERSHIPS, "办学性质无效").optional(),
  placesAdded: placesAdded.default(0),
  plannedStart: isoDate.nullish(),
  plannedFinish: isoDate.nullish(),
  investmentWan: investmentWan.nullish(),
});

export const updateBody = z.object({
  name: name.optional(),
  institutionId: z.uuid("学校编号格式不正确").nullish(),
  plannedInstitutionName: plannedInstitutionName.nullish(),
  districtId: z.uuid("区县编号格式不正确").optional(),
  kind: kind.optional(),
  level: level.optional(),
  ownership: z.enum(OWNERSHIPS, "办学性质无效").optional(),
  placesAdded: placesAdded.optional(),
  plannedStart: isoDate.nullish(),
  plannedFinish: isoDate.nullish(),
  actualStart: isoDate.nullish(),
  actualFinish: isoDate.nullish(),
  investmentWan: investmentWan.nullish(),
});

export const transitionBody = z.object({
  status,
  actualStart: isoDate.optional(),
  actualFinish: isoDate.optional(),
});

const testEntry = z.object({ result: testResult, testedOn: isoDate.nullish() });

export const testsBody = z
  .object({ indoorAir: testEntry.optional(), syntheticTrack: testEntry.optional() })
  .refine(
    (body) => body.indoorAir !== undefined || body.syntheticTrack !== undefined,
    "请至少录入一项检测结果",
  );

namedSchema("ConstructionProject", projectSchema);
