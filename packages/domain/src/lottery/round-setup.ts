import { tokenProblem } from "./lottery-text.ts";
import type { LotteryResult, RoundSetup } from "./lottery-types.ts";
import { lotteryFailure } from "./lottery-types.ts";

/**
 * Checks a round before its lists are frozen. Messages are Chinese because the
 * district bureau's operator fixes the data, not a developer.
 */
export function validateRoundSetup(
  setup: RoundSetup,
  from: "input" | "lists" = "input",
): LotteryResult<RoundSetup> {
  const problem =
    tokenProblem(setup.label, "轮次标识") ??
    (setup.mechanism === "boston" || setup.mechanism === "deferred-acceptance"
      ? null
      : "录取方式只能是志愿优先或平行志愿") ??
    (setup.partialUnit === "skip" || setup.partialUnit === "stop"
      ? null
      : "多胞胎名额不足规则只能是skip或stop") ??
    schoolsProblem(setup) ??
    applicantsProblem(setup, from) ??
    unitsProblem(setup);
  return problem === null ? { ok: true, value: setup } : lotteryFailure(problem);
}

function schoolsProblem(setup: RoundSetup): string | null {
  const seen = new Set<string>();
  for (const { code, quota } of setup.schools) {
    const bad = tokenProblem(code, "学校代码");
    if (bad !== null) return bad;
    if (seen.has(code)) return `学校代码「${code}」重复`;
    seen.add(code);
    if (!Number.isSafeInteger(quota) || quota < 0) return `学校「${code}」的招生计划数应为非负整数`;
  }
  return null;
}

/**
 * A setup rebuilt from lists (setupFromLists) has each number once, at least one choice, and only the
 * round's schools, each once: the lists cannot say otherwise, so only the numbers' form is left to check.
 */
function applicantsProblem(setup: RoundSetup, from: "input" | "lists"): string | null {
  const schools = new Set(setup.schools.map((s) => s.code));
  const seen = new Set<string>();
  for (const { number, choices } of setup.applicants) {
    const bad = tokenProblem(number, "报名号");
    if (bad !== null) return bad;
    if (from === "lists") continue;
    if (seen.has(number)) return `报名号「${number}」重复`;
    seen.add(number);
    if (choices.length === 0) return `报名号「${number}」没有填报志愿`;
    for (let i = 0; i < choices.length; i++) {
      const code = choices[i] ?? "";
      if (!schools.has(code)) return `报名号「${number}」填报的学校「${code}」不在本轮招生学校中`;
      if (choices.indexOf(code) !== i) return `报名号「${number}」重复填报了同一所学校`;
    }
  }
  return null;
}

function unitsProblem(setup: RoundSetup): string | null {
  if (setup.units.length === 0) return null;
  // Only members' choices are needed: joining every applicant's would cost a string each.
  const inAnyUnit = new Set<string>();
  for (const unit of setup.units) for (const member of unit.members) inAnyUnit.add(member);
  const choicesOf = new Map<string, string>();
  for (const a of setup.applicants) if (inAnyUnit.has(a.number)) choicesOf.set(a.number, a.choices.join(","));
  const unitIds = new Set<string>();
  const inUnit = new Set<string>();
  for (const { id, members } of setup.units) {
    const bad = tokenProblem(id, "多胞胎组标识");
    if (bad !== null) return bad;
    if (unitIds.has(id)) return `多胞胎组「${id}」重复`;
    unitIds.add(id);
    if (members.length < 2) return `多胞胎组「${id}」至少应有2名成员`;
    for (const member of members) {
      if (!choicesOf.has(member)) return `多胞胎组「${id}」的成员「${member}」不是本轮报名者`;
      if (inUnit.has(member)) return `报名号「${member}」出现在多个多胞胎组中`;
      inUnit.add(member);
      // A unit proposes as one: members with different choices could not be placed together.
      if (choicesOf.get(member) !== choicesOf.get(members[0] ?? "")) {
        return `多胞胎组「${id}」的成员志愿不一致`;
      }
    }
  }
  return null;
}
