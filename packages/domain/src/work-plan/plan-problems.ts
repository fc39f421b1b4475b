import { z } from "zod";

/** One thing wrong with a plan file: where (a path such as "tasks[3].targets[0].source") and what, in Chinese. */
export interface PlanProblem {
  path: string;
  message: string;
}

export function formatPath(segments: readonly PropertyKey[]): string {
  let path = "";
  for (const segment of segments) {
    if (typeof segment === "number") path += `[${segment}]`;
    else path += path === "" ? String(segment) : `.${String(segment)}`;
  }
  return path;
}

const TYPE_NAMES: Record<string, string> = {
  string: "文本",
  number: "数字",
  int: "整数",
  array: "列表",
  object: "对象",
  boolean: "布尔值",
};

const zhCN = z.locales.zhCN().localeError;

/**
 * Error map for hand-edited files. zod's zh-CN locale says "期望 string，实际接收 undefined" for a
 * missing key; plan editors need "缺少必填字段", so the common cases are worded here.
 */
export const planErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === "invalid_type") {
    return issue.input === undefined ? "缺少必填字段" : `应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
  }
  if (issue.code === "unrecognized_keys") return `未知字段：${issue.keys.join("、")}`;
  if (issue.code === "invalid_value") return `取值须为以下之一：${issue.values.map(String).join("、")}`;
  return zhCN(issue);
};

/** zod issues as plan problems, their paths prefixed by where the parsed value sits in the file. */
export function problemsFromZod(error: z.ZodError, prefix: readonly PropertyKey[] = []): PlanProblem[] {
  return error.issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]),
    message: issue.message,
  }));
}
