/**
 * The Excel plan template: one sheet per part of a plan file, one column per field. The template,
 * the filled example and the import all read this one list, so a header renamed here is renamed
 * everywhere. `key` is the plan-file field the column fills (see plan-file-schema.ts).
 */
export interface PlanColumn {
  key: string;
  header: string;
  required: boolean;
  hint: string;
  width: number;
}

export interface PlanSheet {
  name: string;
  columns: readonly PlanColumn[];
}

const col = (key: string, header: string, required: boolean, width: number, hint: string): PlanColumn => ({
  key,
  header,
  required,
  hint,
  width,
});

const sheet = (name: string, columns: readonly PlanColumn[]): PlanSheet => ({ name, columns });

/** 计划 is a field/value list (one row per field) rather than a table with one row. */
export const PLAN_FIELDS = [
  col("year", "年度", true, 0, "四位年份，如 2020"),
  col("city.name", "城市名称", true, 0, "如 长沙市"),
  col("city.code", "城市代码", true, 0, "6 位 GB/T 2260 地市代码，如 430100；须为本系统的城市"),
  col("title", "计划标题", true, 0, "如 长沙市教育局2020年工作计划"),
  col("issuer", "发布单位", true, 0, "如 长沙市教育局"),
  col("publishDate", "发布日期", true, 0, "YYYY-MM-DD"),
  col("sourceUrl", "原文地址", false, 0, "原文网页地址；不知道时留空"),
  col("sourceNote", "来源说明", true, 0, "原文出处，原文地址为空时写明文本从何而来"),
  col("reportingFrequency", "报送频率", true, 0, "按月报送 或 按季度报送"),
  col("demoDataNote", "数据说明", true, 0, "哪些内容是拟定的（如责任处室），会显示在计划页面上"),
] as const;

export const PLAN_SHEET = sheet("计划", [
  col("field", "字段", true, 14, ""),
  col("value", "内容", true, 70, ""),
  col("hint", "说明", false, 50, ""),
]);

export const FOCUS_AREA_SHEET = sheet("重点领域", [
  col("code", "编号", true, 8, "形如 FA1，不可重复"),
  col("seq", "序号", true, 6, "显示顺序，整数，不可重复"),
  col("title", "标题", true, 40, "如 一、聚焦顶层设计,全面加强事业规划部署"),
  col("summary", "概述", true, 60, "该领域的导语"),
]);

export const TASK_SHEET = sheet("任务", [
  col("code", "编号", true, 7, "形如 T01，不可重复"),
  col("focusArea", "重点领域编号", true, 12, "所属重点领域，如 FA1"),
  col("title", "标题", true, 26, "原文段落开头的加粗短语"),
  col("text", "原文", true, 80, "原文段落全文，须以标题开头"),
  col("leadUnit", "牵头单位编码", true, 13, "处室编码（如 DIV-JJ）或区县代码，见“单位编码”表"),
  col("coUnits", "配合单位编码", false, 26, "多个用顿号、逗号或空格分隔；不含牵头单位"),
]);

export const TARGET_SHEET = sheet("目标", [
  col("code", "编号", true, 8, "形如 T08-1，以所属任务编号开头，不可重复"),
  col("task", "任务编号", true, 10, "所属任务，如 T08"),
  col("name", "名称", true, 28, "如 创建儿童友好型试点学校"),
  col("unit", "单位", true, 6, "所、个、人 或 %"),
  col("baseline", "基线", false, 8, "数字；原文未给时留空"),
  col("targetValue", "目标值", true, 8, "数字；% 在 0–100 之间"),
  col("comparator", "比较方式", true, 10, "≥（达到）、≤（不超过）或 ="),
  col("startDate", "开始日期", true, 12, "YYYY-MM-DD"),
  col("deadline", "截止日期", true, 12, "YYYY-MM-DD，不早于开始日期"),
  col("source", "原文引用", true, 28, "承诺该数字的原话，须出现在任务原文中"),
  col("measure", "绑定指标", false, 26, "留空为处室填报；否则填绑定指标代码，见说明"),
  col("filter", "筛选条件", false, 40, '绑定指标的筛选条件，JSON 格式，如 {"year": 2020}'),
]);

export const MILESTONE_SHEET = sheet("节点", [
  col("code", "编号", true, 10, "形如 T01-M1，以所属任务编号开头，不可重复"),
  col("task", "任务编号", true, 10, "所属任务，如 T01"),
  col("name", "名称", true, 50, "节点事项"),
  col("dueDate", "完成期限", true, 12, "YYYY-MM-DD"),
]);

export const SHARE_SHEET = sheet("区县分解", [
  col("target", "目标编号", true, 10, "被分解的目标，如 T08-1"),
  col("unit", "区县代码", true, 10, "区县的 GB/T 2260 代码，如 430102"),
  col("value", "分解值", true, 8, "该区县承担的数；各区县之和须等于目标值（% 目标除外）"),
]);

export const TABLE_SHEETS = [
  FOCUS_AREA_SHEET,
  TASK_SHEET,
  TARGET_SHEET,
  MILESTONE_SHEET,
  SHARE_SHEET,
] as const;
export const GUIDE_SHEET_NAME = "说明";
export const UNIT_SHEET_NAME = "单位编码";

export const FREQUENCY_WORDS = { monthly: "按月报送", quarterly: "按季度报送" } as const;
export const COMPARATOR_WORDS = { ">=": "≥", "<=": "≤", "=": "=" } as const;
