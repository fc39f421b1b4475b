import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../../test/test-app.ts";
import { loadPlanWithOnlineTarget } from "../work-plan/reported-target.fixture.ts";
import { findItem, installCatalogue } from "./services-hall.fixture.ts";

let t: TestApp;
let targetId: string;
let leader: TestSession;
let division: TestSession;

/** The test plan with T21-1 as the Changsha plan binds it: the catalogue's 全程网办 share. */
let planId = "";

beforeAll(async () => {
  t = await createTestApp();
  await installCatalogue(t);
  leader = await t.login("leader");
  division = await t.login("division");
  ({ planId, targetId } = await loadPlanWithOnlineTarget(t, "service_items_full_online_share"));
});
afterAll(async () => t.close());

const current = async () => {
  const response = await leader.get(`/api/work-plan/targets/${targetId}`);
  if (response.statusCode !== 200) throw new Error(response.body);
  return response.json<{ current: number | null }>().current;
};

describe("T21-1 reads the catalogue live", () => {
  it("changes on the next read when an item's 网办深度 changes, and when an item is withdrawn", async () => {
    expect(await current()).toBe(75); // 21 of 28 published items at 四级
    const item = await findItem(t, "JY-XK-001"); // 民办学校筹设审批, 三级
    const raised = await division.patch(`/api/services-hall/items/${item.id}`, { onlineDepth: 4 });
    expect(raised.statusCode, raised.body).toBe(200);
    expect(await current()).toBe(78.6); // 22 of 28
    const withdrawn = await division.post(`/api/services-hall/items/${item.id}/withdraw`);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(await current()).toBe(77.8); // 21 of 27
  });

  it("names the catalogue as its source on the provenance page", async () => {
    const response = await leader.get(`/api/work-plan/plans/${planId}/provenance`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.body).toContain("一网通办事项清单（已发布事项中网办深度为四级的比例）");
  });

  it("only the catalogue's keepers change it, and the change is audited", async () => {
    const item = await findItem(t, "JY-XK-002");
    const district = await t.login("districtA");
    expect((await district.patch(`/api/services-hall/items/${item.id}`, { onlineDepth: 4 })).statusCode).toBe(
      403,
    );
    expect((await leader.patch(`/api/services-hall/items/${item.id}`, { onlineDepth: 4 })).statusCode).toBe(
      403,
    );
    const bad = await division.patch(`/api/services-hall/items/${item.id}`, { promisedDays: 999 });
    expect(bad.statusCode).toBe(400);
    const admin = await t.login("admin");
    const log = (await admin.get("/api/audit-log?entity=service_item")).body;
    expect(log).toContain("SERVICE_ITEM_UPDATED");
    expect(log).toContain("SERVICE_ITEM_WITHDRAWN");
  });
});
