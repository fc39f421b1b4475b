import { LineCounter, parseDocument } from "yaml";
import type { PlanProblem } from "./plan-problems.ts";
import { validatePlanFile } from "./validate-plan-file.ts";
import type { PlanValidation } from "./validate-plan-file.ts";

export type YamlParse = { ok: true; value: unknown } | { ok: false; problems: PlanProblem[] };

const YAML_ERROR_LABELS: Partial<Record<string, string>> = {
  DUPLICATE_KEY: "键重复",
  BAD_INDENT: "缩进错误",
  MISSING_CHAR: "缺少字符",
  MULTILINE_IMPLICIT_KEY: "键不能跨行",
  TAB_AS_INDENT: "不能用 Tab 缩进",
  UNEXPECTED_TOKEN: "意外的符号",
};

/**
 * Parses YAML text; takes a string so the caller owns the I/O. YAML 1.2 core schema: an
 * unquoted 2019-01-01 stays a string, which is what the plan schema expects for dates.
 * Duplicate keys are errors because the second would silently replace the first.
 */
export function parsePlanYaml(text: string): YamlParse {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, lineCounter });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => {
        const where = lineCounter.linePos(error.pos[0]);
        return {
          path: `第 ${where.line} 行第 ${where.col} 列`,
          message: `YAML 语法错误：${YAML_ERROR_LABELS[error.code] ?? error.code}（${error.message}）`,
        };
      }),
    };
  }
  return { ok: true, value: doc.toJS() };
}

/** Parse and validate in one step, for the server's loader and for previews in the web editor. */
export function loadPlanYaml(text: string, knownUnitCodes: ReadonlySet<string>): PlanValidation {
  const parsed = parsePlanYaml(text);
  return parsed.ok ? validatePlanFile(parsed.value, knownUnitCodes) : parsed;
}
