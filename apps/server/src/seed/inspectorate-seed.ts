import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import {
  drawSample,
  evaluationTotals,
  SAMPLE_ALGORITHM,
  sampleSeed,
  type FrameworkIndicator,
  type ScoringRule,
} from "@edubureau/domain/inspectorate";
import { addDays, beijingDate } from "@edubureau/domain/work-plan";
import { Prng } from "../../../../tools/synthetic-city/index.ts";
import { insertFramework } from "../modules/inspectorate/evaluation.service.ts";
import {
  inspAssignments,
  inspComplaints,
  inspDutyVisits,
  inspEvaluations,
  inspEvaluationScores,
  inspFindings,
  inspMonitoringResults,
  inspPlanInspectors,
  inspPlans,
  inspRectifications,
  inspVisits,
  type ChecklistItem,
} from "../modules/inspectorate/inspectorate.tables.ts";
import { users } from "../modules/users/users.tables.ts";
import type { FeatureSeedContext } from "./feature-seed.ts";

const graded: ScoringRule = {
  kind: "graded",
  grades: [
    { label: "优", fraction: 1 },
    { label: "良", fraction: 0.8 },
    { label: "中", fraction: 0.6 },
    { label: "差", fraction: 0.3 },
  ],
};
const heading = (code: string, name: string): FrameworkIndicator => ({
  code,
  name,
  level: 1,
  parentCode: null,
  maxScore: 0,
  rule: null,
});
const leaf = (code: string, name: string, maxScore: number, rule: ScoringRule): FrameworkIndicator => ({
  code,
  name,
  level: 2,
  parentCode: code.slice(0, 1),
  maxScore,
  rule,
});

/**
 * 长沙市对区县（市）人民政府履行教育职责评价指标（2019年）: the demo framework, after the national
 * 《对省级人民政府履行教育职责的评价办法》(国务院教育督导委员会, 2017) and its indicator areas — 保障,
 * 公平, 质量, 教师 — with three items computed from EduBureau's own figures.
 */
export const CHANGSHA_FRAMEWORK_2019: FrameworkIndicator[] = [
  heading("A", "教育优先发展与经费保障"),
  leaf("A1", "党政主要负责人每年专题研究教育工作", 6, { kind: "yes_no" }),
  leaf("A2", "落实一般公共预算教育支出和生均教育支出“两个只增不减”", 10, { kind: "yes_no" }),
  leaf("A3", "教育督导机构设置、督学配备和责任督学挂牌督导全覆盖", 6, graded),
  heading("B", "教育公平与均衡发展"),
  leaf("B1", "义务教育大班额比例（56人以上）", 12, {
    kind: "computed",
    measure: "large_class_ratio",
    filter: { level: "义务教育", minClassSize: 56 },
    betterWhen: "lower",
    thresholds: [
      { threshold: 2, fraction: 1 },
      { threshold: 5, fraction: 0.8 },
      { threshold: 10, fraction: 0.5 },
    ],
  }),
  leaf("B2", "普惠性幼儿园覆盖率", 10, {
    kind: "computed",
    measure: "inclusive_kindergarten_coverage",
    filter: {},
    betterWhen: "higher",
    thresholds: [
      { threshold: 80, fraction: 1 },
      { threshold: 75, fraction: 0.8 },
      { threshold: 70, fraction: 0.6 },
    ],
  }),
  leaf("B3", "随迁子女、留守儿童和残疾儿童少年受教育权利保障", 8, graded),
  leaf("B4", "县域义务教育均衡发展（校际差异系数达标）", 8, graded),
  heading("C", "教育质量与立德树人"),
  leaf("C1", "落实立德树人根本任务，德育和思政课建设", 8, graded),
  leaf("C2", "学生体质健康优良率", 8, {
    kind: "computed",
    measure: "fitness_excellent_good_rate",
    filter: { level: "全学段", year: 2019 },
    betterWhen: "higher",
    thresholds: [
      { threshold: 50, fraction: 1 },
      { threshold: 40, fraction: 0.7 },
      { threshold: 30, fraction: 0.4 },
    ],
  }),
  leaf("C3", "中小学生减负和规范办学行为", 8, graded),
  heading("D", "教师队伍建设"),
  leaf("D1", "中小学教师平均工资收入不低于当地公务员平均工资收入", 8, { kind: "yes_no" }),
  leaf("D2", "教师培训经费按不低于年度公用经费 5% 安排", 4, { kind: "yes_no" }),
  leaf("D3", "师德师风建设与违规查处", 4, graded),
];

/** The 督导室's 督学 besides the demo account 赵督学 (duxue); two per district share its schools. */
export const DEMO_INSPECTORS = [
  "周督学",
  "吴督学",
  "郑督学",
  "冯督学",
  "陈督学",
  "褚督学",
  "卫督学",
  "蒋督学",
  "沈督学",
  "韩督学",
  "杨督学",
  "朱督学",
  "秦督学",
  "尤督学",
  "许督学",
  "何督学",
  "吕督学",
] as const;

const SCHOOL_TYPES = new Set([
  "kindergarten",
  "primary",
  "junior",
  "nine_year",
  "complete_secondary",
  "senior",
  "special",
]);
const BURDEN_CHECKLIST: ChecklistItem[] = [
  { code: "C1", question: "小学一二年级不布置书面家庭作业，其他年级作业总量符合规定" },
  { code: "C2", question: "不违规组织集体补课、不以任何形式公布学生考试成绩和排名" },
  { code: "C3", question: "保证学生每天校内体育活动一小时" },
  { code: "C4", question: "睡眠时间、手机管理等减负措施公示到位" },
];
const ETHICS_CHECKLIST: ChecklistItem[] = [
  { code: "E1", question: "建立师德师风建设长效机制，签订师德承诺书" },
  { code: "E2", question: "无在职教师有偿补课、收受家长礼品礼金" },
  { code: "E3", question: "师德考核结果记入教师档案并用于评聘" },
];

const chunks = <T>(rows: readonly T[], size = 1000) =>
  Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));

/**
 * 教育督导 demo data: the 2019 evaluation framework and every district's evaluation at its stage (self-
 * evaluating, submitted, verified with weaknesses ordered for rectification), 责任督学 for every school with
 * this and last month's visits, two special inspections (one an unannounced sample, part of it still
 * sealed), complaints at each stage and the 2019 quality-monitoring results. Day-to-day items are dated
 * from the seed day, so the inspector's today page has work on it.
 */
export async function seedInspectorate(ctx: FeatureSeedContext): Promise<void> {
  const { tx, city, seed, now } = ctx;
  const rng = new Prng(seed, "inspectorate");
  const today = beijingDate(now);
  const [duxue] = await tx.select().from(users).where(eq(users.username, "duxue"));
  if (!duxue) return;

  // 督学 accounts: same unit (督导室) and demo password as duxue.
  const extra = await tx
    .insert(users)
    .values(
      DEMO_INSPECTORS.map((name, i) => ({
        username: `duxue${String(i + 1).padStart(2, "0")}`,
        displayName: name,
        passwordHash: duxue.passwordHash,
        role: "inspector" as const,
        orgUnitId: duxue.orgUnitId,
      })),
    )
    .returning({ id: users.id, name: users.displayName });
  const districts = [...city.districts].sort((a, b) => a.code.localeCompare(b.code));
  const inspectorsOf = new Map<string, { id: string; name: string }[]>();
  let next = 0;
  for (const d of districts) {
    const pair =
      d.code === "430102"
        ? [{ id: duxue.id, name: duxue.displayName }, extra[next++]]
        : [extra[next++], extra[next++]];
    inspectorsOf.set(
      d.id,
      pair.filter((p): p is { id: string; name: string } => p !== undefined),
    );
  }

  // 责任督学: every school of a district to one of its two 督学, by turns.
  const schools = city.institutions.filter((i) => SCHOOL_TYPES.has(i.type) && i.status === "operating");
  const assignments: (typeof inspAssignments.$inferInsert)[] = [];
  const byDistrict = new Map<string, typeof schools>();
  for (const s of schools) byDistrict.set(s.districtId, [...(byDistrict.get(s.districtId) ?? []), s]);
  for (const [districtId, list] of byDistrict) {
    const pair = inspectorsOf.get(districtId) ?? [];
    list.forEach((s, i) => {
      const inspector = pair[i % pair.length];
      if (inspector)
        assignments.push({
          inspectorId: inspector.id,
          inspectorName: inspector.name,
          schoolId: s.id,
          since: "2019-03-01",
        });
    });
  }
  for (const part of chunks(assignments)) await tx.insert(inspAssignments).values(part);
  const matters = ["校务管理", "课程开设和课业负担", "校园安全", "食品卫生", "学生体质健康", "师德师风"];
  const dutyVisits: (typeof inspDutyVisits.$inferInsert)[] = [];
  for (const a of assignments) {
    for (const monthsBack of [0, 1]) {
      if (!rng.chance(monthsBack === 0 ? 0.45 : 0.8)) continue;
      const day = addDays(today, -(monthsBack * 30 + rng.int(0, 25)));
      dutyVisits.push({
        inspectorId: a.inspectorId,
        schoolId: a.schoolId,
        visitDate: day,
        matters: rng.sample(matters, rng.int(1, 3)),
        feedback: rng.pick([
          "校园安全管理制度健全，门卫登记规范，建议加强放学时段交通疏导。",
          "作业公示落实到位，个别班级周末作业量偏多，已当面反馈。",
          "食堂索证索票齐全，建议完善留样记录。",
          "课程开齐开足，体育大课间落实较好。",
        ]),
        createdAt: now,
      });
    }
  }
  for (const part of chunks(dutyVisits)) await tx.insert(inspDutyVisits).values(part);

  // 2019 履职评价.
  const frameworkId = await insertFramework(tx, {
    year: 2019,
    name: "长沙市对区县（市）人民政府履行教育职责评价指标（2019年）",
    indicators: CHANGSHA_FRAMEWORK_2019,
  });
  const leaves = CHANGSHA_FRAMEWORK_2019.filter((i) => i.level === 2 && i.rule?.kind !== "computed");
  const deadline = addDays(today, 60);
  for (const [n, d] of districts.entries()) {
    const stage =
      d.code === "430102"
        ? "self_evaluating"
        : d.code === "430104"
          ? "submitted"
          : n % 3 === 0
            ? "submitted"
            : "verified";
    const [evaluation] = await tx
      .insert(inspEvaluations)
      .values({
        frameworkId,
        districtId: d.id,
        status: stage,
        submittedAt: stage === "self_evaluating" ? null : now,
        verifiedAt: stage === "verified" ? now : null,
        verifiedBy: stage === "verified" ? duxue.id : null,
        createdAt: now,
      })
      .returning({ id: inspEvaluations.id });
    if (!evaluation) continue;
    const scored = stage === "self_evaluating" ? leaves.slice(0, 5) : leaves;
    const rows = scored.map((i) => {
      const rule = i.rule;
      const self =
        rule?.kind === "graded"
          ? (rule.grades.find((g) => g.label === rng.weighted({ 优: 5, 良: 4, 中: 1, 差: 0.4 }))?.fraction ??
              1) * i.maxScore
          : rng.chance(0.9)
            ? i.maxScore
            : 0;
      const selfScore = Math.floor(self * 2) / 2;
      const verified =
        stage === "verified" && rng.chance(0.3)
          ? Math.max(
              0,
              selfScore - (rule?.kind === "yes_no" ? selfScore : Math.floor(i.maxScore * 0.3 * 2) / 2),
            )
          : null;
      return {
        evaluationId: evaluation.id,
        indicatorCode: i.code,
        selfScore,
        selfNote: "已按要求提供佐证材料。",
        verifiedScore: verified,
        verifyComment:
          verified !== null && verified < selfScore ? "实地核查与自评不符，佐证材料不充分。" : "",
      };
    });
    if (rows.length > 0) await tx.insert(inspEvaluationScores).values(rows);
    if (stage !== "verified") continue;
    const totals = evaluationTotals(
      leaves,
      rows.map((r) => ({ code: r.indicatorCode, selfScore: r.selfScore, verifiedScore: r.verifiedScore })),
    );
    for (const code of totals.weaknesses) {
      const item = leaves.find((l) => l.code === code);
      if (!item) continue;
      await tx.insert(inspRectifications).values({
        sourceKind: "weakness",
        sourceId: evaluation.id,
        sourceItem: code,
        unitId: d.id,
        title: `2019年履职评价薄弱项：${item.name}`,
        requirement: `“${item.name}”核查得分低于六成，请制定整改方案并报送佐证材料。`,
        deadline,
        state: rng.pick(["ordered", "plan_submitted", "evidence_submitted", "closed"] as const),
        public: true,
        orderedBy: duxue.id,
        orderedAt: now,
        updatedAt: now,
      });
    }
  }

  // 专项督导: an unannounced 减负 sample around today, and a finished 师德师风 inspection.
  const compulsory = schools.filter(
    (s) => s.type === "primary" || s.type === "junior" || s.type === "nine_year",
  );
  const members = [{ id: duxue.id, name: duxue.displayName }, ...extra.slice(0, 2)];
  const plans = [
    {
      title: "2019年秋季学生减负专项督导（暗访）",
      topic: "burden" as const,
      unannounced: true,
      checklist: BURDEN_CHECKLIST,
      startsOn: addDays(today, -6),
      endsOn: addDays(today, 8),
      size: 12,
    },
    {
      title: "2019年师德师风专项督导",
      topic: "ethics" as const,
      unannounced: false,
      checklist: ETHICS_CHECKLIST,
      startsOn: addDays(today, -60),
      endsOn: addDays(today, -45),
      size: 8,
    },
  ];
  for (const p of plans) {
    const [plan] = await tx
      .insert(inspPlans)
      .values({
        title: p.title,
        topic: p.topic,
        unannounced: p.unannounced,
        checklist: p.checklist,
        scopeUnitId: city.city.id,
        sampleSize: p.size,
        startsOn: p.startsOn,
        endsOn: p.endsOn,
        public: true,
        createdBy: duxue.id,
        createdAt: now,
      })
      .returning({ id: inspPlans.id });
    if (!plan) continue;
    const planSeed = sampleSeed(plan.id, randomBytes(32).toString("hex"));
    const drawn = drawSample({
      seedHex: planSeed,
      population: compulsory,
      size: Math.min(p.size, compulsory.length),
    });
    if (!drawn.ok) continue;
    await tx
      .update(inspPlans)
      .set({ seed: planSeed, algorithm: SAMPLE_ALGORITHM })
      .where(eq(inspPlans.id, plan.id));
    await tx
      .insert(inspPlanInspectors)
      .values(members.map((m) => ({ planId: plan.id, userId: m.id, name: m.name })));
    const span = Math.round((Date.parse(p.endsOn) - Date.parse(p.startsOn)) / 86_400_000) + 1;
    for (const [i, school] of drawn.sample.entries()) {
      const visitDate = addDays(p.startsOn, Math.floor((i * span) / drawn.sample.length));
      const recorded = visitDate < today;
      const [visit] = await tx
        .insert(inspVisits)
        .values({
          planId: plan.id,
          schoolId: school.id,
          visitDate,
          status: recorded ? "recorded" : "scheduled",
          answers: recorded
            ? p.checklist.map((c) => ({ code: c.code, compliant: rng.chance(0.85), note: "" }))
            : [],
          summary: recorded ? "按清单逐项检查，总体规范。" : "",
          recordedBy: recorded ? duxue.id : null,
          recordedAt: recorded ? new Date(`${visitDate}T16:00:00+08:00`) : null,
        })
        .returning({ id: inspVisits.id });
      if (!visit || !recorded || !rng.chance(0.4)) continue;
      const [finding] = await tx
        .insert(inspFindings)
        .values({
          visitId: visit.id,
          severity: rng.pick(["minor", "major"] as const),
          description:
            p.topic === "burden" ? "四年级周末书面作业量明显超过规定" : "个别教师存在收受家长礼品情况",
          createdAt: now,
        })
        .returning({ id: inspFindings.id });
      if (!finding) continue;
      await tx.insert(inspRectifications).values({
        sourceKind: "finding",
        sourceId: finding.id,
        unitId: school.districtId,
        title: `${p.title}：${school.name}问题`,
        requirement: "责令学校限期整改，区县教育局督促落实并报送整改材料。",
        deadline: addDays(visitDate, 30),
        state: visitDate < addDays(today, -40) ? "closed" : rng.pick(["ordered", "plan_submitted"] as const),
        public: true,
        orderedBy: duxue.id,
        orderedAt: now,
        updatedAt: now,
      });
    }
  }

  // 举报: one per stage.
  const some = (k: number) => compulsory[k % Math.max(1, compulsory.length)];
  const complaintRows: (typeof inspComplaints.$inferInsert)[] = [
    {
      topic: "paid_tutoring",
      schoolId: some(3)?.id ?? null,
      content: "数学老师周末在校外培训机构有偿补课，并暗示学生参加。",
      anonymous: true,
      receivedOn: addDays(today, -3),
      createdAt: now,
    },
    {
      topic: "burden",
      schoolId: some(7)?.id ?? null,
      content: "三年级每天书面作业超过一个半小时，家长需批改签字。",
      anonymous: false,
      name: "李女士",
      phone: "13807310000",
      receivedOn: addDays(today, -20),
      acceptedOn: addDays(today, -18),
      assigneeId: duxue.id,
      assigneeName: duxue.displayName,
      createdAt: now,
    },
    {
      topic: "ethics",
      schoolId: some(11)?.id ?? null,
      content: "班主任收受家长购物卡，并区别对待学生。",
      anonymous: true,
      receivedOn: addDays(today, -80),
      acceptedOn: addDays(today, -75),
      assigneeId: duxue.id,
      assigneeName: duxue.displayName,
      createdAt: now,
    },
    {
      topic: "school_conduct",
      schoolId: some(13)?.id ?? null,
      content: "学校按考试成绩分快慢班，并公布排名。",
      anonymous: false,
      name: "王先生",
      phone: "13974810000",
      receivedOn: addDays(today, -50),
      acceptedOn: addDays(today, -48),
      assigneeId: extra[0]?.id ?? null,
      assigneeName: extra[0]?.name ?? null,
      investigation: "经查，该校七年级存在按成绩分班情况。",
      substantiated: true,
      reply: "已责令学校取消快慢班，对校长进行约谈。",
      repliedOn: addDays(today, -20),
      createdAt: now,
    },
  ];
  await tx.insert(inspComplaints).values(complaintRows);

  // 2019 质量监测: 四年级 and 八年级, 数学 and 语文, national mean 500.
  const effect = new Map(districts.map((d) => [d.id, rng.float(-25, 25)]));
  const results: (typeof inspMonitoringResults.$inferInsert)[] = [];
  for (const s of compulsory) {
    const grade = s.type === "junior" ? "八年级" : "四年级";
    for (const subject of ["数学", "语文"]) {
      const score =
        500 +
        (effect.get(s.districtId) ?? 0) +
        (s.tier === "urban" ? 15 : s.tier === "village" ? -20 : 0) +
        rng.float(-30, 30);
      results.push({
        year: 2019,
        subject,
        grade,
        schoolId: s.id,
        score: Math.round(score * 10) / 10,
        nationalMean: 500,
      });
    }
  }
  for (const part of chunks(results)) await tx.insert(inspMonitoringResults).values(part);
}
