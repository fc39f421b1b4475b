import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../../test/test-app.ts";
import { sql } from "drizzle-orm";
import { queryRows } from "../../db/database.ts";
import { multipart } from "../institutions/import-fixtures.ts";
import { teacherBody } from "../teachers/teacher-fixtures.ts";
import { loadTestPlan } from "../work-plan/work-plan.fixture.ts";
import { addInspectorateWorld, addSupervisionTask, TEST_FRAMEWORK } from "./inspectorate.fixture.ts";

let t: TestApp;
let inspector: TestSession;

const PDF = Buffer.from("%PDF-1.4\n%test evidence\n");

const at = async (iso: string) => {
  t.clock.set(new Date(iso));
  inspector = await t.login("inspector");
};

async function upload(session: TestSession, url: string, file: Buffer, name: string) {
  const body = multipart(file, name, "application/octet-stream");
  return session.requestRaw("POST", url, body.payload, body.headers);
}

interface Evaluation {
  id: string;
  district: { name: string };
  status: string;
  total: number;
  items: {
    code: string;
    selfScore: number | null;
    verifiedScore: number | null;
    weakness: boolean;
    evidence: unknown[];
  }[];
}

beforeAll(async () => {
  t = await createTestApp();
  await addInspectorateWorld(t);
  const plan = await loadTestPlan(t);
  await addSupervisionTask(t, plan.planId);
  inspector = await t.login("inspector");
});
afterAll(async () => t.close());

describe("duty evaluation (履职评价)", () => {
  let mine: string;
  let theirs: string;

  it("opens one evaluation per district from the year's framework", async () => {
    const created = await inspector.post("/api/inspectorate/frameworks", {
      year: 2019,
      name: "长沙市区县人民政府履行教育职责评价指标（2019）",
      indicators: TEST_FRAMEWORK,
    });
    expect(created.statusCode, created.body).toBe(200);
    const bad = await inspector.post("/api/inspectorate/frameworks", {
      year: 2020,
      name: "合计不足一百分",
      indicators: TEST_FRAMEWORK.slice(0, 3),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ detail: string }>().detail).toContain("指标体系分值合计应为 100 分");
    const opened = await inspector.post("/api/inspectorate/evaluations/open", { year: 2019 });
    expect(opened.json()).toEqual({ opened: 2 });
    const all = (await inspector.get("/api/inspectorate/evaluations?year=2019")).json<{
      items: Evaluation[];
    }>();
    expect(all.items.map((e) => e.district.name).sort()).toEqual(["岳麓区", "芙蓉区"]);
    mine = all.items.find((e) => e.district.name === "芙蓉区")?.id ?? "";
    theirs = all.items.find((e) => e.district.name === "岳麓区")?.id ?? "";
  });

  it("edits a framework until its year's evaluations are opened", async () => {
    type F = { id: string; year: number; name: string; editable: boolean };
    const frameworks = async () =>
      (await inspector.get("/api/inspectorate/frameworks")).json<{ items: F[] }>().items;
    const opened = (await frameworks()).find((f) => f.year === 2019);
    expect(opened?.editable).toBe(false);
    const body = (year: number, name: string) => ({ year, name, indicators: TEST_FRAMEWORK });
    const locked = await inspector.request(
      "PUT",
      `/api/inspectorate/frameworks/${opened?.id}`,
      body(2019, "改名"),
    );
    expect(locked.statusCode).toBe(409);
    const draft = await inspector.post("/api/inspectorate/frameworks", body(2021, "草稿"));
    const id = draft.json<{ id: string }>().id;
    const edited = await inspector.request("PUT", `/api/inspectorate/frameworks/${id}`, body(2021, "正式稿"));
    expect(edited.statusCode, edited.body).toBe(200);
    expect((await frameworks()).find((f) => f.id === id)).toMatchObject({ name: "正式稿", editable: true });
    const measures = (await inspector.get("/api/inspectorate/frameworks/measures")).json<{
      items: { code: string; label: string }[];
    }>();
    expect(measures.items.find((m) => m.code === "large_class_ratio")?.label).toBe("大班额比例");
  });

  it("shows a district its own evaluation only, and a school none", async () => {
    const district = await t.login("districtA");
    const list = (await district.get("/api/inspectorate/evaluations?year=2019")).json<{
      items: Evaluation[];
    }>();
    expect(list.items.map((e) => e.district.name)).toEqual(["芙蓉区"]);
    expect((await district.get(`/api/inspectorate/evaluations/${theirs}`)).statusCode).toBe(404);
    const board = (await district.get("/api/inspectorate/board?year=2019")).json<{
      districts: { name: string }[];
    }>();
    expect(board.districts.map((d) => d.name)).toEqual(["芙蓉区"]);
    const school = await t.login("schoolA");
    expect(
      (await school.get("/api/inspectorate/evaluations?year=2019")).json<{ items: unknown[] }>().items,
    ).toEqual([]);
    expect((await school.get(`/api/inspectorate/evaluations/${mine}`)).statusCode).toBe(404);
  });

  it("refuses scores out of range, self-scores of computed items and wrong evidence, changing nothing", async () => {
    const district = await t.login("districtA");
    const out = await district.request("PUT", `/api/inspectorate/evaluations/${mine}/self-scores`, {
      items: [
        { code: "A1", input: { kind: "yes_no", met: true } },
        { code: "A2", input: { kind: "score", score: 31 } },
      ],
    });
    expect(out.statusCode).toBe(400);
    expect(out.json<{ errors: { field: string; message: string }[] }>().errors).toEqual([
      { field: "items.1.input", message: "“教育督导机构建设”的得分应在 0–30 分之间，填写的是 31" },
    ]);
    const computed = await district.request("PUT", `/api/inspectorate/evaluations/${mine}/self-scores`, {
      items: [{ code: "B1", input: { kind: "score", score: 40 } }],
    });
    expect(computed.json<{ detail: string }>().detail).toContain("由系统按实时数据计分");
    const exe = await upload(
      district,
      `/api/inspectorate/evaluations/${mine}/evidence?item=A1`,
      Buffer.from("MZ..."),
      "材料.exe",
    );
    expect(exe.statusCode).toBe(400);
    expect(exe.json<{ detail: string }>().detail).toContain("类型不允许");
    const renamed = await upload(
      district,
      `/api/inspectorate/evaluations/${mine}/evidence?item=A1`,
      Buffer.from("not a pdf"),
      "材料.pdf",
    );
    expect(renamed.json<{ detail: string }>().detail).toContain("内容与扩展名 .pdf 不符");
    const big = await upload(
      district,
      `/api/inspectorate/evaluations/${mine}/evidence?item=A1`,
      Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]),
      "材料.pdf",
    );
    expect(big.json<{ detail: string }>().detail).toContain("超过 10 MB");
    const detail = (await district.get(`/api/inspectorate/evaluations/${mine}`)).json<Evaluation>();
    expect(detail.items.find((i) => i.code === "A1")).toMatchObject({ selfScore: null, evidence: [] });
    expect(t.attachmentStore.size()).toBe(0);
  });

  it("self-evaluates with evidence, submits, and the inspector verifies and concludes with rectification of weaknesses", async () => {
    const district = await t.login("districtA");
    expect(
      (await district.post(`/api/inspectorate/evaluations/${mine}/submit`)).json<{ detail: string }>().detail,
    ).toContain("尚有 2 项未自评");
    const scored = await district.request("PUT", `/api/inspectorate/evaluations/${mine}/self-scores`, {
      items: [
        { code: "A1", input: { kind: "yes_no", met: true }, note: "2019 年预算已落实" },
        { code: "A2", input: { kind: "graded", grade: "良" } },
      ],
    });
    expect(scored.statusCode, scored.body).toBe(200);
    const evidence = await upload(
      district,
      `/api/inspectorate/evaluations/${mine}/evidence?item=A1`,
      PDF,
      "预算批复.pdf",
    );
    expect(evidence.statusCode, evidence.body).toBe(200);
    const submitted = await district.post(`/api/inspectorate/evaluations/${mine}/submit`);
    expect(submitted.json<Evaluation>().status).toBe("submitted");
    // No data for classes: the computed item has no score (无数据), not a zero.
    expect(submitted.json<Evaluation>().total).toBe(54);

    expect(
      (
        await district.request("PUT", `/api/inspectorate/evaluations/${mine}/verification`, {
          items: [{ code: "A1", score: 0 }],
        })
      ).statusCode,
    ).toBe(403);
    const outOfRange = await inspector.request("PUT", `/api/inspectorate/evaluations/${mine}/verification`, {
      items: [{ code: "A1", score: 15 }],
    });
    expect(outOfRange.json<{ detail: string }>().detail).toBe(
      "“落实“两个只增不减””为“是/否”指标，得分只能是 0 或 30 分",
    );
    const verified = await inspector.request("PUT", `/api/inspectorate/evaluations/${mine}/verification`, {
      items: [{ code: "A1", score: 0, comment: "教育经费占比较上年下降" }],
    });
    expect(verified.json<Evaluation>().total).toBe(24);
    const concluded = await inspector.post(`/api/inspectorate/evaluations/${mine}/conclude`, {
      deadline: "2019-06-30",
    });
    expect(concluded.statusCode, concluded.body).toBe(200);
    expect(concluded.json<Evaluation>().status).toBe("verified");
    const orders = (await district.get("/api/inspectorate/rectifications?mine=true")).json<{
      items: { title: string }[];
    }>();
    expect(orders.items.map((o) => o.title)).toEqual(["2019年履职评价薄弱项：落实“两个只增不减”"]);
    const report = await district.get(`/api/inspectorate/evaluations/${mine}/report.docx`);
    expect(report.statusCode).toBe(200);
    expect(report.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const summary = await inspector.get("/api/inspectorate/evaluations/summary.docx?year=2019");
    expect(summary.statusCode).toBe(200);
    expect(summary.rawPayload.subarray(0, 2).toString()).toBe("PK");
  });
});

describe("special inspections with a sealed unannounced sample (暗访)", () => {
  let planId: string;
  let visitA: string;

  it("draws the sample and keeps it from the school, its district and other inspectors before the date", async () => {
    const inspectorId = t.world.userIds.inspector;
    const created = await inspector.post("/api/inspectorate/plans", {
      title: "2019年春季学生减负专项督导",
      topic: "burden",
      unannounced: true,
      checklist: [
        { code: "C1", question: "是否按规定控制书面作业总量" },
        { code: "C2", question: "是否存在违规补课" },
      ],
      scopeUnitId: t.world.districtA.id,
      sampleSize: 3,
      startsOn: "2019-03-10",
      endsOn: "2019-03-12",
      inspectorIds: [inspectorId],
      public: true,
    });
    expect(created.statusCode, created.body).toBe(200);
    planId = created.json<{ id: string }>().id;
    const plan = (await inspector.get(`/api/inspectorate/plans/${planId}`)).json<{
      seed: string;
      visits: { id: string; school: { name: string } }[];
    }>();
    expect(plan.visits).toHaveLength(3);
    expect(plan.seed).toMatch(/^[0-9a-f]{64}$/);
    visitA = plan.visits.find((v) => v.school.name === "芙蓉区示范小学")?.id ?? "";

    for (const username of ["schoolA", "districtA", "inspector2", "leader"]) {
      const session = await t.login(username);
      expect(
        (await session.get("/api/inspectorate/visits")).json<{ items: unknown[] }>().items,
        username,
      ).toEqual([]);
      expect((await session.get(`/api/inspectorate/visits/${visitA}`)).statusCode, username).toBe(404);
    }
    const school = await t.login("schoolA");
    expect((await school.get("/api/inspectorate/plans")).json<{ items: unknown[] }>().items).toEqual([]);
    expect((await school.get(`/api/inspectorate/plans/${planId}`)).statusCode).toBe(404);
    const other = await t.login("inspector2");
    const seen = (await other.get(`/api/inspectorate/plans/${planId}`)).json<{
      seed: string | null;
      visits: unknown[];
    }>();
    expect(seen).toMatchObject({ seed: null, visits: [] });
  });

  it("refuses a record before the date and by an inspector not in the plan", async () => {
    const record = {
      answers: [
        { code: "C1", compliant: true, note: "" },
        { code: "C2", compliant: false, note: "周六组织三年级集体补课" },
      ],
      summary: "总体规范，存在周末补课",
      findings: [
        {
          severity: "major",
          description: "周六组织三年级学生集体补课",
          rectify: { unit: "district", deadline: "2019-04-30", requirement: "立即停止并通报" },
        },
      ],
    };
    const early = await inspector.post(`/api/inspectorate/visits/${visitA}/record`, record);
    expect(early.statusCode).toBe(409);
    await at("2019-03-12T02:00:00Z");
    const other = await t.login("inspector2");
    const foreign = await other.post(`/api/inspectorate/visits/${visitA}/record`, record);
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json<{ detail: string }>().detail).toBe("您不是该督导计划的督学，不能记录访视。");
    const unanswered = await inspector.post(`/api/inspectorate/visits/${visitA}/record`, {
      ...record,
      answers: [record.answers[0]],
    });
    expect(unanswered.json<{ detail: string }>().detail).toContain("检查项“是否存在违规补课”未作答");
    const ok = await inspector.post(`/api/inspectorate/visits/${visitA}/record`, record);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(
      ok.json<{ findings: { rectificationId: string | null }[] }>().findings[0]?.rectificationId,
    ).toBeTruthy();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const photo = await upload(inspector, `/api/inspectorate/visits/${visitA}/photos`, png, "现场.png");
    const photos = photo.json<{ photos: { id: string }[] }>().photos;
    expect(photos).toHaveLength(1);
    const download = await inspector.get(`/api/inspectorate/visits/${visitA}/photos/${photos[0]?.id}`);
    expect(download.statusCode, download.body).toBe(200);
    expect(download.headers["content-type"]).toBe("image/png");
    expect(download.headers["content-disposition"]).toBe(
      `attachment; filename="photo"; filename*=UTF-8''${encodeURIComponent("现场.png")}`,
    );
    expect(download.rawPayload.equals(png)).toBe(true);
    const notImage = await upload(inspector, `/api/inspectorate/visits/${visitA}/photos`, PDF, "现场.pdf");
    expect(notImage.json<{ detail: string }>().detail).toContain("只接受 JPG 或 PNG 图片");
    const foreignPhoto = await upload(other, `/api/inspectorate/visits/${visitA}/photos`, png, "现场.png");
    expect(foreignPhoto.statusCode).toBe(403);
    // From its date the school sees its visit.
    const school = await t.login("schoolA");
    const visible = (await school.get("/api/inspectorate/visits")).json<{ items: { id: string }[] }>();
    expect(visible.items.map((v) => v.id)).toEqual([visitA]);
  });

  it("runs the rectification: the district plans and submits evidence, the inspector accepts and closes", async () => {
    const district = await t.login("districtA");
    const orders = (await district.get("/api/inspectorate/rectifications?mine=true")).json<{
      items: { id: string; title: string }[];
    }>();
    const order = orders.items.find((o) => o.title.includes("减负"));
    expect(order).toBeDefined();
    const id = order?.id ?? "";
    expect(
      (await district.post(`/api/inspectorate/rectifications/${id}/accept`, { text: "" })).statusCode,
    ).toBe(403);
    expect(
      (
        await district.post(`/api/inspectorate/rectifications/${id}/submit_plan`, {
          text: "立即停止补课，约谈校长",
        })
      ).statusCode,
    ).toBe(200);
    const noEvidence = await district.post(`/api/inspectorate/rectifications/${id}/submit_evidence`, {
      text: "已停止补课并通报",
    });
    expect(noEvidence.statusCode).toBe(400);
    expect(noEvidence.json<{ detail: string }>().detail).toBe("请先上传整改佐证材料，再报送");
    expect(
      (await upload(district, `/api/inspectorate/rectifications/${id}/evidence`, PDF, "整改报告.pdf"))
        .statusCode,
    ).toBe(200);
    expect(
      (
        await district.post(`/api/inspectorate/rectifications/${id}/submit_evidence`, {
          text: "已停止补课并通报",
        })
      ).statusCode,
    ).toBe(200);
    const early = await inspector.post(`/api/inspectorate/rectifications/${id}/close`, { text: "" });
    expect(early.statusCode).toBe(409);
    expect(
      (await inspector.post(`/api/inspectorate/rectifications/${id}/accept`, { text: "" })).json<{
        state: string;
      }>().state,
    ).toBe("accepted");
    expect(
      (await inspector.post(`/api/inspectorate/rectifications/${id}/close`, { text: "" })).json<{
        state: string;
      }>().state,
    ).toBe("closed");
    const progress = (await inspector.get("/api/inspectorate/plan-progress?year=2019")).json<{
      rectification: { total: number; closed: number };
      evaluation: { verified: number; districts: number };
    }>();
    expect(progress.rectification).toMatchObject({ total: 2, closed: 1 });
    expect(progress.evaluation).toMatchObject({ verified: 1, districts: 2 });
    const publicList = await t.app.inject({ method: "GET", url: "/api/public/inspectorate/rectifications" });
    expect(
      publicList
        .json<{ items: { stateLabel: string }[] }>()
        .items.map((i) => i.stateLabel)
        .sort(),
    ).toEqual(["已下达", "已销号"]);
  });

  it("escalates an overdue order through the work plan's 督办, once, and the plan's sweep escalates it further", async () => {
    await at("2019-07-01T02:00:00Z");
    const first = (await inspector.post("/api/inspectorate/rectifications/sweep")).json<{
      escalated: number;
    }>();
    expect(first.escalated).toBe(1);
    expect((await inspector.post("/api/inspectorate/rectifications/sweep")).json()).toEqual({ escalated: 0 });
    const district = await t.login("districtA");
    const notices = (await district.get("/api/work-plan/supervision/notices")).json<{
      items: { kind: string; reason: string; state: string; task: { code: string } }[];
    }>();
    const notice = notices.items.find((n) => n.kind === "rectification_overdue");
    expect(notice).toMatchObject({ state: "awaiting_response", task: { code: "T33" } });
    expect(notice?.reason).toContain("应于 2019-06-30 前完成整改");
    const orders = (await district.get("/api/inspectorate/rectifications?mine=true")).json<{
      items: { overdue: boolean; escalatedOn: string | null }[];
    }>();
    expect(orders.items.filter((o) => o.overdue).map((o) => o.escalatedOn)).toEqual(["2019-07-01"]);
    await at("2019-07-09T02:00:00Z");
    const admin = await t.login("admin");
    await admin.post("/api/work-plan/supervision/sweep");
    const leader = await t.login("leader");
    const escalated = (await leader.get("/api/work-plan/supervision/notices?view=leader")).json<{
      items: { kind: string }[];
    }>();
    expect(escalated.items.some((n) => n.kind === "rectification_overdue")).toBe(true);
  });
});

describe("complaints (举报) and their deadlines", () => {
  it("takes anonymous public complaints, refuses a named one without a phone", async () => {
    await at("2019-03-01T02:00:00Z");
    const post = (payload: object) =>
      t.app.inject({ method: "POST", url: "/api/public/inspectorate/complaints", payload });
    const anonymous = await post({
      topic: "paid_tutoring",
      schoolCode: "2143010201",
      content: "数学老师周末在校外有偿补课",
      anonymous: true,
    });
    expect(anonymous.json()).toMatchObject({ receivedOn: "2019-03-01", acceptDeadline: "2019-03-16" });
    const named = await post({
      topic: "burden",
      content: "三年级每天作业超过两小时",
      anonymous: false,
      name: "张三",
      phone: "12345",
    });
    expect(named.statusCode).toBe(400);
    expect(named.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe("phone");
    const school = await t.login("schoolA");
    expect((await school.get("/api/inspectorate/complaints")).statusCode).toBe(404);
  });

  it("tracks acceptance within 15 days and a reply within 60, with one extension", async () => {
    type C = { id: string; state: string; replyDeadline: string | null };
    const list = async () =>
      (await inspector.get("/api/inspectorate/complaints")).json<{ items: C[] }>().items;
    await at("2019-03-17T02:00:00Z");
    const [c] = await list();
    expect(c?.state).toBe("acceptance_overdue");
    const id = c?.id ?? "";
    const accepted = await inspector.post(`/api/inspectorate/complaints/${id}/accept`, {});
    expect(accepted.json<C>()).toMatchObject({ state: "in_progress", replyDeadline: "2019-05-16" });
    await at("2019-05-17T02:00:00Z");
    expect((await list())[0]?.state).toBe("overdue");
    expect((await inspector.post(`/api/inspectorate/complaints/${id}/extend`, { days: 31 })).statusCode).toBe(
      400,
    );
    const extended = await inspector.post(`/api/inspectorate/complaints/${id}/extend`, { days: 30 });
    expect(extended.json<C>()).toMatchObject({ state: "in_progress", replyDeadline: "2019-06-15" });
    expect(
      (await inspector.post(`/api/inspectorate/complaints/${id}/extend`, { days: 5 })).json<{
        detail: string;
      }>().detail,
    ).toBe("办理期限只能延长一次");
    const other = await t.login("inspector2");
    expect(
      (
        await other.post(`/api/inspectorate/complaints/${id}/reply`, {
          investigation: "已核实情况属实",
          substantiated: true,
          reply: "已责令停止并处理",
        })
      ).statusCode,
    ).toBe(403);
    const replied = await inspector.post(`/api/inspectorate/complaints/${id}/reply`, {
      investigation: "经调查，该教师确有有偿补课行为",
      substantiated: true,
      reply: "已责令停止，并按师德规定处理",
    });
    expect(replied.json<C>().state).toBe("replied");
  });
});

describe("a substantiated 师德 complaint and the teachers' ethics record", () => {
  type C = { id: string; canLinkEthics: boolean; ethicsRecordId: string | null };
  it("registers the record through the teachers module, links it, and refuses a second or an unproven one", async () => {
    await at("2019-06-01T02:00:00Z");
    const school = await t.login("schoolA");
    const teacher = await school.post("/api/teachers", teacherBody(t.world.schoolA.id));
    expect(teacher.statusCode, teacher.body).toBe(201);
    const teacherId = teacher.json<{ id: string }>().id;
    const receipt = await t.app.inject({
      method: "POST",
      url: "/api/public/inspectorate/complaints",
      payload: {
        topic: "ethics",
        schoolCode: t.world.schoolA.code,
        content: "该教师体罚学生，请调查处理",
        anonymous: true,
      },
    });
    const id = receipt.json<{ id: string }>().id;
    await inspector.post(`/api/inspectorate/complaints/${id}/accept`, {});
    const link = (body: object = {}) =>
      inspector.post(`/api/inspectorate/complaints/${id}/ethics-record`, {
        teacherId,
        severity: "serious",
        description: "经查属实：体罚学生",
        ...body,
      });
    const early = await link();
    expect(early.statusCode).toBe(409);
    expect(early.json<{ detail: string }>().detail).toBe("举报经调查属实后，才能登记师德记录。");
    const replied = await inspector.post(`/api/inspectorate/complaints/${id}/reply`, {
      investigation: "经调查，该教师确有体罚行为",
      substantiated: true,
      reply: "已按师德规定处理",
    });
    expect(replied.json<C>().canLinkEthics).toBe(true);
    const teachers = (await inspector.get(`/api/inspectorate/complaints/${id}/teachers`)).json<{
      items: { id: string }[];
    }>();
    expect(teachers.items.map((x) => x.id)).toContain(teacherId);
    const linked = await link();
    expect(linked.statusCode, linked.body).toBe(200);
    const detail = linked.json<C>();
    expect(detail.canLinkEthics).toBe(false);
    expect(detail.ethicsRecordId).toBeTruthy();
    // The record is the teachers module's: the division reads it there.
    const division = await t.login("division");
    const records = (await division.get(`/api/registration/ethics/${teacherId}`)).json<{
      items: { id: string; severity: string }[];
    }>();
    expect(records.items).toEqual([
      expect.objectContaining({ id: detail.ethicsRecordId, severity: "serious" }),
    ]);
    expect((await link()).json<{ detail: string }>().detail).toBe("该举报已登记师德记录。");
    const audit = await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where entity_id in (${id}, ${teacherId}) order by at`,
    );
    expect(audit.map((r) => r.action)).toEqual(expect.arrayContaining(["link_ethics", "record"]));
  });

  it("refuses a record for a complaint that is not about 师德", async () => {
    const [c] = (await inspector.get("/api/inspectorate/complaints"))
      .json<{ items: (C & { topic: string })[] }>()
      .items.filter((x) => x.topic === "paid_tutoring");
    const refused = await inspector.post(`/api/inspectorate/complaints/${c?.id}/ethics-record`, {
      teacherId: "00000000-0000-4000-8000-000000000000",
      severity: "minor",
      description: "不应登记的记录",
    });
    expect(refused.statusCode).toBe(409);
  });
});

describe("责任督学 coverage and the monitoring import", () => {
  it("flags inspectors with fewer than five schools and uncovered schools; refuses a visit to a school not assigned", async () => {
    const schools = [t.world.schoolA.id, t.world.schoolB.id];
    const set = await inspector.request("PUT", "/api/inspectorate/assignments", {
      inspectorId: t.world.userIds.inspector,
      schoolIds: schools,
    });
    expect(set.statusCode, set.body).toBe(200);
    const coverage = (await inspector.get("/api/inspectorate/assignments/coverage?month=2019-05")).json<{
      ok: boolean;
      uncovered: { name: string }[];
      underAssigned: { name: string; schools: number }[];
    }>();
    expect(coverage.ok).toBe(false);
    expect(coverage.uncovered.map((u) => u.name).sort()).toEqual(["芙蓉区实验中学", "芙蓉区第二小学"]);
    expect(coverage.underAssigned.map((u) => u.schools).sort()).toEqual([0, 2]);
    const assignments = (await inspector.get("/api/inspectorate/assignments")).json<{
      items: { id: string; schools: { id: string }[] }[];
    }>();
    expect(assignments.items.find((a) => a.id === t.world.userIds.inspector)?.schools).toHaveLength(2);
    const found = (
      await inspector.get(`/api/inspectorate/assignments/schools?q=${encodeURIComponent("芙蓉区第二")}`)
    ).json<{ items: { name: string }[] }>();
    expect(found.items.map((f) => f.name)).toEqual(["芙蓉区第二小学"]);
    const other = await t.login("inspector2");
    const refused = await other.post("/api/inspectorate/duty-visits", {
      schoolId: t.world.schoolA.id,
      visitDate: "2019-05-10",
      matters: ["校园安全"],
      feedback: "消防通道畅通",
    });
    expect(refused.json<{ detail: string }>().detail).toBe("您不是该校的责任督学");
    const logged = await inspector.post("/api/inspectorate/duty-visits", {
      schoolId: t.world.schoolA.id,
      visitDate: "2019-05-10",
      matters: ["校园安全"],
      feedback: "消防通道畅通，门卫登记规范",
    });
    expect(logged.statusCode, logged.body).toBe(200);
    const month = (await inspector.get("/api/inspectorate/assignments/coverage?month=2019-05")).json<{
      monthlyCoverage: number;
    }>();
    expect(month.monthlyCoverage).toBe(50);
    const board = await t.app.inject({ method: "GET", url: "/api/public/inspectorate/schools/2143010201" });
    expect(board.json()).toMatchObject({ schoolName: "芙蓉区示范小学", inspectors: ["inspector"] });
  });

  it(
    "imports monitoring results from .xlsx and reports district means and CV",
    { timeout: 120_000 },
    async () => {
      const ExcelJS = (await import("exceljs")).default;
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("监测结果");
      sheet.addRow(["年份", "学科", "年级", "学校标识码", "平均分", "全国均值"]);
      sheet.addRow([2019, "数学", "四年级", "2143010201", 520, 500]);
      sheet.addRow([2019, "数学", "四年级", "2143010202", 480, 500]);
      sheet.addRow([2019, "数学", "四年级", "2143010401", 510, 500]);
      const bad = workbook.addWorksheet("x");
      bad.addRow([1]);
      const file = Buffer.from(await workbook.xlsx.writeBuffer());
      const body = multipart(file, "监测结果.xlsx");
      const imported = await inspector.requestRaw(
        "POST",
        "/api/inspectorate/monitoring/import?wait=true",
        body.payload,
        body.headers,
      );
      expect(imported.statusCode, imported.body).toBe(200);
      const analysis = (await inspector.get("/api/inspectorate/monitoring/analysis?year=2019")).json<{
        groups: {
          cityMean: number;
          nationalMean: number;
          districts: { name: string; mean: number; cv: number }[];
        }[];
      }>();
      const [group] = analysis.groups;
      expect(group?.cityMean).toBeCloseTo(503.33, 1);
      expect(group?.nationalMean).toBe(500);
      const furong = group?.districts.find((d) => d.name === "芙蓉区");
      expect(furong?.mean).toBe(500);
      expect(furong?.cv).toBeCloseTo(0.04, 6);

      const report = await inspector.get("/api/inspectorate/monitoring/report.docx?year=2019");
      expect(report.statusCode).toBe(200);
      expect(report.rawPayload.subarray(0, 2).toString()).toBe("PK");

      const wrong = new ExcelJS.Workbook();
      const s2 = wrong.addWorksheet("监测结果");
      s2.addRow(["年份", "学科", "年级", "学校标识码", "平均分"]);
      s2.addRow([2019, "语文", "五年级", "9999999999", 1200]);
      const refused = multipart(Buffer.from(await wrong.xlsx.writeBuffer()), "监测结果.xlsx");
      const bad2 = await inspector.requestRaw(
        "POST",
        "/api/inspectorate/monitoring/import?wait=true",
        refused.payload,
        refused.headers,
      );
      expect(bad2.statusCode).toBe(400);
      const messages = bad2.json<{ errors: { message: string }[] }>().errors.map((e) => e.message);
      expect(messages).toEqual(
        expect.arrayContaining([
          "年级应为 四年级或八年级",
          "学校标识码 9999999999 不在学校名录中",
          "平均分应为 0–1000 之间的数",
        ]),
      );
    },
  );
});
