import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../../test/test-app.ts";
import { actOnline, loadPlanWithReportedTarget, saveOnline } from "./reported-target.fixture.ts";

let t: TestApp;
let targetId: string;
let planId: string;
let leader: TestSession;
let division: TestSession;
let furong: TestSession;
let yuelu: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  ({ targetId, planId } = await loadPlanWithReportedTarget(t));
  leader = await t.login("leader");
  division = await t.login("division");
  furong = await t.login("districtA");
  yuelu = await t.login("districtB");
});
afterAll(async () => t.close());

const current = async (session: TestSession = leader) => {
  const response = await session.get(`/api/work-plan/targets/${targetId}`);
  if (response.statusCode !== 200) throw new Error(response.body);
  return response.json<{ current: number | null; status: string }>().current;
};

const evaluate = async (session: TestSession, include?: boolean) => {
  const query = include === undefined ? "" : `&includeUnapproved=${include}`;
  const response = await session.get(`/api/indicators/online_service_ratio/evaluate?period=2019${query}`);
  if (response.statusCode !== 200) throw new Error(response.body);
  return response.json<{ value: number | null; includeUnapproved: boolean; dataBasis: { label: string } }>();
};

describe("only approved figures move a plan target (issue 12, defect 1)", () => {
  it("keeps a target where the approved figures put it while 芙蓉区 saves a draft", async () => {
    expect((await saveOnline(yuelu, t.world.districtB.id, 100, 70)).statusCode).toBe(200);
    await actOnline(yuelu, "submit", t.world.districtB.id);
    expect((await actOnline(division, "approve", t.world.districtB.id)).statusCode).toBe(200);
    expect(await current()).toBe(70);

    expect((await saveOnline(furong, t.world.districtA.id, 20, 20)).statusCode).toBe(200);
    expect(await current()).toBe(70);
    await actOnline(furong, "submit", t.world.districtA.id);
    expect(await current()).toBe(70);
    await actOnline(division, "approve", t.world.districtA.id);
    expect(await current()).toBe(75);
  });

  it("counts approved figures in the indicator explorer unless a unit asks for its own, labelled", async () => {
    await actOnline(division, "reopen", t.world.districtA.id, "请核对网上办事项");
    expect((await evaluate(leader)).value).toBe(70);
    expect((await evaluate(leader)).dataBasis.label).toBe("仅计已审核数据");
    // Asking for unapproved figures shows only the asker's own: the city leader has none, so 70.
    expect((await evaluate(leader, true)).value).toBe(70);
    expect((await evaluate(yuelu, true)).value).toBe(70);
    // 芙蓉区 reads its own subtree: nothing approved yet, its own draft only when it asks for it.
    expect((await evaluate(furong)).value).toBeNull();
    const own = await evaluate(furong, true);
    expect(own).toMatchObject({ value: 100, includeUnapproved: true });
    expect(own.dataBasis.label).toBe("含本单位未审核数据");
  });
});

describe("provenance of bound targets", () => {
  it("says where 全流程网上办比例 comes from: indicator, source, approved-as-of, units counted", async () => {
    const response = await leader.get(`/api/work-plan/plans/${planId}/provenance`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<{
      items: {
        code: string;
        current: number | null;
        indicator: string;
        dataSource: string;
        dataBasis: string;
        approvedAsOf: string | null;
        units: { reporting: number; approved: number; missing: number } | null;
      }[];
    }>();
    const online = body.items.find((i) => i.code === "T01-4");
    // 岳麓区 approved, 芙蓉区 returned to draft: one unit counted, one not.
    expect(online).toMatchObject({
      current: 70,
      indicator: "审批服务事项全流程网上办比例（2019年）",
      dataSource: "区县、学校填报（区县审核或市局确认后计入）",
      dataBasis: "仅计已审核数据",
      units: { reporting: 2, approved: 1, missing: 1 },
    });
    expect(online?.approvedAsOf).not.toBeNull();
    const designations = body.items.find((i) => i.code === "T01-1");
    expect(designations).toMatchObject({ dataSource: "名录登记（登记即计入）", units: null });
    expect(body.items.map((i) => i.code)).not.toContain("T01-2"); // manual targets have no live source
  });
});
