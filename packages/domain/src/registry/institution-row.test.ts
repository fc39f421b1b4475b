import { describe, expect, it } from "vitest";
import { createAreaIndex } from "./institution-areas.ts";
import { checkInstitutionFacts } from "./institution-facts.ts";
import { checkInstitutionRow, isBlankRow } from "./institution-row.ts";
import {
  checkTemplateVersion,
  findDuplicateCodes,
  INSTITUTION_COLUMNS,
  INSTITUTION_TEMPLATE_VERSION,
  institutionSheetRow,
  readHeaderRow,
  sortProblems,
  type InstitutionColumnKey,
} from "./institution-sheet.ts";
import type { SheetCell } from "./institution-cells.ts";

const areas = createAreaIndex({
  districts: [
    { id: "d-furong", code: "430102", name: "芙蓉区" },
    { id: "d-yuelu", code: "430104", name: "岳麓区" },
  ],
  streets: [
    { id: "s-wenyi", code: "430102001", name: "文艺路街道", districtId: "d-furong" },
    { id: "s-yuelu", code: "430104001", name: "岳麓街道", districtId: "d-yuelu" },
  ],
});

const { columns } = readHeaderRow(INSTITUTION_COLUMNS.map((c) => c.header));

const GOOD: Record<InstitutionColumnKey, SheetCell> = {
  code: "2143010299",
  name: "芙蓉区新建小学",
  type: "小学",
  ownership: "公办",
  inclusive: "",
  educationGroup: "长郡教育集团",
  groupLead: "是",
  district: "芙蓉区",
  street: "文艺路街道",
  address: "芙蓉区文艺路 1 号",
  longitude: 112.99,
  latitude: 28.19,
  status: "在办",
  places: 1800,
};

function check(overrides: Partial<Record<InstitutionColumnKey, SheetCell>> = {}) {
  const record = { ...GOOD, ...overrides };
  return checkInstitutionRow({
    row: 7,
    cells: INSTITUTION_COLUMNS.map((c) => record[c.key]),
    columns,
    areas,
  });
}

function messages(overrides: Partial<Record<InstitutionColumnKey, SheetCell>>) {
  return check(overrides).problems.map((p) => `${p.column}：${p.message}`);
}

describe("one institution row", () => {
  it("reads a good row with district and street resolved", () => {
    const result = check();
    expect(result.problems).toEqual([]);
    expect(result.value).toMatchObject({
      code: "2143010299",
      type: "primary",
      ownership: "public",
      districtId: "d-furong",
      streetId: "s-wenyi",
      groupLead: true,
      status: "operating",
      places: 1800,
    });
  });

  it("checks the 10-digit school code", () => {
    expect(messages({ code: "214301029" })).toEqual(["学校标识码：学校标识码须为 10 位数字，当前为 9 位"]);
    expect(messages({ code: "21430A0299" })).toEqual([
      "学校标识码：学校标识码须为 10 位数字，当前为「21430A0299」",
    ]);
    expect(messages({ code: null })).toEqual(["学校标识码：请填写学校标识码"]);
    // Numbers typed into Excel and full-width digits from a Chinese IME are both fine.
    expect(check({ code: 2143010299 }).value?.code).toBe("2143010299");
    expect(check({ code: "２１４３０１０２９９" }).value?.code).toBe("2143010299");
  });

  it("maps Chinese labels and names the allowed ones", () => {
    expect(check({ type: "九年一贯制" }).value?.type).toBe("nine_year");
    expect(check({ ownership: "民办" }).value?.ownership).toBe("private");
    expect(check({ status: "" }).value?.status).toBe("operating");
    expect(check({ status: "筹建" }).value?.status).toBe("preparing");
    expect(messages({ type: "大学" })[0]).toMatch(/^办学类型：办学类型「大学」无效，可选：幼儿园、小学/);
    expect(messages({ ownership: "" })).toEqual(["办学性质：请填写办学性质（公办或民办）"]);
  });

  it("finds districts by name or GB/T 2260 code, and streets only inside their district", () => {
    expect(check({ district: "430102" }).value?.districtId).toBe("d-furong");
    expect(messages({ district: "天心区" })).toEqual(["区县：区县「天心区」不存在或不在您的管理范围内"]);
    expect(messages({ district: "430103" })).toEqual([
      "区县：行政区划代码「430103」不存在或不在您的管理范围内",
    ]);
    expect(messages({ street: "岳麓街道" })).toEqual(["街道：街道「岳麓街道」不在芙蓉区的街道/乡镇名单中"]);
    expect(check({ street: "" }).value?.streetId).toBeNull();
  });

  it("refuses negative, fractional and non-numeric places", () => {
    expect(messages({ places: -5 })).toEqual(["学位数：学位数不能为负数，当前为 -5"]);
    expect(messages({ places: 12.5 })).toEqual(["学位数：学位数须为整数，当前为 12.5"]);
    expect(messages({ places: "一千" })).toEqual(["学位数：学位数须为数字，当前为「一千」"]);
    expect(check({ places: "" }).value?.places).toBe(0);
    expect(check({ places: "1800" }).value?.places).toBe(1800);
  });

  it("keeps 普惠性 to kindergartens and the lead school to a named group", () => {
    expect(messages({ inclusive: "是" })).toEqual(["普惠性：只有幼儿园可以标注普惠性"]);
    expect(check({ type: "幼儿园", inclusive: "是" }).value?.inclusive).toBe(true);
    expect(messages({ inclusive: "可能" })).toEqual(["普惠性：普惠性须填写“是”或“否”，当前为「可能」"]);
    expect(messages({ educationGroup: "" })).toEqual(["集团牵头校：请先填写教育集团，再标注集团牵头校"]);
  });

  it("checks coordinates come in pairs inside China", () => {
    expect(messages({ longitude: 28.19, latitude: 112.99 })).toEqual([
      "经度：经度须在 73–136 之间（中国境内），当前为 28.19",
      "纬度：纬度须在 3–54 之间（中国境内），当前为 112.99",
    ]);
    expect(messages({ latitude: "" })).toEqual(["纬度：经度和纬度须同时填写或同时留空"]);
    expect(messages({ longitude: "东经112" })).toEqual(["经度：经度须为数字，当前为「东经112」"]);
    expect(check({ longitude: null, latitude: null }).value?.longitude).toBeNull();
  });

  it("reports every problem of a row at once", () => {
    const result = check({ code: "1", name: "", type: "大学", district: "火星区", places: -1 });
    expect(result.value).toBeNull();
    expect(result.problems.map((p) => p.column)).toEqual([
      "学校标识码",
      "学校名称",
      "办学类型",
      "区县",
      "学位数",
    ]);
    expect(result.problems.every((p) => p.row === 7)).toBe(true);
  });

  it("treats a row of empty cells as blank", () => {
    expect(isBlankRow([null, "", "  "])).toBe(true);
    expect(isBlankRow([null, 0])).toBe(false);
  });
});

describe("the sheet", () => {
  it("maps headers in any order and names unknown and missing ones", () => {
    const shuffled = readHeaderRow(["学校名称", "学校标识码", "办学类型", "办学性质", "区县"]);
    expect(shuffled.problems).toEqual([]);
    expect(shuffled.columns.code).toBe(1);
    const bad = readHeaderRow(["学校标识码", "学校名字", "学校标识码", "办学类型", "办学性质"]);
    expect(bad.problems.map((p) => p.message)).toEqual([
      "无法识别的列「学校名字」，请使用模板中的列名",
      "列「学校标识码」重复出现",
      "缺少必填列「学校名称」",
      "缺少必填列「区县」",
    ]);
    expect(bad.problems.every((p) => p.row === 1)).toBe(true);
  });

  it("refuses a missing or different template version", () => {
    expect(checkTemplateVersion(INSTITUTION_TEMPLATE_VERSION)).toBeNull();
    expect(checkTemplateVersion("v0")).toEqual({
      row: 1,
      column: "模板版本",
      message: "模板版本为「v0」，系统要求 v1：请重新下载模板后填写",
    });
    expect(checkTemplateVersion(null)?.message).toMatch(/^缺少模板版本信息/);
  });

  it("names each repeated school code with the row it repeats", () => {
    expect(
      findDuplicateCodes([
        { row: 2, code: "2143010201" },
        { row: 3, code: "2143010202" },
        { row: 9, code: "2143010201" },
      ]),
    ).toEqual([{ row: 9, column: "学校标识码", message: "学校标识码 2143010201 与第 2 行重复" }]);
  });

  it("sorts problems by row, then by column position", () => {
    const sorted = sortProblems([
      { row: 3, column: "学位数", message: "a" },
      { row: 2, column: "区县", message: "b" },
      { row: 3, column: "学校标识码", message: "c" },
    ]);
    expect(sorted.map((p) => p.message)).toEqual(["b", "c", "a"]);
  });

  it("writes export rows that read back to the same institution", () => {
    const original = check({ type: "幼儿园", inclusive: "是", ownership: "民办" }).value;
    if (!original) throw new Error("fixture row invalid");
    const cells = institutionSheetRow({
      ...original,
      districtName: "芙蓉区",
      streetName: "文艺路街道",
    });
    const again = checkInstitutionRow({ row: 2, cells, columns, areas });
    expect(again.value).toEqual(original);
  });
});

describe("facts shared with the form", () => {
  it("accepts a kindergarten without coordinates", () => {
    expect(
      checkInstitutionFacts({
        type: "kindergarten",
        inclusive: true,
        educationGroup: null,
        groupLead: false,
        longitude: null,
        latitude: null,
        places: 0,
      }),
    ).toEqual([]);
  });
});
