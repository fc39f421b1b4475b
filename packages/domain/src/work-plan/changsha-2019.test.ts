import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { describe, expect, it } from "vitest";
// Vite's ?raw import reads the shipped file as text without node:fs, which domain code may not import.
import divisionsYaml from "../../../../plans/changsha-divisions.yaml?raw";
import planYaml from "../../../../plans/changsha-2019.yaml?raw";
import { validateDivisionsFile } from "./division-list.ts";
import type { PlanFile } from "./plan-file-schema.ts";
import { loadPlanYaml, parsePlanYaml } from "./plan-yaml.ts";
import type { TargetUnit } from "./target-kinds.ts";

// GB/T 2260 codes of Changsha's nine districts, counties and county-level cities.
const CHANGSHA_DISTRICTS = [
  "430102",
  "430103",
  "430104",
  "430105",
  "430111",
  "430112",
  "430121",
  "430181",
  "430182",
];

/**
 * Every "number + 量词(所/个/人/名/位/%)" in the 2019 plan, found by scanning the original text and
 * written down here by hand, independently of the YAML. People (名/位) count as 人.
 * "各建1所高中" is one school in each of two areas, so the commitment is 2 所.
 */
const COMMITMENTS: readonly { quote: string; value: number; unit: TargetUnit }[] = [
  { quote: "遴选16位名校长(园长)", value: 16, unit: "人" },
  { quote: "新建4个名校长(园长)工作室", value: 4, unit: "个" },
  { quote: "创建20所儿童友好型试点学校", value: 20, unit: "所" },
  { quote: "新扩建25所义务教育学校", value: 25, unit: "所" },
  { quote: "在东岸片区和暮云片区各建1所高中", value: 2, unit: "所" },
  { quote: "新改扩建30所公办幼儿园", value: 30, unit: "所" },
  { quote: "建设130所义务教育标准化学校", value: 130, unit: "所" },
  { quote: "推出12所市级智慧校园试点学校", value: 12, unit: "所" },
  { quote: "推进80%以上审批服务事项全流程网上办", value: 80, unit: "%" },
  { quote: "社区学习中心覆盖率达到75%以上", value: 75, unit: "%" },
  { quote: "遴选20个示范性社区学习中心", value: 20, unit: "个" },
  { quote: "换届、新建10个市级名师工作室", value: 10, unit: "个" },
  { quote: "5个名师(特级教师)农村工作站", value: 5, unit: "个" },
  { quote: "完成市级培训8000人", value: 8000, unit: "人" },
  { quote: "滚动培训1600名骨干教师", value: 1600, unit: "人" },
  { quote: "组织400名教师异地高端研修", value: 400, unit: "人" },
  { quote: "定向培养300名省级公费师范生", value: 300, unit: "人" },
  { quote: "创建100个校园法律服务站", value: 100, unit: "个" },
];

/** Numbers in the text that are names or ordinals, not counts to reach; none may become a target. */
const NOT_COMMITMENTS = [
  "减负30条",
  "校企合作10条意见",
  "近视综合防控5年计划",
  "体艺“2+1”",
  "“十件实事”",
  "“十项准则”",
];
/** Ordinal batches (第N批/第N届) are tracked as milestones instead. */
const ORDINAL_MILESTONES = ["第四批网络联校", "第五届“感动星城魅力教师”", "第二批市级卓越教师"];

/** sha256 prefixes of each original paragraph, taken from the seed text when the data was written. */
const TEXT_HASHES: Record<string, string> = {
  FA1: "322709bd465d6f50",
  FA2: "746b9cbd3616f7f4",
  FA3: "d0d9e9bc1e0b8b9d",
  FA4: "9885caef2345af62",
  FA5: "731448118ba26d2c",
  FA6: "48347903b46889fd",
  FA7: "445a5803fb5c4b1e",
  FA8: "14b0c272762be70b",
  T01: "5b921e1384bb5b45",
  T02: "eaa57006a307a822",
  T03: "5e875dae2d8bf40e",
  T04: "650477e381149938",
  T05: "2d9c37867d63537a",
  T06: "fe14f6297adc9702",
  T07: "1d313acb9eecb9a7",
  T08: "568aac3b3d7dbb14",
  T09: "9aaed44d276d235e",
  T10: "a9958fde53b85695",
  T11: "4c2a8084780b1730",
  T12: "45ac46c5212832c0",
  T13: "32ce0335a7a2afdc",
  T14: "69fdecf281ca0903",
  T15: "94678e30fb1aa3c8",
  T16: "8ed55a5bea6efb89",
  T17: "7a595552d9c2f94b",
  T18: "f2fe99ff2364fd14",
  T19: "dffb80a804e9bf1a",
  T20: "8e0cb40ddf2cec9f",
  T21: "b0146e94e73f7379",
  T22: "4222fe7b6281d91c",
  T23: "ee53447c7a0f7ac2",
  T24: "3a1a147219956758",
  T25: "81b10fb0e11ea6d3",
  T26: "fe7a35ca7c76ae15",
  T27: "1fb9ff055c995ceb",
  T28: "16d4fdcf254710a9",
  T29: "37b9dcc940cf9edd",
  T30: "f55fee0eec03c856",
  T31: "5bc4d9acc5509928",
  T32: "d6533caa19009754",
  T33: "4b5f45ce1d1ff1b4",
  T34: "532c0c7c275ca483",
};

const hash = (text: string) => bytesToHex(sha256(utf8ToBytes(text))).slice(0, 16);

function loadDivisions() {
  const parsed = parsePlanYaml(divisionsYaml);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const result = validateDivisionsFile(parsed.value);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.divisions;
}

function loadPlan(): PlanFile {
  const units = new Set([...loadDivisions().map((d) => d.code), ...CHANGSHA_DISTRICTS]);
  const result = loadPlanYaml(planYaml, units);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.plan;
}

describe("changsha-2019.yaml", () => {
  const plan = loadPlan();
  const targets = plan.tasks.flatMap((task) => task.targets.map((target) => ({ task, target })));

  it("is a valid plan with the published metadata", () => {
    expect(plan.plan).toMatchObject({
      year: 2019,
      city: { name: "长沙市", code: "430100" },
      issuer: "长沙市教育局",
      publishDate: "2019-01-22",
    });
    expect(plan.plan.demoDataNote).toContain("演示数据");
  });

  it("has the eight focus areas and 34 tasks (3+4+5+4+6+4+4+4)", () => {
    expect(plan.focusAreas.map((area) => area.code)).toEqual([
      "FA1",
      "FA2",
      "FA3",
      "FA4",
      "FA5",
      "FA6",
      "FA7",
      "FA8",
    ]);
    const perArea = plan.focusAreas.map(
      (area) => plan.tasks.filter((task) => task.focusArea === area.code).length,
    );
    expect(perArea).toEqual([3, 4, 5, 4, 6, 4, 4, 4]);
    expect(plan.tasks.map((task) => task.code)).toEqual(
      Array.from({ length: 34 }, (_, i) => `T${String(i + 1).padStart(2, "0")}`),
    );
  });

  it("keeps every original paragraph verbatim", () => {
    for (const area of plan.focusAreas)
      expect(hash(`${area.title}。${area.summary}`), area.code).toBe(TEXT_HASHES[area.code]);
    for (const task of plan.tasks) {
      expect(hash(task.text), task.code).toBe(TEXT_HASHES[task.code]);
      expect(task.text.startsWith(`${task.title}。`), task.code).toBe(true);
    }
  });

  it("has every numeric commitment as a target with its value, unit and quote", () => {
    for (const expected of COMMITMENTS) {
      const found = targets.find(({ target }) => target.source === expected.quote);
      expect(found, expected.quote).toBeDefined();
      expect(found?.target, expected.quote).toMatchObject({
        targetValue: expected.value,
        unit: expected.unit,
        comparator: ">=",
      });
    }
    expect(targets).toHaveLength(COMMITMENTS.length);
  });

  it("misses no number + 量词 in any task text", () => {
    for (const task of plan.tasks) {
      for (const match of task.text.matchAll(/\d+(?:所|个|人|名|位|%)/g)) {
        const covered = COMMITMENTS.some((c) => c.quote.includes(match[0]) && task.text.includes(c.quote));
        expect(covered, `${task.code}: ${match[0]}`).toBe(true);
      }
    }
  });

  it("does not turn names or ordinals into targets; ordinals become milestones", () => {
    const allText = plan.tasks.map((task) => task.text).join("");
    for (const phrase of [...NOT_COMMITMENTS, ...ORDINAL_MILESTONES]) {
      expect(allText, phrase).toContain(phrase);
      expect(
        targets.some(({ target }) => target.source.includes(phrase)),
        phrase,
      ).toBe(false);
    }
    const milestoneNames = plan.tasks.flatMap((task) => task.milestones.map((m) => m.name)).join("|");
    for (const phrase of ORDINAL_MILESTONES) expect(milestoneNames, phrase).toContain(phrase);
  });

  it("runs targets over 2019 and binds every registry-computable one", () => {
    for (const { target } of targets) {
      expect([target.startDate, target.deadline], target.code).toEqual(["2019-01-01", "2019-12-31"]);
      expect(target.binding.kind, target.code).toBe("indicator");
    }
    const highSchools = targets.find(({ target }) => target.targetValue === 2)?.target;
    expect(highSchools?.districtShares).toEqual([
      { unit: "430102", value: 1 },
      { unit: "430103", value: 1 },
    ]);
  });

  it("gives qualitative tasks one to three milestones due in 2019, and every task a division lead", () => {
    const divisions = new Set(loadDivisions().map((d) => d.code));
    for (const task of plan.tasks) {
      expect(divisions.has(task.leadUnit), task.code).toBe(true);
      if (task.targets.length === 0) {
        expect(task.milestones.length, task.code).toBeGreaterThanOrEqual(1);
        expect(task.milestones.length, task.code).toBeLessThanOrEqual(3);
      }
      for (const m of task.milestones) expect(m.dueDate.startsWith("2019-"), m.code).toBe(true);
    }
  });
});
