import { checkDataValue, type DataElementDefinition } from "./data-elements.ts";

/**
 * A check across data elements at entry (DHIS2's validation rule): sum(left) operator sum(right).
 * A rule is skipped while any of its elements has no value, so a form can be filled in parts.
 */
export interface ValidationRule {
  code: string;
  left: readonly string[];
  operator: "<=" | ">=" | "==";
  right: readonly string[];
  message: string;
}

export const DATA_VALIDATION_RULES: readonly ValidationRule[] = [
  {
    code: "large_classes_within_all",
    left: ["classes_large"],
    operator: "<=",
    right: ["classes_total"],
    message: "大班额班级数不能超过班级总数",
  },
  {
    // A 66-pupil class is also a 56-pupil class (国发〔2016〕40号), so 超大 ⊆ 大.
    code: "super_large_within_large",
    left: ["classes_super_large"],
    operator: "<=",
    right: ["classes_large"],
    message: "超大班额班级数不能超过大班额班级数（66人以上的班也计入大班额）",
  },
  {
    code: "online_items_within_all",
    left: ["online_service_items_online"],
    operator: "<=",
    right: ["online_service_items_total"],
    message: "全流程网上办事项数不能超过审批服务事项总数",
  },
];

export interface EntryProblem {
  /** The element the message belongs under in a form (the rule's first left-hand element). */
  field: string;
  message: string;
  rule?: string;
}

function sum(codes: readonly string[], values: ReadonlyMap<string, number>): number | null {
  let total = 0;
  for (const code of codes) {
    const value = values.get(code);
    if (value === undefined) return null;
    total += value;
  }
  return total;
}

function holds(operator: ValidationRule["operator"], left: number, right: number): boolean {
  switch (operator) {
    case "<=":
      return left <= right;
    case ">=":
      return left >= right;
    case "==":
      return left === right;
  }
}

export function checkValidationRules(
  values: ReadonlyMap<string, number>,
  rules: readonly ValidationRule[] = DATA_VALIDATION_RULES,
): EntryProblem[] {
  const problems: EntryProblem[] = [];
  for (const rule of rules) {
    const left = sum(rule.left, values);
    const right = sum(rule.right, values);
    if (left === null || right === null || holds(rule.operator, left, right)) continue;
    problems.push({
      field: rule.left[0] ?? rule.code,
      message: `${rule.message}（${left} ${rule.operator} ${right} 不成立）`,
      rule: rule.code,
    });
  }
  return problems;
}

export interface DataEntryCheck {
  elements: readonly DataElementDefinition[];
  /** The unit's values for the period after the entry: stored values merged with the new ones. */
  values: ReadonlyMap<string, number>;
  rules?: readonly ValidationRule[];
}

/** Every problem of one unit's form: each value against its element, then the rules across elements. */
export function checkDataEntry({ elements, values, rules }: DataEntryCheck): EntryProblem[] {
  const byCode = new Map(elements.map((e) => [e.code, e]));
  const problems: EntryProblem[] = [];
  for (const [code, value] of values) {
    const element = byCode.get(code);
    if (!element) {
      problems.push({ field: code, message: `数据元素 ${code} 不存在` });
      continue;
    }
    const message = checkDataValue(element, value);
    if (message) problems.push({ field: code, message });
  }
  if (problems.length > 0) return problems;
  return checkValidationRules(values, rules);
}
