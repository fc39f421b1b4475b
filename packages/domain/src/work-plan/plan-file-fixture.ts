import type { PlanFile } from "./plan-file-schema.ts";

/** A small valid plan file for tests; each test breaks one thing in a fresh copy. */
export function validPlanFixture(): PlanFile {
  return {
    plan: {
      year: 2019,
      city: { name: "长沙市", code: "430100" },
      title: "测试计划",
      issuer: "长沙市教育局",
      publishDate: "2019-01-22",
      sourceUrl: null,
      sourceNote: "测试",
      reportingFrequency: "monthly",
      demoDataNote: "测试数据",
    },
    focusAreas: [{ code: "FA1", seq: 1, title: "一、聚焦群众关切", summary: "积极回应群众关切。" }],
    tasks: [
      {
        code: "T01",
        focusArea: "FA1",
        title: "推进儿童友好型学校建设",
        text: "推进儿童友好型学校建设。创建20所儿童友好型试点学校;社区学习中心覆盖率达到75%以上。",
        leadUnit: "DIV-JJ",
        coUnits: ["430102"],
        targets: [
          {
            code: "T01-1",
            name: "创建儿童友好型试点学校",
            unit: "所",
            baseline: null,
            targetValue: 20,
            comparator: ">=",
            startDate: "2019-01-01",
            deadline: "2019-12-31",
            source: "创建20所儿童友好型试点学校",
            binding: {
              kind: "indicator",
              measure: "designation_count",
              filter: { designationType: "child_friendly_pilot_school", awardedYear: 2019 },
            },
            districtShares: [
              { unit: "430102", value: 12 },
              { unit: "430103", value: 8 },
            ],
          },
          {
            code: "T01-2",
            name: "社区学习中心覆盖率",
            unit: "%",
            baseline: 60,
            targetValue: 75,
            comparator: ">=",
            startDate: "2019-01-01",
            deadline: "2019-12-31",
            source: "社区学习中心覆盖率达到75%以上",
            binding: { kind: "manual" },
          },
        ],
        milestones: [{ code: "T01-M1", name: "铺排年度实事项目", dueDate: "2019-03-31" }],
      },
    ],
  };
}

export const FIXTURE_UNITS: ReadonlySet<string> = new Set(["DIV-JJ", "DIV-XQ", "430102", "430103"]);
