import { describe, expect, it } from "vitest";
import { chineseOrdinal, honourRoundTitle } from "./honour-round-series.ts";
import { advanceHonourRound, canAdvance, nominate, openHonourRound } from "./honour-rounds.ts";
import type { HonourRound, RoundResult } from "./honour-rounds.ts";

function unwrap(result: RoundResult): HonourRound {
  if (!result.ok) throw new Error(result.message);
  return result.round;
}

const window = { from: "2019-03-01", to: "2019-06-30" };
const open = () =>
  unwrap(
    openHonourRound({ id: "r1", series: { kind: "excellentTeacher", batch: 2 }, window, on: "2019-03-01" }),
  );

function toPublicity(): HonourRound {
  let round = unwrap(nominate(open(), { nomineeId: "t1", on: "2019-03-10" }));
  round = unwrap(nominate(round, { nomineeId: "t2", on: "2019-03-11" }));
  round = unwrap(advanceHonourRound(round, { to: "review", on: "2019-04-01" }));
  return unwrap(advanceHonourRound(round, { to: "publicity", on: "2019-05-01", selected: ["t2"] }));
}

describe("honour round workflow", () => {
  it("goes 提名 → 评审 → 公示 → 授予 and awards those published", () => {
    const awarded = unwrap(advanceHonourRound(toPublicity(), { to: "awarded", on: "2019-05-08" }));
    expect(awarded.stage).toBe("awarded");
    expect(awarded.awarded).toEqual(["t2"]);
    expect(awarded.history.map((h) => h.stage)).toEqual(["nomination", "review", "publicity", "awarded"]);
  });

  it("refuses skipping a stage and any step after the end", () => {
    expect(advanceHonourRound(open(), { to: "publicity", on: "2019-04-01", selected: ["t1"] })).toEqual({
      ok: false,
      message: "不能从“提名”转到“公示”，只能转到“评审”、“已终止”",
    });
    const done = unwrap(advanceHonourRound(toPublicity(), { to: "awarded", on: "2019-05-08" }));
    expect(advanceHonourRound(done, { to: "review", on: "2019-05-09", note: "x" })).toEqual({
      ok: false,
      message: "不能从“授予”转到“评审”，本轮已结束",
    });
    expect(canAdvance("cancelled", "nomination")).toBe(false);
  });

  it("refuses honours and nominations outside the round's window", () => {
    expect(advanceHonourRound(toPublicity(), { to: "awarded", on: "2019-07-01" })).toEqual({
      ok: false,
      message: "2019-07-01 不在第二批市级卓越教师的办理时间（2019-03-01 至 2019-06-30）内，不予办理",
    });
    expect(nominate(open(), { nomineeId: "t1", on: "2019-02-28" }).ok).toBe(false);
    expect(
      openHonourRound({ id: "r", series: { kind: "charmingTeacher", edition: 5 }, window, on: "2019-07-01" })
        .ok,
    ).toBe(false);
  });

  it("awards only after publicity has run its days", () => {
    expect(advanceHonourRound(toPublicity(), { to: "awarded", on: "2019-05-07" })).toEqual({
      ok: false,
      message: "公示自 2019-05-01 起仅 6 天，须满 7 天方可授予",
    });
  });

  it("refuses late, duplicate or unnominated entries", () => {
    const round = unwrap(nominate(open(), { nomineeId: "t1", on: "2019-03-10" }));
    expect(nominate(round, { nomineeId: "t1", on: "2019-03-11" })).toEqual({
      ok: false,
      message: "该人选已被提名，不能重复提名",
    });
    const openedLate = unwrap(
      openHonourRound({ id: "r2", series: { kind: "teacherStudio", year: 2019 }, window, on: "2019-03-05" }),
    );
    expect(nominate(openedLate, { nomineeId: "t3", on: "2019-03-02" })).toEqual({
      ok: false,
      message: "2019-03-02 早于上一环节的日期 2019-03-05",
    });
    const inReview = unwrap(advanceHonourRound(round, { to: "review", on: "2019-04-01" }));
    expect(nominate(inReview, { nomineeId: "t3", on: "2019-04-02" })).toEqual({
      ok: false,
      message: "本轮已进入“评审”环节，不再接受提名",
    });
    expect(advanceHonourRound(inReview, { to: "publicity", on: "2019-04-02", selected: ["t9"] })).toEqual({
      ok: false,
      message: "公示名单中有未经提名的人选：t9",
    });
    expect(advanceHonourRound(open(), { to: "review", on: "2019-04-01" })).toEqual({
      ok: false,
      message: "尚无提名人选，不能进入评审",
    });
  });

  it("sends an objection back to review with a reason, and stops a round only with one", () => {
    expect(advanceHonourRound(toPublicity(), { to: "review", on: "2019-05-03" }).ok).toBe(false);
    const back = unwrap(
      advanceHonourRound(toPublicity(), { to: "review", on: "2019-05-03", note: "公示期收到实名异议" }),
    );
    expect(back.selected).toEqual([]);
    expect(advanceHonourRound(open(), { to: "cancelled", on: "2019-03-02" }).ok).toBe(false);
    expect(
      unwrap(advanceHonourRound(open(), { to: "cancelled", on: "2019-03-02", note: "政策调整" })).stage,
    ).toBe("cancelled");
  });
});

describe("round titles", () => {
  it.each([
    [1, "一"],
    [2, "二"],
    [10, "十"],
    [15, "十五"],
    [21, "二十一"],
    [99, "九十九"],
  ])("%i → %s", (n, text) => {
    expect(chineseOrdinal(n)).toBe(text);
  });

  it("prints batches, editions and years", () => {
    expect(honourRoundTitle({ kind: "excellentTeacher", batch: 2 })).toBe("第二批市级卓越教师");
    expect(honourRoundTitle({ kind: "charmingTeacher", edition: 5 })).toBe("第五届“感动星城魅力教师”");
    expect(honourRoundTitle({ kind: "ruralStation", year: 2019 })).toBe("2019年名师(特级教师)农村工作站遴选");
    expect(() => chineseOrdinal(0)).toThrow(RangeError);
  });
});
