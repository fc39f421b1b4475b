import { labelledCodes } from "../labelled-codes.ts";

/**
 * Safety inspections: checklists by topic, school self-inspections on a schedule (monthly by default), district
 * spot checks. A self-inspection is missed when its month ended without one (the month counts in full).
 */
export const { codes: INSPECTION_TOPICS, labels: INSPECTION_TOPIC_LABELS } = labelledCodes({
  fire: "消防安全",
  food: "食品安全",
  buildings: "校舍安全",
  traffic: "交通安全",
  water: "防溺水",
  electricity: "用电安全",
  labs: "实验室安全",
  dormitories: "宿舍安全",
  security: "安保与三防",
});
export type InspectionTopic = (typeof INSPECTION_TOPICS)[number];

/** A checklist per topic; seasonal items apply only in their months. */
export const CHECKLISTS: Record<InspectionTopic, { item: string; months?: readonly number[] }[]> = {
  fire: [
    { item: "疏散通道畅通、安全出口无锁闭" },
    { item: "灭火器在有效期内" },
    { item: "消防控制室有人值守" },
  ],
  food: [{ item: "食品留样 48 小时" }, { item: "从业人员健康证齐全" }, { item: "原料索证索票" }],
  buildings: [
    { item: "无危房在用" },
    { item: "围墙、护栏完好" },
    { item: "汛期屋面排水通畅", months: [4, 5, 6, 7, 8, 9] },
  ],
  traffic: [{ item: "校车证照齐全" }, { item: "校门口交通标志完好" }],
  water: [
    { item: "危险水域警示牌完好", months: [4, 5, 6, 7, 8, 9, 10] },
    { item: "防溺水家长告知书已发放", months: [5, 6, 7] },
  ],
  electricity: [{ item: "无私拉乱接电线" }, { item: "配电房上锁" }],
  labs: [{ item: "危化品双人双锁" }, { item: "实验室通风设备正常" }],
  dormitories: [{ item: "宿舍夜间值守" }, { item: "宿舍无违规电器" }],
  security: [{ item: "门卫登记制度落实" }, { item: "一键报警测试正常" }, { item: "护学岗按时到岗" }],
};

export function checklistFor(topic: InspectionTopic, month: number): string[] {
  return CHECKLISTS[topic].filter((c) => !c.months || c.months.includes(month)).map((c) => c.item);
}

export const { codes: INSPECTION_KINDS, labels: INSPECTION_KIND_LABELS } = labelledCodes({
  self: "学校自查",
  spot: "区县抽查",
});
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

/** "2019-03" months in [from, to] whose end is before `today` and that hold no self-inspection. */
export function missedSelfInspections(done: readonly string[], from: string, today: string): string[] {
  const doneMonths = new Set(done.map((d) => d.slice(0, 7)));
  const missed: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const current = today.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    if (key >= current) break;
    if (!doneMonths.has(key)) missed.push(key);
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
  return missed;
}
