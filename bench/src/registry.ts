import type { SuiteEntry } from "./lib/context.ts";

/**
 * Every suite, in the order `npm run bench` runs them. Adding a suite is one line here: a module under
 * suites/ exporting `run(ctx: BenchContext): Promise<void>` (or `run(): Promise<void>`) that prints figures
 * and may add summary rows with `ctx.record`. Each suite runs in a fresh process (lib/worker.ts) and must
 * clean up what it starts (register with lib/cleanup.ts so Ctrl-C cleans up too).
 */
export const SUITES: readonly SuiteEntry[] = [
  { name: "server-start", title: "服务启动 server start", load: () => import("./suites/server-start.ts") },
  { name: "login", title: "登录与接口吞吐 login & API throughput", load: () => import("./suites/login.ts") },
  { name: "lottery", title: "民办初中派位 lottery", load: () => import("./suites/lottery.ts") },
  {
    name: "fitness-scoring",
    title: "体质健康评分 fitness scoring",
    load: () => import("./suites/fitness-scoring.ts"),
  },
  { name: "indicators", title: "指标引擎 indicator engine", load: () => import("./suites/indicators.ts") },
  {
    name: "work-plan",
    title: "工作计划领导驾驶舱 plan dashboard",
    load: () => import("./suites/work-plan.ts"),
  },
  {
    name: "institution-import",
    title: "机构名录 Excel 导入 institution import",
    load: () => import("./suites/institution-import.ts"),
  },
  {
    name: "embedded-import",
    title: "导入时服务是否仍应答（嵌入式引擎）responsiveness during an import (embedded)",
    load: () => import("./suites/embedded-import.ts"),
  },
  {
    name: "student-health",
    title: "学生体质健康 student health (city)",
    load: () => import("./suites/student-health.ts"),
  },
  {
    name: "teacher-registration",
    title: "教师定期注册名单 teacher re-registration list",
    load: () => import("./suites/teacher-registration.ts"),
  },
  {
    name: "campus-safety",
    title: "校园安全指挥看板 campus-safety command board (city)",
    load: () => import("./suites/campus-safety.ts"),
  },
  {
    name: "services-hall",
    title: "一网通办办件与统计 services hall queue & statistics",
    load: () => import("./suites/services-hall.ts"),
  },
  {
    name: "inspectorate",
    title: "履职评价看板 duty-evaluation board (city)",
    load: () => import("./suites/inspectorate.ts"),
  },
];
