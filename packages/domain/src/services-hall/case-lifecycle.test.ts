import { describe, expect, test } from "vitest";
import {
  actorMayAct,
  transition,
  whoHolds,
  mayRate,
  type CaseState,
  type ReviewStep,
} from "./case-lifecycle.ts";
import { readTimeLimit } from "./time-limit.ts";
import { fullyOnlineShare, isBadRating, percent, satisfaction } from "./online-depth.ts";
import {
  checkForm,
  checkMaterialFile,
  materialsFor,
  MATERIAL_MAX_BYTES,
  type FormField,
} from "./item-shape.ts";

const steps: ReviewStep[] = [
  { name: "初审", role: "district" },
  { name: "复核", role: "city_division" },
];
const at = (status: CaseState["status"], stepIndex = 0): CaseState => ({ status, stepIndex, outcome: null });

function ok(t: ReturnType<typeof transition>): CaseState {
  if (!t.ok) throw new Error(t.reason);
  return t.state;
}

describe("case life cycle", () => {
  test("待受理 → 补正 → 待受理 → 受理 → steps → 办结 → 送达", () => {
    let s = ok(
      transition(at("submitted"), { kind: "requestCorrection", items: ["身份证复印件", " "] }, steps),
    );
    expect(s.status).toBe("correction");
    s = ok(transition(s, { kind: "resubmit" }, steps));
    expect(s.status).toBe("submitted");
    s = ok(transition(s, { kind: "accept" }, steps));
    expect(s).toEqual({ status: "reviewing", stepIndex: 0, outcome: null });
    s = ok(transition(s, { kind: "review", decision: "pass" }, steps));
    expect(s.stepIndex).toBe(1);
    s = ok(transition(s, { kind: "review", decision: "pass" }, steps));
    expect(s).toEqual({ status: "concluded", stepIndex: 1, outcome: "approved" });
    expect(mayRate(s.status)).toBe(true);
    s = ok(transition(s, { kind: "deliver" }, steps));
    expect(s.status).toBe("delivered");
  });

  test("an item without review steps is concluded on acceptance", () => {
    expect(ok(transition(at("submitted"), { kind: "accept" }, []))).toEqual({
      status: "concluded",
      stepIndex: 0,
      outcome: "approved",
    });
  });

  test("refusals and 补正 need their reason or list", () => {
    const none = transition(at("submitted"), { kind: "requestCorrection", items: [" ", ""] }, steps);
    expect(none).toEqual({ ok: false, reason: expect.stringContaining("一次性") as string });
    expect(transition(at("submitted"), { kind: "notAccept", reason: "  " }, steps).ok).toBe(false);
    expect(transition(at("reviewing"), { kind: "review", decision: "refuse", reason: "" }, steps).ok).toBe(
      false,
    );
    const refused = ok(
      transition(at("reviewing", 1), { kind: "review", decision: "refuse", reason: "条件不符" }, steps),
    );
    expect(refused).toEqual({ status: "concluded", stepIndex: 1, outcome: "refused" });
    expect(
      ok(transition(at("submitted"), { kind: "notAccept", reason: "不属于本机关职权" }, steps)).status,
    ).toBe("notAccepted");
  });

  test("actions in the wrong state are refused with the state named", () => {
    const r = transition(at("delivered"), { kind: "accept" }, steps);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain("已送达");
    expect(transition(at("submitted"), { kind: "resubmit" }, steps).ok).toBe(false);
    expect(transition(at("submitted"), { kind: "deliver" }, steps).ok).toBe(false);
    expect(transition(at("notAccepted"), { kind: "review", decision: "pass" }, steps).ok).toBe(false);
    expect(mayRate("reviewing")).toBe(false);
  });

  test("who may act: the handling unit, the step's role, the applicant for resubmission", () => {
    const parties = { applicantId: "p1", handlingUnitId: "u1", steps };
    const clerk = { accountId: "c1", orgUnitId: "u1", role: "district" };
    const other = { accountId: "c2", orgUnitId: "u2", role: "district" };
    expect(actorMayAct(clerk, parties, at("submitted"), "accept")).toBeNull();
    expect(actorMayAct(other, parties, at("submitted"), "accept")).toContain("不是该事项的办理单位");
    expect(actorMayAct(clerk, parties, at("reviewing", 1), "review")).toContain("复核");
    expect(actorMayAct(clerk, parties, at("correction"), "resubmit")).toContain("申请人");
    expect(
      actorMayAct({ accountId: "p1", orgUnitId: "x", role: "public" }, parties, at("correction"), "resubmit"),
    ).toBeNull();
    expect(whoHolds(at("reviewing", 1), steps, "芙蓉区教育局")).toBe("芙蓉区教育局（复核）");
    expect(whoHolds(at("correction"), steps, "芙蓉区教育局")).toBe("申请人（待补正）");
  });
});

describe("time limits in working days", () => {
  test("正常, 即将超期 at 2 days left, 超期 the day after the deadline", () => {
    // accepted 2019-09-26, 5 working days: 27, 29, 30 Sep, 8, 9 Oct
    expect(readTimeLimit({ acceptedOn: "2019-09-26", limitDays: 5, today: "2019-09-27" })).toEqual({
      deadline: "2019-10-09",
      usedDays: 1,
      remainingDays: 4,
      status: "normal",
    });
    expect(readTimeLimit({ acceptedOn: "2019-09-26", limitDays: 5, today: "2019-09-29" }).status).toBe(
      "normal",
    );
    expect(readTimeLimit({ acceptedOn: "2019-09-26", limitDays: 5, today: "2019-10-05" }).status).toBe(
      "dueSoon",
    );
    expect(readTimeLimit({ acceptedOn: "2019-09-26", limitDays: 5, today: "2019-10-08" }).status).toBe(
      "dueSoon",
    );
    expect(readTimeLimit({ acceptedOn: "2019-09-26", limitDays: 5, today: "2019-10-09" }).status).toBe(
      "dueSoon",
    );
    const late = readTimeLimit({ acceptedOn: "2019-09-26", limitDays: 5, today: "2019-10-10" });
    expect(late).toMatchObject({ status: "overdue", remainingDays: -1 });
  });
});

describe("online depth figures", () => {
  test("全程网办 share, satisfaction and bad ratings", () => {
    expect(fullyOnlineShare([4, 4, 3, 1])).toBe(50);
    expect(fullyOnlineShare([])).toBeNull();
    expect(percent(1, 3)).toBe(33.3);
    expect(satisfaction([5, 4, 3, 1])).toBe(50);
    expect(isBadRating(2)).toBe(true);
    expect(isBadRating(3)).toBe(false);
  });
});

describe("item shape", () => {
  const fields: FormField[] = [
    { key: "name", label: "姓名", kind: "text", required: true },
    { key: "phone", label: "联系电话", kind: "phone", required: true },
    { key: "kind", label: "人员类别", kind: "select", required: false, options: ["毕业生", "临聘教师"] },
  ];
  test("a form that does not match the fields lists every problem", () => {
    expect(checkForm(fields, { name: "张三", phone: "13800000000" })).toEqual([]);
    const issues = checkForm(fields, { phone: "123", extra: "x", kind: "其他" });
    expect(issues.map((i) => i.field).sort()).toEqual(["form.extra", "form.kind", "form.name", "form.phone"]);
  });
  test("materials per situation and file checks", () => {
    const item = {
      formFields: [],
      materials: [{ code: "id", name: "身份证", required: true }],
      situations: [
        {
          code: "grad",
          name: "毕业生",
          conditions: "",
          materials: [{ code: "diploma", name: "毕业证", required: true }],
        },
      ],
    };
    expect(materialsFor(item, "grad").map((m) => m.code)).toEqual(["id", "diploma"]);
    expect(materialsFor(item, null).map((m) => m.code)).toEqual(["id"]);
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);
    expect(checkMaterialFile("a.pdf", pdf, 10)).toEqual({ ok: true, mediaType: "application/pdf" });
    expect(checkMaterialFile("a.exe", pdf, 10).ok).toBe(false);
    expect(checkMaterialFile("a.png", pdf, 10).ok).toBe(false);
    expect(checkMaterialFile("a.pdf", pdf, MATERIAL_MAX_BYTES + 1).ok).toBe(false);
    expect(checkMaterialFile("a.pdf", pdf, 0).ok).toBe(false);
  });
});
