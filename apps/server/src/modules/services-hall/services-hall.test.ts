import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../../test/test-app.ts";
import { MATERIAL_MAX_BYTES } from "@edubureau/domain/services-hall";
import {
  findItem,
  installCatalogue,
  PDF,
  PNG,
  residentId,
  upload,
  uploadId,
  type Item,
} from "./services-hall.fixture.ts";

let t: TestApp;
let parent: TestSession;
let division: TestSession;
let furong: TestSession;
let yuelu: TestSession;
let leader: TestSession;
let transfer: Item;
let registration: Item;

interface Detail {
  id: string;
  status: string;
  stepName: string | null;
  holder: string;
  outcome: string | null;
  reason: string | null;
  correctionItems: string[] | null;
  hasResult: boolean;
  escalated: boolean;
  timeLimit: { status: string; deadline: string } | null;
  form: Record<string, string>;
  materials: { id: string }[];
  events: { action: string; note: string; workingDays: number }[];
  abilities: Record<string, boolean>;
}
interface Problem {
  title: string;
  detail: string;
  errors?: { field: string; message: string }[];
}

beforeAll(async () => {
  t = await createTestApp();
  await installCatalogue(t);
  parent = await t.login("parent");
  division = await t.login("division");
  furong = await t.login("districtA");
  yuelu = await t.login("districtB");
  leader = await t.login("leader");
  transfer = await findItem(t, "JY-FW-018");
  registration = await findItem(t, "JY-QR-010");
});
afterAll(async () => t.close());

const transferForm = {
  applicantName: "李明",
  idNumber: residentId(),
  phone: "13800000000",
  category: "大中专院校毕业生",
  receivingUnit: "株洲市人才服务中心",
  receivingAddress: "株洲市天元区",
};
const personForm = { applicantName: "王芳", idNumber: residentId("43010219880512232"), phone: "13900000000" };

async function applyTransfer(): Promise<Detail> {
  const id = await uploadId(parent, "身份证.pdf");
  const diploma = await uploadId(parent, "毕业证.pdf");
  const response = await parent.post("/api/services-hall/cases", {
    itemId: transfer.id,
    situationCode: "graduate",
    form: transferForm,
    materials: [
      { code: "id", materialId: id },
      { code: "diploma", materialId: diploma },
    ],
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Detail>();
}

async function applyRegistration(districtId: string): Promise<Detail> {
  const materials = await Promise.all(
    ["id", "cert", "training"].map(async (code) => ({ code, materialId: await uploadId(parent) })),
  );
  const response = await parent.post("/api/services-hall/cases", {
    itemId: registration.id,
    districtId,
    form: personForm,
    materials,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Detail>();
}

const act = (session: TestSession, id: string, body: object) =>
  session.post(`/api/services-hall/cases/${id}/actions`, body);
const get = async (session: TestSession, id: string) =>
  (await session.get(`/api/services-hall/cases/${id}`)).json<Detail>();

describe("public guide", () => {
  it("lists the default catalogue without login and finds 人事档案转出 by search", async () => {
    const all = await t.app.inject({ method: "GET", url: "/api/public/services-hall/items" });
    expect(all.json<{ items: unknown[] }>().items.length).toBeGreaterThanOrEqual(25);
    const found = await t.app.inject({
      method: "GET",
      url: `/api/public/services-hall/items?search=${encodeURIComponent("人事档案")}`,
    });
    const items = found.json<{ items: { name: string; onlineDepth: number; legalBasis: string }[] }>().items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ onlineDepth: 4 });
    expect(items[0]?.legalBasis).toContain("人社部发〔2014〕90号");
  });

  it("智能导办 prints exactly the materials of the answered situation", async () => {
    const url = (s: string) => `/api/public/services-hall/items/${transfer.id}/checklist?situation=${s}`;
    const graduate = (await t.app.inject({ method: "GET", url: url("graduate") })).json<{
      materials: { name: string }[];
    }>();
    expect(graduate.materials.map((m) => m.name)).toEqual(["申请人有效身份证件", "毕业证书"]);
    const temporary = (await t.app.inject({ method: "GET", url: url("temporary") })).json<{
      materials: { name: string }[];
    }>();
    expect(temporary.materials.map((m) => m.name)).toEqual([
      "申请人有效身份证件",
      "解除（终止）聘用合同证明",
    ]);
  });
});

describe("case life cycle", () => {
  it("补正 → 受理 → two review steps → 办结 → 送达 → result verified → rated", async () => {
    const created = await applyTransfer();
    expect(created).toMatchObject({ status: "submitted", holder: "基础教育处（待受理）" });

    // 补正 without listing items: refused in Chinese, nothing changed.
    const empty = await act(division, created.id, { kind: "requestCorrection", items: [" "] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json<Problem>().errors?.[0]).toMatchObject({
      field: "items",
      message: expect.stringContaining("一次性") as string,
    });
    expect((await get(parent, created.id)).status).toBe("submitted");

    const correction = await act(division, created.id, {
      kind: "requestCorrection",
      items: ["毕业证书须为清晰的彩色扫描件", "请补充报到证"],
    });
    expect(correction.statusCode, correction.body).toBe(200);
    expect(correction.json<Detail>()).toMatchObject({
      status: "correction",
      correctionItems: ["毕业证书须为清晰的彩色扫描件", "请补充报到证"],
    });
    // The unit cannot resubmit for the applicant; the applicant can.
    expect(
      (await division.post(`/api/services-hall/cases/${created.id}/resubmit`, { materials: [] })).statusCode,
    ).toBe(403);
    const extra = await uploadId(parent, "毕业证（彩色）.pdf");
    const resubmitted = await parent.post(`/api/services-hall/cases/${created.id}/resubmit`, {
      materials: [{ code: "diploma", materialId: extra }],
    });
    expect(resubmitted.statusCode, resubmitted.body).toBe(200);
    expect(resubmitted.json<Detail>().status).toBe("submitted");

    const accepted = (await act(division, created.id, { kind: "accept" })).json<Detail>();
    expect(accepted).toMatchObject({ status: "reviewing", stepName: "身份核验与档案查询" });
    expect(accepted.timeLimit).toMatchObject({ status: "normal" });
    await act(division, created.id, { kind: "review", decision: "pass", note: "档案存放于市教育局档案室" });
    const concluded = (
      await act(division, created.id, {
        kind: "review",
        decision: "pass",
        note: "机要寄递单号 EMS1234567890",
      })
    ).json<Detail>();
    expect(concluded).toMatchObject({ status: "concluded", outcome: "approved" });
    const delivered = (await act(division, created.id, { kind: "deliver" })).json<Detail>();
    expect(delivered).toMatchObject({ status: "delivered", hasResult: true });
    expect(delivered.events.map((e) => e.action)).toEqual([
      "submit",
      "requestCorrection",
      "resubmit",
      "accept",
      "review",
      "review",
      "deliver",
    ]);

    // Acting again in the wrong state: a Chinese conflict naming the state.
    const again = await act(division, created.id, { kind: "accept" });
    expect(again.statusCode).toBe(409);
    expect(again.json<Problem>().detail).toContain("已送达");

    const docx = await parent.get(`/api/services-hall/cases/${created.id}/result.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers["content-type"]).toContain("wordprocessingml");
    const { default: JSZip } = await import("jszip");
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file("word/document.xml")?.async("string");
    const code = /验证码：([0-9A-F]{16})/.exec(xml ?? "")?.[1];
    expect(code).toBeDefined();
    const verified = await t.app.inject({
      method: "GET",
      url: `/api/public/services-hall/verify/${code ?? ""}`,
    });
    expect(verified.json()).toMatchObject({
      found: true,
      valid: true,
      holder: "李*",
      itemName: transfer.name,
    });
    const forged = await t.app.inject({
      method: "GET",
      url: "/api/public/services-hall/verify/0000000000000000",
    });
    expect(forged.json()).toMatchObject({ found: false, valid: false });

    // 好差评 once, by the applicant only.
    expect(
      (await division.post(`/api/services-hall/cases/${created.id}/rating`, { rating: 5 })).statusCode,
    ).toBe(403);
    const rated = await parent.post(`/api/services-hall/cases/${created.id}/rating`, {
      rating: 5,
      comment: "很方便",
    });
    expect(rated.statusCode, rated.body).toBe(200);
    expect(
      (await parent.post(`/api/services-hall/cases/${created.id}/rating`, { rating: 4 })).statusCode,
    ).toBe(409);

    // Every step is audited in its own transaction; the refused 补正 left no row.
    const admin = await t.login("admin");
    const log = (await admin.get(`/api/audit-log?entity=service_case&pageSize=100`)).json<{
      items: { event: string; entityId: string }[];
    }>();
    const events = log.items.filter((e) => e.entityId === created.id).map((e) => e.event);
    expect(events.sort()).toEqual(
      [
        "SERVICE_CASE_SUBMITTED",
        "SERVICE_CASE_CORRECTION_REQUESTED",
        "SERVICE_CASE_RESUBMITTED",
        "SERVICE_CASE_ACCEPTED",
        "SERVICE_CASE_REVIEWED",
        "SERVICE_CASE_REVIEWED",
        "SERVICE_CASE_DELIVERED",
        "SERVICE_CASE_RATED",
      ].sort(),
    );
  });

  it("不予受理 and 不予办理 need a reason; a bad rating opens a follow-up the unit answers", async () => {
    const c = await applyRegistration(t.world.districtA.id);
    const noReason = await act(furong, c.id, { kind: "notAccept", reason: "" });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<Problem>().errors?.[0]?.message).toBe("不予受理必须说明理由。");
    expect((await get(parent, c.id)).status).toBe("submitted");

    await act(furong, c.id, { kind: "accept" });
    const refuseBare = await act(furong, c.id, { kind: "review", decision: "refuse" });
    expect(refuseBare.statusCode).toBe(400);
    expect(refuseBare.json<Problem>().errors?.[0]?.message).toBe("不予办理必须说明理由。");
    expect((await get(parent, c.id)).status).toBe("reviewing");
    const refused = (
      await act(furong, c.id, { kind: "review", decision: "refuse", reason: "培训学时不足 360 学时" })
    ).json<Detail>();
    expect(refused).toMatchObject({
      status: "concluded",
      outcome: "refused",
      reason: "培训学时不足 360 学时",
    });

    expect((await parent.post(`/api/services-hall/cases/${c.id}/rating`, { rating: 1 })).statusCode).toBe(
      400,
    );
    const bad = (
      await parent.post(`/api/services-hall/cases/${c.id}/rating`, {
        rating: 1,
        comment: "没有提前告知学时要求",
      })
    ).json<Detail & { rating: { followUpDue: string } }>();
    expect(bad.rating.followUpDue).toBeTruthy();
    expect(bad.abilities.answerRating).toBe(false);
    expect((await get(furong, c.id)).abilities.answerRating).toBe(true);
    const answered = await furong.post(`/api/services-hall/cases/${c.id}/rating/answer`, {
      answer: "已在办事指南中写明学时要求",
    });
    expect(answered.statusCode, answered.body).toBe(200);

    const other = await applyRegistration(t.world.districtA.id);
    const notAccepted = (
      await act(furong, other.id, { kind: "notAccept", reason: "不属于本单位职权范围" })
    ).json<Detail>();
    expect(notAccepted).toMatchObject({ status: "notAccepted", holder: "已结束" });
  });
});

describe("scope and privacy", () => {
  it("a district neither sees nor acts on another district's cases; materials stay with applicant and unit", async () => {
    const c = await applyRegistration(t.world.districtA.id);
    expect((await yuelu.get(`/api/services-hall/cases/${c.id}`)).statusCode).toBe(404);
    expect((await act(yuelu, c.id, { kind: "accept" })).statusCode).toBe(404);
    const yueluQueue = (await yuelu.get("/api/services-hall/cases?open=true")).json<{
      items: { id: string }[];
    }>();
    expect(yueluQueue.items.map((i) => i.id)).not.toContain(c.id);
    const furongQueue = (await furong.get("/api/services-hall/cases?open=true&pageSize=100")).json<{
      items: { id: string; applicantName: string }[];
    }>();
    expect(furongQueue.items.find((i) => i.id === c.id)?.applicantName).toBe("王*");
    // The unit sees a masked id number; the applicant sees it whole.
    expect((await get(furong, c.id)).form.idNumber).not.toBe(personForm.idNumber);
    expect((await get(parent, c.id)).form.idNumber).toBe(personForm.idNumber);

    const material = (await get(parent, c.id)).materials[0]?.id ?? "";
    expect((await parent.get(`/api/services-hall/cases/${c.id}/materials/${material}`)).statusCode).toBe(200);
    expect((await furong.get(`/api/services-hall/cases/${c.id}/materials/${material}`)).statusCode).toBe(200);
    // The leader reads the case in scope but not its materials.
    expect((await leader.get(`/api/services-hall/cases/${c.id}`)).statusCode).toBe(200);
    expect((await leader.get(`/api/services-hall/cases/${c.id}/materials/${material}`)).statusCode).toBe(404);
    expect((await yuelu.get(`/api/services-hall/cases/${c.id}/materials/${material}`)).statusCode).toBe(404);
  });

  it("sorts a unit's cases on a whitelisted column either way, with the total of all", async () => {
    await applyRegistration(t.world.districtA.id);
    type Queue = { items: { caseNo: string }[]; total: number };
    const asc = (
      await furong.get("/api/services-hall/cases?sort=caseNo&order=asc&pageSize=100")
    ).json<Queue>();
    expect(asc.items.length).toBeGreaterThan(1);
    expect(asc.items.map((i) => i.caseNo)).toEqual(asc.items.map((i) => i.caseNo).sort());
    const desc = (
      await furong.get("/api/services-hall/cases?sort=caseNo&order=desc&pageSize=1")
    ).json<Queue>();
    expect(desc).toEqual({
      items: [expect.objectContaining({ caseNo: asc.items.at(-1)?.caseNo })],
      total: asc.total,
    });
    expect((await furong.get("/api/services-hall/cases?sort=form")).statusCode).toBe(400);
  });
});

describe("bad input changes nothing", () => {
  it("refuses wrong-type, disguised, oversized and empty materials", async () => {
    const exe = await upload(parent, Buffer.from("MZ\x90\x00"), "程序.exe");
    expect(exe.statusCode).toBe(400);
    expect(exe.json<Problem>().detail).toContain("只接受 PDF、JPG、PNG");
    expect((await upload(parent, PNG, "伪装.pdf")).json<Problem>().detail).toContain("与扩展名不符");
    const big = Buffer.concat([PDF, Buffer.alloc(MATERIAL_MAX_BYTES)]);
    const oversized = await upload(parent, big, "大文件.pdf");
    expect(oversized.statusCode).toBe(413);
    expect(oversized.json<Problem>().detail).toContain("超过 5 MB");
  });

  it("refuses a form that does not match the item and missing materials, listing every problem", async () => {
    const before = (await parent.get("/api/services-hall/cases?mine=true")).json<{ total: number }>().total;
    const id = await uploadId(parent);
    const response = await parent.post("/api/services-hall/cases", {
      itemId: transfer.id,
      situationCode: "graduate",
      form: { ...transferForm, phone: "12", category: "其他", shoeSize: "42" },
      materials: [{ code: "id", materialId: id }],
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json<Problem>().errors?.map((e) => e.field) ?? [];
    expect(fields).toEqual(
      expect.arrayContaining(["form.phone", "form.category", "form.shoeSize", "materials.diploma"]),
    );
    const noSituation = await parent.post("/api/services-hall/cases", {
      itemId: transfer.id,
      form: transferForm,
      materials: [],
    });
    expect(noSituation.json<Problem>().errors?.map((e) => e.field)).toContain("situationCode");
    const districtMissing = await parent.post("/api/services-hall/cases", {
      itemId: registration.id,
      form: personForm,
      materials: [],
    });
    expect(districtMissing.json<Problem>().errors?.map((e) => e.field)).toContain("districtId");
    // Someone else's upload cannot be attached.
    const others = await uploadId(await t.login("teacherA"));
    const stolen = await parent.post("/api/services-hall/cases", {
      itemId: transfer.id,
      situationCode: "graduate",
      form: transferForm,
      materials: [
        { code: "id", materialId: others },
        { code: "diploma", materialId: id },
      ],
    });
    expect(stolen.json<Problem>().errors?.map((e) => e.field)).toContain("materials.0.materialId");
    expect((await parent.get("/api/services-hall/cases?mine=true")).json<{ total: number }>().total).toBe(
      before,
    );
  });
});

describe("time limits", () => {
  it("escalates an overdue case once, to its unit and the statistics board", async () => {
    const c = await applyRegistration(t.world.districtB.id);
    await act(yuelu, c.id, { kind: "accept" });
    const deadline = (await get(yuelu, c.id)).timeLimit?.deadline ?? "";
    t.clock.set(new Date(`${deadline}T02:00:00Z`));
    yuelu = await t.login("districtB");
    expect((await get(yuelu, c.id)).timeLimit?.status).toBe("dueSoon");
    t.clock.advance(3 * 86_400_000);
    yuelu = await t.login("districtB");
    division = await t.login("division");
    leader = await t.login("leader");
    expect((await get(yuelu, c.id)).timeLimit?.status).toBe("overdue");
    const escalate = await division.post("/api/services-hall/cases/escalate-overdue");
    expect(escalate.json<{ escalated: number }>().escalated).toBeGreaterThanOrEqual(1);
    const after = await get(yuelu, c.id);
    expect(after.escalated).toBe(true);
    expect(after.events.at(-1)?.note).toContain("超期督办");
    expect(
      (await division.post("/api/services-hall/cases/escalate-overdue")).json<{ escalated: number }>()
        .escalated,
    ).toBe(0);
    const overdueQueue = (await yuelu.get("/api/services-hall/cases?overdue=true")).json<{
      items: { id: string }[];
    }>();
    expect(overdueQueue.items.map((i) => i.id)).toContain(c.id);
    const notes = (await yuelu.get("/api/notifications")).body;
    expect(notes).toContain("办件超期");
    const stats = (await leader.get("/api/services-hall/stats")).json<{
      cases: { openOverdue: number; escalated: number };
    }>();
    expect(stats.cases.openOverdue).toBeGreaterThanOrEqual(1);
    expect(stats.cases.escalated).toBeGreaterThanOrEqual(1);
  });
});

describe("statistics", () => {
  it("reports the 全程网办 share, online share, days vs limits, 一次办 and satisfaction", async () => {
    const response = await leader.get("/api/services-hall/stats");
    expect(response.statusCode, response.body).toBe(200);
    const stats = response.json<{
      catalogue: { published: number; fullyOnline: number; fullyOnlineShare: number };
      cases: { total: number; onlineShare: number; concluded: number; onceRate: number };
      ratings: { count: number; satisfaction: number; bad: number };
      items: { itemName: string; cases: number }[];
    }>();
    expect(stats.catalogue.published).toBe(28);
    expect(stats.catalogue.fullyOnlineShare).toBe(75);
    expect(stats.cases.onlineShare).toBe(100);
    expect(stats.cases.concluded).toBeGreaterThanOrEqual(2);
    expect(stats.cases.onceRate).toBe(100);
    expect(stats.ratings).toMatchObject({ count: 2, satisfaction: 50, bad: 1 });
    // A district's board counts only its own cases.
    const district = (await yuelu.get("/api/services-hall/stats")).json<{ cases: { total: number } }>();
    expect(district.cases.total).toBeLessThan(stats.cases.total);
    expect((await (await t.login("parent")).get("/api/services-hall/stats")).statusCode).toBe(403);
  });
});
