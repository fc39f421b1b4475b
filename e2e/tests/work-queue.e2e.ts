import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { apiGet, apiLogin, apiPost, findDistrict, type ApiSession } from "../support/api.ts";
import {
  launchBrowser,
  loginViaUi,
  openSession,
  screenshot,
  type BrowserSession,
} from "../support/browser.ts";

/**
 * The 工作台 as a work queue (issue 18): for each role that has a queue, an action by another account
 * creates work, and that role's home page shows the count, linked to the page where the work is done.
 */
const baseUrl = inject("baseUrl");
const WAIT = { timeout: 20_000 };
const PDF = Buffer.from("%PDF-1.4\n% 浏览器测试材料\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const ROLES = ["leader", "jichu", "duxue", "furong", "school", "teacher", "shenpi"] as const;
const INSPECTION = "工作台测试：消防安全专项督导";
const beijingToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
type Username = (typeof ROLES)[number] | "parent" | "yuelu";

let browser: Browser;
const home = {} as Record<(typeof ROLES)[number], BrowserSession>;
const api = {} as Record<Username, ApiSession>;

beforeAll(async () => {
  browser = await launchBrowser();
  for (const username of [...ROLES, "parent", "yuelu"] as const)
    api[username] = await apiLogin(baseUrl, username);
  for (const username of ROLES) {
    home[username] = await openSession(browser, baseUrl, { width: 1440, height: 900 });
    await loginViaUi(home[username].page, username);
  }
});

afterAll(async () => {
  await browser?.close();
});

async function send(session: ApiSession, method: "POST" | "PATCH", path: string, body: unknown) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      cookie: session.cookie,
      "content-type": "application/json",
      "x-csrf-token": session.csrfToken,
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string };
}

async function uploadPdf(session: ApiSession, path: string, name: string): Promise<{ id: string }> {
  const form = new FormData();
  form.append("file", new Blob([PDF], { type: "application/pdf" }), name);
  const response = await fetch(`${baseUrl}${path}`, {
    method: "POST",
    headers: { cookie: session.cookie, "x-csrf-token": session.csrfToken },
    body: form,
  });
  if (!response.ok) throw new Error(`POST ${path}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string };
}

/** The count the server gives now, before the action (other files' runs may have left work behind). */
async function queued(username: Username, key: string): Promise<number> {
  const queue = await apiGet<{ items: { key: string; count: number }[] }>(api[username], "/api/work-queue");
  const item = queue.items.find((i) => i.key === key);
  if (!item) throw new Error(`${username} has no ${key} in its queue`);
  return item.count;
}

/** Opens the 工作台 afresh and waits until the card shows `expected` for the kind (none shown means 0). */
async function expectHomeCount(username: (typeof ROLES)[number], key: string, expected: number) {
  const { page } = home[username];
  await page.goto("/");
  await page.getByTestId("page-home").waitFor(WAIT);
  const badge = page.getByTestId(`work-count-${key}`);
  await expect
    .poll(async () => ((await badge.count()) === 0 ? 0 : Number((await badge.innerText()).trim())), WAIT)
    .toBe(expected);
}

/** The item links to the page where the work is done. */
async function expectLink(username: (typeof ROLES)[number], key: string, path: string) {
  const { page } = home[username];
  await page.getByTestId(`work-item-${key}`).click();
  await expect.poll(() => new URL(page.url()).pathname, WAIT).toBe(path);
}

async function transferItemId(): Promise<string> {
  const items = await apiGet<{ items: { id: string; code: string }[] }>(
    api.parent,
    `/api/public/services-hall/items?search=${encodeURIComponent("人事档案")}`,
  );
  const item = items.items.find((i) => i.code === "JY-FW-018");
  if (!item) throw new Error("no 人事档案转出 item");
  return item.id;
}

/** A residence ID with a valid check digit (GB 11643). */
function residentId(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, ch, i) => acc + Number(ch) * (weights[i] ?? 0), 0);
  return first17 + "10X98765432"[sum % 11];
}

/** 人事档案转出 for a graduate, with its two materials: handled by 行政审批服务处 (shenpi). */
async function applyForTransfer(applicant: Username, name: string): Promise<string> {
  const materials = [];
  for (const [code, file] of [
    ["id", "身份证.pdf"],
    ["diploma", "毕业证.pdf"],
  ] as const) {
    const uploaded = await uploadPdf(api[applicant], "/api/services-hall/cases/materials", file);
    materials.push({ code, materialId: uploaded.id });
  }
  const created = await send(api[applicant], "POST", "/api/services-hall/cases", {
    itemId: await transferItemId(),
    situationCode: "graduate",
    form: {
      applicantName: name,
      idNumber: residentId("43010219950612001"),
      phone: "13800001234",
      category: "大中专院校毕业生",
      receivingUnit: "株洲市人才服务中心",
      receivingAddress: "株洲市天元区长江北路",
    },
    materials,
  });
  return created.id;
}

describe("the 工作台 shows what another account's action left waiting", () => {
  test("furong: a school's incident waits for 签收", async () => {
    const before = await queued("furong", "incidentsToAcknowledge");
    await apiPost(api.school, "/api/campus-safety/incidents", {
      category: "accident",
      severity: "III",
      title: "学生课间摔伤",
      description: "课间操场追逐，一名学生摔伤手臂，已送医。",
      casualties: 1,
      occurredAt: new Date(Date.now() - 10 * 60_000).toISOString(),
    });
    await expectHomeCount("furong", "incidentsToAcknowledge", before + 1);
    await screenshot(home.furong.page, "work-queue-home-furong");
    await expectLink("furong", "incidentsToAcknowledge", "/campus-safety/incidents");
  });

  test("school: a hazard the district logged at the school waits for rectification", async () => {
    const me = await apiGet<{ user: { orgUnit: { id: string } } }>(api.school, "/api/auth/me");
    const before = await queued("school", "hazardsOpen");
    await apiPost(api.furong, "/api/campus-safety/hazards", {
      schoolId: me.user.orgUnit.id,
      level: "general",
      title: "教学楼三楼护栏松动",
    });
    await expectHomeCount("school", "hazardsOpen", before + 1);
    await expectLink("school", "hazardsOpen", "/campus-safety/hazards");
  });

  test("teacher: a case sent back for 补正 by the handling unit", async () => {
    const caseId = await applyForTransfer("teacher", "李老师");
    const before = await queued("teacher", "casesToCorrect");
    await apiPost(api.shenpi, `/api/services-hall/cases/${caseId}/actions`, {
      kind: "requestCorrection",
      items: ["毕业证书扫描件不清晰，请重新上传"],
    });
    await expectHomeCount("teacher", "casesToCorrect", before + 1);
    await expectLink("teacher", "casesToCorrect", "/services/mine");
  });

  test("shenpi: a citizen's application waits to be accepted", async () => {
    const before = await queued("shenpi", "casesToHandle");
    await applyForTransfer("parent", "张家长");
    await expectHomeCount("shenpi", "casesToHandle", before + 1);
    await expectLink("shenpi", "casesToHandle", "/services/queue");
  });

  test("jichu: 岳麓区's submitted progress report waits for the lead division's review", async () => {
    const plans = await apiGet<{ items: { id: string }[] }>(api.yuelu, "/api/work-plan/plans");
    const tasks = await apiGet<{ items: { id: string; code: string }[] }>(
      api.yuelu,
      `/api/work-plan/plans/${plans.items[0]?.id ?? ""}/tasks`,
    );
    // 岳麓区 co-operates on T08 too; 芙蓉区's Q4 report is the one work-plan.e2e.ts walks through.
    const task = tasks.items.find((x) => x.code === "T08");
    const before = await queued("jichu", "reportsToReview");
    const report = await send(api.yuelu, "POST", "/api/work-plan/reports", {
      taskId: task?.id ?? "",
      periodKey: "2019-Q4",
    });
    await send(api.yuelu, "PATCH", `/api/work-plan/reports/${report.id}`, {
      narrative: "第四季度新认定儿童友好型试点学校 3 所，完成校园周边交通设施优化方案。",
    });
    await apiPost(api.yuelu, `/api/work-plan/reports/${report.id}/submit`, {});
    await expectHomeCount("jichu", "reportsToReview", before + 1);
    await expectLink("jichu", "reportsToReview", "/work-plan/reviews");
  });

  test("furong: a 督学's finding at one of its schools orders a 整改单 to the district", async () => {
    const me = await apiGet<{ user: { id: string } }>(api.duxue, "/api/auth/me");
    const district = await findDistrict(api.duxue, "430102");
    const today = beijingToday();
    await apiPost(api.duxue, "/api/inspectorate/plans", {
      title: INSPECTION,
      topic: "safety",
      unannounced: false,
      checklist: [{ code: "S1", question: "消防通道畅通，灭火器在有效期内" }],
      scopeUnitId: district.id,
      sampleSize: 1,
      startsOn: today,
      endsOn: today,
      inspectorIds: [me.user.id],
      public: false,
    });
    const plans = await apiGet<{ items: { id: string; title: string }[] }>(
      api.duxue,
      "/api/inspectorate/plans",
    );
    const plan = await apiGet<{ visits: { id: string }[] }>(
      api.duxue,
      `/api/inspectorate/plans/${plans.items.find((p) => p.title === INSPECTION)?.id ?? ""}`,
    );
    const before = await queued("furong", "rectificationsToAnswer");
    await apiPost(api.duxue, `/api/inspectorate/visits/${plan.visits[0]?.id ?? ""}/record`, {
      answers: [{ code: "S1", compliant: false, note: "消防通道堆放杂物" }],
      summary: "消防通道被占用。",
      findings: [
        {
          severity: "major",
          description: "教学楼一楼消防通道堆放杂物",
          rectify: { unit: "district", deadline: addDays(today, 30), requirement: "立即清理并建立巡查制度" },
        },
      ],
    });
    await expectHomeCount("furong", "rectificationsToAnswer", before + 1);
    await expectLink("furong", "rectificationsToAnswer", "/inspectorate/rectifications");
  });

  test("duxue: 芙蓉区's 整改 evidence waits for the inspector's verification", async () => {
    const orders = await apiGet<{ items: { id: string; state: string }[] }>(
      api.furong,
      "/api/inspectorate/rectifications?mine=true&state=ordered",
    );
    const id = orders.items[0]?.id ?? "";
    expect(id, "芙蓉区 has a 整改单 to answer").not.toBe("");
    const before = await queued("duxue", "rectificationsToVerify");
    await apiPost(api.furong, `/api/inspectorate/rectifications/${id}/submit_plan`, {
      text: "立即清理消防通道，建立每日巡查制度",
    });
    await uploadPdf(api.furong, `/api/inspectorate/rectifications/${id}/evidence`, "整改报告.pdf");
    await apiPost(api.furong, `/api/inspectorate/rectifications/${id}/submit_evidence`, {
      text: "消防通道已清理，巡查台账见附件",
    });
    await expectHomeCount("duxue", "rectificationsToVerify", before + 1);
    await screenshot(home.duxue.page, "work-queue-home-duxue");
    await expectLink("duxue", "rectificationsToVerify", "/inspectorate/rectifications");
  });

  test("leader: escalated 督办单 wait for a 批示, and one written leaves the count", async () => {
    // Escalation comes from the hourly sweep once a notice goes unanswered past its deadline; the demo
    // data has such notices. The leader's own 批示 takes one off the count.
    const notices = await apiGet<{
      items: { id: string; canInstruct: boolean; instruction: string | null }[];
    }>(api.leader, "/api/work-plan/supervision/notices?view=leader");
    const waiting = notices.items.filter((n) => n.canInstruct && n.instruction === null);
    expect(waiting.length, "the demo data has escalated notices").toBeGreaterThan(0);
    expect(await queued("leader", "noticesToInstruct")).toBe(waiting.length);
    await expectHomeCount("leader", "noticesToInstruct", waiting.length);
    await screenshot(home.leader.page, "work-queue-home-leader");
    await expectLink("leader", "noticesToInstruct", "/work-plan/supervision");
    await apiPost(api.leader, `/api/work-plan/supervision/notices/${waiting[0]?.id ?? ""}/instruct`, {
      instruction: "请抓紧落实并于本周内回复。",
      urge: true,
    });
    await expectHomeCount("leader", "noticesToInstruct", waiting.length - 1);
  });

  test("global search: grouped hits in the top bar, Enter opens the first; a district sees only its own", async () => {
    const { page } = home.leader;
    const input = page.getByTestId("global-search-input");
    await input.fill("芙蓉");
    await page.getByTestId("search-group-institutions").waitFor(WAIT);
    expect(await page.getByTestId("search-hit").count()).toBeGreaterThan(1);
    await screenshot(page, "global-search-leader");
    await input.press("Enter");
    await expect.poll(() => new URL(page.url()).pathname, WAIT).toMatch(/^\/institutions\/[0-9a-f-]{36}$/);
    await page.getByTestId("page-school").waitFor(WAIT);

    // A target found by its name opens with one breadcrumb line ending in its task and its own title.
    await input.fill("覆盖率");
    const target = page.locator(".ant-select-item-option").filter({ hasText: "覆盖率" }).first();
    await target.waitFor(WAIT);
    await screenshot(page, "global-search-targets-leader");
    const title = (await target.locator(".ant-typography").first().innerText()).trim();
    await target.click();
    await page.getByTestId("page-work-plan-target").waitFor(WAIT);
    expect(await page.locator(".ant-breadcrumb").count()).toBe(1);
    const crumbs = page.getByTestId("breadcrumb").locator(".ant-breadcrumb-link");
    await expect.poll(async () => (await crumbs.allInnerTexts()).at(-1)?.trim(), WAIT).toBe(title);
    expect((await crumbs.allInnerTexts()).slice(0, 3)).toEqual(["工作台", "工作计划", "任务清单"]);
    await screenshot(page, "target-breadcrumb-leader");

    const district = home.furong.page;
    await district.getByTestId("global-search-input").fill("岳麓");
    await district.locator(".ant-select-dropdown").waitFor(WAIT);
    await expect
      .poll(() => district.locator(".ant-select-dropdown").innerText(), WAIT)
      .not.toContain("正在搜索");
    expect(await district.getByTestId("search-group-institutions").count()).toBe(0);
    expect(await district.getByTestId("search-group-teachers").count()).toBe(0);
    await district.getByTestId("global-search-input").fill("a");
    await expect.poll(() => district.locator(".ant-select-dropdown").innerText(), WAIT).toContain("至少输入");
    await screenshot(district, "global-search-too-short-furong");
  });

  test("no page errors on any home page", () => {
    for (const username of ROLES) expect(home[username].pageErrors, username).toEqual([]);
  });
});
