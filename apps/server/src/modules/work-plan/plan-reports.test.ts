import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { multipart } from "../institutions/import-fixtures.ts";
import { createTestApp, type TestApp, type TestSession } from "../../test/test-app.ts";
import { loadTestPlan, pdfBytes, type LoadedPlan } from "./work-plan.fixture.ts";

let t: TestApp;
let plan: LoadedPlan;
let district: TestSession;
let division: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  plan = await loadTestPlan(t);
  district = await t.login("districtA");
  division = await t.login("division");
});
afterAll(async () => t.close());

interface Report {
  id: string;
  status: string;
  returnReason: string | null;
  attachments: { id: string; fileName: string }[];
  canEdit: boolean;
  canReview: boolean;
}

/** The 工作台's count of a kind, which must match the list it links to. */
async function queueCount(session: TestSession, key: string, list: string): Promise<number | undefined> {
  const count = (await session.get("/api/work-queue"))
    .json<{ items: { key: string; count: number }[] }>()
    .items.find((i) => i.key === key)?.count;
  expect(count).toBe((await session.get(list)).json<{ items: unknown[] }>().items.length);
  return count;
}
const toReview = (session: TestSession) =>
  queueCount(session, "reportsToReview", "/api/work-plan/reports?queue=review&status=submitted");
const returnedToMe = (session: TestSession) =>
  queueCount(session, "reportsReturned", "/api/work-plan/reports?queue=mine&status=returned");

describe("progress reports", () => {
  it("a district reports with an attachment, the lead division returns it with a reason, the district resubmits", async () => {
    const opened = await district.post("/api/work-plan/reports", {
      taskId: plan.taskId,
      periodKey: "2019-Q1",
    });
    expect(opened.statusCode).toBe(200);
    const report = opened.json<Report>();
    expect(report).toMatchObject({ status: "draft", canEdit: true });

    const patched = await district.patch(`/api/work-plan/reports/${report.id}`, {
      narrative: "芙蓉区已完成3所儿童友好型试点学校的申报材料审核。",
    });
    expect(patched.statusCode).toBe(200);

    const attached = await injectUpload(district, report.id, pdfBytes(), "试点学校名单.pdf");
    expect(attached.json<Report>().attachments).toHaveLength(1);

    const submitted = await district.post(`/api/work-plan/reports/${report.id}/submit`);
    expect(submitted.json<Report>()).toMatchObject({ status: "submitted", canEdit: false });
    expect(
      (await district.patch(`/api/work-plan/reports/${report.id}`, { narrative: "再改一次试试看可以吗" }))
        .statusCode,
    ).toBe(409);

    expect(await toReview(division)).toBe(1);
    expect(await toReview(district)).toBe(0);
    const queue = await division.get("/api/work-plan/reports?queue=review");
    expect(queue.json<{ items: { id: string }[] }>().items.map((r) => r.id)).toContain(report.id);
    expect(
      (await division.post(`/api/work-plan/reports/${report.id}/return`, { reason: "" })).statusCode,
    ).toBe(400);
    const returned = await division.post(`/api/work-plan/reports/${report.id}/return`, {
      reason: "请附上认定文件",
    });
    expect(returned.json<Report>()).toMatchObject({ status: "returned", returnReason: "请附上认定文件" });
    expect(await toReview(division)).toBe(0);
    expect(await returnedToMe(district)).toBe(1);
    expect(await returnedToMe(await t.login("districtB"))).toBe(0);

    const seen = (await district.get(`/api/work-plan/reports/${report.id}`)).json<Report>();
    expect(seen).toMatchObject({ status: "returned", returnReason: "请附上认定文件", canEdit: true });
    const unread = (await district.get("/api/notifications/unread-count")).json<{ unread: number }>();
    expect(unread.unread).toBeGreaterThan(0);

    const again = await district.post(`/api/work-plan/reports/${report.id}/submit`);
    expect(again.json<Report>()).toMatchObject({ status: "submitted" });
    expect(await returnedToMe(district)).toBe(0);
    expect(await toReview(division)).toBe(1);
    const accepted = await division.post(`/api/work-plan/reports/${report.id}/accept`);
    expect(accepted.json<Report>()).toMatchObject({ status: "accepted" });
  });

  it("refuses reports from units that do not answer for the task, and hides other units' reports", async () => {
    const inspector = await t.login("inspector");
    expect(
      (await inspector.post("/api/work-plan/reports", { taskId: plan.taskId, periodKey: "2019-Q1" }))
        .statusCode,
    ).toBe(403);
    const districtB = await t.login("districtB");
    const own = await districtB.post("/api/work-plan/reports", { taskId: plan.taskId, periodKey: "2019-Q1" });
    expect(own.statusCode).toBe(200); // 岳麓区 holds a share of the target
    const mine = (await district.get("/api/work-plan/reports?queue=mine")).json<{
      items: { id: string }[];
    }>();
    const reportOfA = mine.items[0]?.id ?? "";
    expect((await districtB.get(`/api/work-plan/reports/${reportOfA}`)).statusCode).toBe(404);
    expect(
      (await district.post("/api/work-plan/reports", { taskId: plan.taskId, periodKey: "2019-Q3" })).json(),
    ).toMatchObject({
      errors: [{ field: "periodKey" }],
    });
  });

  it("takes the lead division's figure for a manual target and refuses values out of range, naming the field", async () => {
    const opened = (
      await division.post("/api/work-plan/reports", { taskId: plan.taskId, periodKey: "2019-Q1" })
    ).json<Report>();
    const bad = await division.patch(`/api/work-plan/reports/${opened.id}`, {
      values: [{ targetId: plan.manualTargetId, value: 150 }],
    });
    expect(bad.statusCode).toBe(400);
    const [problem] = bad.json<{ errors: { field: string; message: string }[] }>().errors;
    expect(problem?.field).toBe("values[0].value");
    expect(problem?.message).toContain("0–100");
    const wrongType = await division.patch(`/api/work-plan/reports/${opened.id}`, {
      values: [{ targetId: plan.manualTargetId, value: "六十五" }],
    });
    expect(wrongType.statusCode).toBe(400);
    const bound = await division.patch(`/api/work-plan/reports/${opened.id}`, {
      values: [{ targetId: plan.boundTargetId, value: 3 }],
    });
    expect(bound.json()).toMatchObject({ errors: [{ field: "values[0].targetId" }] });

    await division.patch(`/api/work-plan/reports/${opened.id}`, {
      narrative: "全市社区学习中心覆盖率已达65%，较年初提高5个百分点。",
      values: [{ targetId: plan.manualTargetId, value: 65 }],
      milestones: [{ milestoneId: plan.milestoneId, completedOn: "2019-02-20" }],
    });
    const submitted = (await division.post(`/api/work-plan/reports/${opened.id}/submit`)).json<Report>();
    expect(submitted.status).toBe("accepted"); // the lead unit's own report needs no review
    const target = (await division.get(`/api/work-plan/targets/${plan.manualTargetId}`)).json<{
      current: number;
    }>();
    expect(target.current).toBe(65);
    const task = (await division.get(`/api/work-plan/tasks/${plan.taskId}`)).json<{
      milestones: { completedOn: string | null; status: string }[];
    }>();
    expect(task.milestones[0]).toMatchObject({ completedOn: "2019-02-20", status: "done" });
  });
});

describe("attachments", () => {
  let reportId = "";
  beforeAll(async () => {
    const districtB = await t.login("districtB");
    reportId = (
      await districtB.post("/api/work-plan/reports", { taskId: plan.taskId, periodKey: "2019-Q1" })
    ).json<Report>().id;
    sessionB = districtB;
  });
  let sessionB: TestSession;

  it("stores a PDF and refuses a renamed executable and an oversized file before storing", async () => {
    const before = t.attachmentStore.size();
    const ok = await injectUpload(sessionB, reportId, pdfBytes(), "进展佐证.pdf");
    expect(ok.statusCode).toBe(200);
    expect(ok.json<Report>().attachments.map((a) => a.fileName)).toEqual(["进展佐证.pdf"]);
    expect(t.attachmentStore.size()).toBe(before + 1);

    const exe = await injectUpload(sessionB, reportId, Buffer.from("MZ\x90\x00"), "setup.exe");
    expect(exe.statusCode).toBe(400);
    const [refusal] = exe.json<{ errors: { field: string; message: string }[] }>().errors;
    expect(refusal?.field).toBe("file");
    expect(refusal?.message).toContain("类型不允许");
    const renamed = await injectUpload(
      sessionB,
      reportId,
      Buffer.from("MZ\x90\x00 not a pdf"),
      "看似文档.pdf",
    );
    expect(renamed.statusCode).toBe(400);
    const big = await injectUpload(
      sessionB,
      reportId,
      Buffer.concat([pdfBytes(), Buffer.alloc(10 * 1024 * 1024)]),
      "大.pdf",
    );
    expect(big.statusCode).toBe(400);
    expect(t.attachmentStore.size()).toBe(before + 1);

    const detail = ok.json<Report>();
    const download = await sessionB.get(
      `/api/work-plan/reports/${reportId}/attachments/${detail.attachments[0]?.id ?? ""}`,
    );
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
  });
});

async function injectUpload(session: TestSession, reportId: string, file: Buffer, name: string) {
  const body = multipart(file, name, "application/octet-stream");
  return session.requestRaw(
    "POST",
    `/api/work-plan/reports/${reportId}/attachments`,
    body.payload,
    body.headers,
  );
}
