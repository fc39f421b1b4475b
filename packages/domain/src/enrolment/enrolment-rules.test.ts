import { describe, expect, it } from "vitest";
import { residentIdCheckChar } from "../identity/index.ts";
import { drawRound, PlacementLedger } from "../lottery/index.ts";
import type { EnrolmentCalendar } from "./index.ts";
import {
  ageOnCutoff,
  applicantNumbers,
  applicationNumber,
  checkApplication,
  checkBirthDateForStage,
  checkWindow,
  lotteryPlaces,
  openWindows,
  validateCalendar,
} from "./index.ts";

export function idFor(birth: string, sequence = "12", sexDigit = 3): string {
  const first17 = `430102${birth.replaceAll("-", "")}${sequence}${sexDigit}`;
  return first17 + residentIdCheckChar(first17);
}

const calendar: EnrolmentCalendar = {
  application: { start: "2019-07-01", end: "2019-07-10" },
  review: { start: "2019-07-05", end: "2019-07-15" },
  draw: { start: "2019-07-18", end: "2019-07-18" },
  publicity: { start: "2019-07-19", end: "2019-07-25" },
  admission: { start: "2019-07-19", end: "2019-08-05" },
  secondRound: { start: "2019-08-06", end: "2019-08-10" },
};

describe("calendar", () => {
  it("accepts windows in process order, overlapping allowed", () => {
    expect(validateCalendar(calendar).ok).toBe(true);
  });

  it("refuses an impossible date, a reversed window and a window out of order", () => {
    expect(validateCalendar({ ...calendar, draw: { start: "2019-02-30", end: "2019-07-18" } })).toMatchObject(
      {
        ok: false,
        field: "calendar.draw.start",
        message: "电脑派位时间「2019-02-30」不是有效日期",
      },
    );
    expect(
      validateCalendar({ ...calendar, review: { start: "2019-07-15", end: "2019-07-05" } }),
    ).toMatchObject({
      ok: false,
      message: "资格审核时间的结束日期早于开始日期",
    });
    const early = validateCalendar({ ...calendar, draw: { start: "2019-07-01", end: "2019-07-01" } });
    expect(early).toMatchObject({ ok: false, field: "calendar.draw.start" });
    expect(early.ok ? "" : early.message).toContain("不能早于资格审核时间");
  });

  it("names the window and its dates when closed, inclusive at both ends", () => {
    expect(checkWindow(calendar, "application", "2019-07-01").ok).toBe(true);
    expect(checkWindow(calendar, "application", "2019-07-10").ok).toBe(true);
    expect(checkWindow(calendar, "application", "2019-07-11")).toMatchObject({
      ok: false,
      message: "报名时间已经结束：本轮报名时间为 2019-07-01 至 2019-07-10，今天是 2019-07-11",
    });
    expect(checkWindow(calendar, "draw", "2019-07-17")).toMatchObject({
      ok: false,
      message: "电脑派位时间尚未开始：本轮电脑派位时间为 2019-07-18，今天是 2019-07-17",
    });
    expect(openWindows(calendar, "2019-07-07")).toEqual(["application", "review"]);
  });
});

describe("birth date for the stage", () => {
  it("counts the age on 31 August", () => {
    expect(ageOnCutoff("2013-08-31", 2019)).toBe(6);
    expect(ageOnCutoff("2013-09-01", 2019)).toBe(5);
  });

  it("refuses too young and implausibly old children with the dates named", () => {
    const young = checkBirthDateForStage({
      stage: "primary_1",
      year: 2019,
      birthDate: "2013-09-01",
      field: "b",
    });
    expect(young).toMatchObject({
      ok: false,
      message: "出生日期 2013-09-01 到 2019年8月31日未满6周岁，不能报名小学一年级",
    });
    expect(
      checkBirthDateForStage({ stage: "junior_1", year: 2019, birthDate: "2007-05-01", field: "b" }).ok,
    ).toBe(true);
    const old = checkBirthDateForStage({
      stage: "junior_1",
      year: 2019,
      birthDate: "2001-05-01",
      field: "b",
    });
    expect(old.ok ? "" : old.message).toContain("超出初中一年级的报名年龄");
  });
});

describe("application", () => {
  const base = {
    stage: "junior_1" as const,
    year: 2019,
    maxChoices: 2,
    roundSchools: new Set(["S1", "S2", "S3"]),
    today: new Date("2019-07-02T02:00:00Z"),
    choices: ["S1", "S2"],
  };
  const child = {
    name: "张小明",
    sex: "male" as const,
    birthDate: "2007-05-01",
    idNumber: idFor("2007-05-01"),
  };

  it("accepts an ID number or a G student number", () => {
    expect(checkApplication({ ...base, children: [child] })).toMatchObject({ ok: true });
    const g = checkApplication({ ...base, children: [{ ...child, idNumber: `G${child.idNumber}` }] });
    expect(g.ok && g.value[0]?.residentId).toBe(child.idNumber);
  });

  it("refuses a wrong check digit, a mismatched birth date or sex, and J numbers", () => {
    const wrong = child.idNumber.slice(0, 17) + (child.idNumber.endsWith("1") ? "2" : "1");
    expect(checkApplication({ ...base, children: [{ ...child, idNumber: wrong }] })).toMatchObject({
      ok: false,
      field: "children.0.idNumber",
    });
    expect(checkApplication({ ...base, children: [{ ...child, birthDate: "2007-05-02" }] })).toMatchObject({
      ok: false,
      field: "children.0.birthDate",
    });
    expect(checkApplication({ ...base, children: [{ ...child, sex: "female" }] })).toMatchObject({
      ok: false,
      field: "children.0.sex",
    });
    const j = checkApplication({ ...base, children: [{ ...child, idNumber: `J${child.idNumber}` }] });
    expect(j.ok ? "" : j.message).toContain("只接受居民身份证号码或G字头学籍号");
  });

  it("refuses a child too young for 初中 even with a valid ID", () => {
    const young = { ...child, birthDate: "2012-01-01", idNumber: idFor("2012-01-01") };
    const result = checkApplication({ ...base, children: [young] });
    expect(result.ok ? "" : result.message).toContain("未满11周岁");
  });

  it("checks twins are distinct children born the same day", () => {
    const twin = { ...child, name: "张小亮", idNumber: idFor("2007-05-01", "13") };
    expect(checkApplication({ ...base, children: [child, twin] }).ok).toBe(true);
    expect(checkApplication({ ...base, children: [child, { ...child }] })).toMatchObject({
      ok: false,
      message: "第2个孩子的证件号码与前面的孩子重复",
    });
  });

  it("refuses choices not in the round, repeated, or too many", () => {
    expect(checkApplication({ ...base, children: [child], choices: ["S1", "X9"] })).toMatchObject({
      ok: false,
      field: "choices.1",
      message: "第2志愿的学校（X9）不在本轮派位学校中",
    });
    expect(checkApplication({ ...base, children: [child], choices: ["S1", "S1"] })).toMatchObject({
      ok: false,
      field: "choices.1",
    });
    expect(checkApplication({ ...base, children: [child], choices: ["S1", "S2", "S3"] })).toMatchObject({
      ok: false,
      message: "本轮最多填报2个志愿，填报了3个",
    });
  });
});

describe("plans and numbers", () => {
  it("reserves the special share rounded up", () => {
    expect(lotteryPlaces(45, 5)).toBe(42);
    expect(lotteryPlaces(45, null)).toBe(45);
  });

  it("numbers applications and the children of multiples", () => {
    expect(applicationNumber(2019, "junior_1", 123)).toBe("E2019J000123");
    expect(applicantNumbers("E2019J000123", 2)).toEqual(["E2019J000123-1", "E2019J000123-2"]);
  });
});

describe("waiting-list movement", () => {
  const announcement = { digits: 4, labels: ["A"] };
  const round = drawRound({
    setup: {
      label: "r1",
      mechanism: "boston",
      partialUnit: "skip",
      schools: [
        { code: "S1", quota: 2 },
        { code: "S2", quota: 2 },
      ],
      applicants: ["a", "b", "c", "d", "e"].map((n) => ({ number: n, choices: ["S1", "S2"] })),
      units: [],
    },
    announcement,
    inputs: [{ label: "A", value: "1234" }],
  });
  if (!round.ok) throw new Error(round.message);

  it("gives a declined place to the first still waiting, who frees their old place", () => {
    const s1 = round.value.outcome.schools[0];
    const declined = s1?.admitted[0] ?? "";
    const ledger = new PlacementLedger();
    ledger.join(round.value);
    expect(ledger.decline(declined, "2019-03-20T02:00:00.000Z")).toBeNull();
    expect(ledger.held.get("S1")).toHaveLength(2);
    expect(ledger.held.get("S1")).not.toContain(declined);
    expect(ledger.events[1]).toMatchObject({ kind: "declined", school: "S1", number: declined });
    expect(ledger.events[2]).toMatchObject({ kind: "promoted", school: "S1", number: s1?.waiting[0] });
    const total = [...ledger.held.values()].flat();
    expect(new Set(total).size).toBe(total.length);
    expect(total).toHaveLength(4);
  });

  it("refuses a decline by a number that holds no place", () => {
    const ledger = new PlacementLedger();
    ledger.join(round.value);
    expect(ledger.decline("zzz", "2019-03-20T02:00:00.000Z")).toContain("没有可放弃的录取名额");
    expect(ledger.events).toHaveLength(1);
  });
});
