import { compareText } from "./lottery-text.ts";
import type { BundleRound, LotteryResult, RoundSetup, SiblingUnit } from "./lottery-types.ts";
import { lotteryFailure } from "./lottery-types.ts";
import { validateRoundSetup } from "./round-setup.ts";

export type ListedRound = Pick<BundleRound, "label" | "mechanism" | "partialUnit" | "lists">;

/**
 * Rebuilds a round's setup from its published lists alone, so a verifier needs nothing
 * else. An applicant's choices are the schools whose lists name them, by choice number;
 * the numbers must run 1, 2, … without gaps.
 */
export function setupFromLists(round: ListedRound): LotteryResult<RoundSetup> {
  // choices[k] = school of choice k + 1; a hole or a repeat means the lists disagree.
  const listed = new Map<string, string[]>();
  const units = new Map<string, { unit: SiblingUnit; key: string; schools: string[] }>();
  const maxChoice = round.lists.length;
  for (const list of round.lists) {
    for (const { number, choice } of list.applicants) {
      if (!Number.isInteger(choice) || choice < 1 || choice > maxChoice) {
        return lotteryFailure(
          `报名号「${number}」在学校「${list.school}」的志愿序号应为1至${maxChoice}之间的整数`,
        );
      }
      let choices = listed.get(number);
      if (choices === undefined) listed.set(number, (choices = []));
      if (choices.includes(list.school))
        return lotteryFailure(`学校「${list.school}」的名单中报名号「${number}」重复`);
      if (choices[choice - 1] !== undefined)
        return lotteryFailure(`报名号「${number}」的第${choice}志愿出现在两所学校的名单中`);
      choices[choice - 1] = list.school;
    }
    for (const unit of list.units) {
      const key = [...unit.members].sort(compareText).join(",");
      const known = units.get(unit.id);
      if (known === undefined) units.set(unit.id, { unit, key, schools: [list.school] });
      else if (known.key !== key) return lotteryFailure(`多胞胎组「${unit.id}」在各校名单中的成员不一致`);
      else known.schools.push(list.school);
    }
  }
  const applicants: { number: string; choices: string[] }[] = [];
  for (const [number, choices] of listed) {
    // A hole is an undefined entry: a sparse array's length counts holes too.
    for (let k = 0; k < choices.length; k++) {
      if (choices[k] === undefined)
        return lotteryFailure(`报名号「${number}」的志愿序号应为从1开始的连续整数`);
    }
    applicants.push({ number, choices });
  }
  for (const { unit, schools } of units.values()) {
    const choices = listed.get(unit.members[0] ?? "") ?? [];
    if ([...schools].sort(compareText).join(",") !== [...choices].sort(compareText).join(",")) {
      return lotteryFailure(`多胞胎组「${unit.id}」应出现在其成员填报的每所学校的名单中`);
    }
  }
  return validateRoundSetup(
    {
      label: round.label,
      mechanism: round.mechanism,
      partialUnit: round.partialUnit,
      schools: round.lists.map((l) => ({ code: l.school, quota: l.quota })),
      applicants,
      units: [...units.values()].map((u) => u.unit),
    },
    "lists",
  );
}
