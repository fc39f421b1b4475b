import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppContext } from "../../app-context.ts";
import type { RectificationState } from "@edubureau/domain/inspectorate";
import type { Actor } from "../../http/actor.ts";
import { countingDatabase } from "../../test/counting-database.ts";
import { addUnit } from "../../test/registry-factories.ts";
import { createTestApp, type TestApp, type TestSession } from "../../test/test-app.ts";
import { createEvaluationService } from "./evaluation.service.ts";
import { TEST_FRAMEWORK } from "./inspectorate.fixture.ts";
import { inspRectifications } from "./inspectorate.tables.ts";
import { createRectificationService } from "./rectification.service.ts";

let t: TestApp;
let inspector: TestSession;

/** An order to a unit, straight into the table: only its state and deadline matter to the closure rate. */
async function order(unit: { id: string }, state: RectificationState, deadline: string) {
  const at = t.clock.now();
  await t.database.db.insert(inspRectifications).values({
    sourceKind: "finding",
    sourceId: unit.id,
    unitId: unit.id,
    title: `整改单（${state}）`,
    requirement: "按期整改",
    deadline,
    state,
    orderedAt: at,
    updatedAt: at,
  });
}

/** The evaluation and rectification services over a handle that counts the statements they send. */
function countedServices() {
  const counted = countingDatabase(t.database);
  const ctx = { database: counted.database, clock: t.clock } as unknown as AppContext;
  const rectifications = createRectificationService(ctx, { store: {} as never, supervision: {} as never });
  const evaluations = createEvaluationService(ctx, {
    store: {} as never,
    // The live figures are not what is counted here.
    measures: async (requests) => requests.map(() => null),
    rectifications,
  });
  return { rectifications, evaluations, queries: counted.queries };
}

const cityInspector = () => ({ role: "inspector", scopePath: t.world.city.path }) as unknown as Actor;

beforeAll(async () => {
  t = await createTestApp();
  inspector = await t.login("inspector");
  const created = await inspector.post("/api/inspectorate/frameworks", {
    year: 2019,
    name: "长沙市区县人民政府履行教育职责评价指标（2019）",
    indicators: TEST_FRAMEWORK,
  });
  expect(created.statusCode, created.body).toBe(200);
  expect((await inspector.post("/api/inspectorate/evaluations/open", { year: 2019 })).json()).toEqual({
    opened: 2,
  });
  // 芙蓉区: four orders, its school's included, two done and one open past its deadline; 岳麓区: none.
  const { districtA, schoolA } = t.world;
  await order(districtA, "ordered", "2019-02-01");
  await order(districtA, "accepted", "2019-02-01");
  await order(districtA, "closed", "2019-06-30");
  await order(schoolA, "returned", "2019-06-30");
});
afterAll(async () => t.close());

describe("each district's 销号率 on the evaluation list", () => {
  it("is the share of the district's orders done, as its own rectification list shows it", async () => {
    const list = (await inspector.get("/api/inspectorate/evaluations?year=2019")).json<{
      items: { district: { name: string }; closureRate: number | null }[];
    }>();
    const rateOf = (name: string) => list.items.find((i) => i.district.name === name)?.closureRate;
    expect(rateOf("芙蓉区")).toBe(50);
    expect(rateOf("岳麓区")).toBeNull();
    const district = await t.login("districtA");
    const own = (await district.get("/api/inspectorate/rectifications")).json<{
      closureRate: number | null;
    }>();
    expect(own.closureRate).toBe(rateOf("芙蓉区"));
  });

  it("counts many scopes at once exactly as one scope at a time", async () => {
    const { rectifications } = countedServices();
    const { city, districtA, districtB, schoolA } = t.world;
    const paths = [districtA.path, districtB.path, schoolA.path, city.path, districtA.path];
    const batched = await rectifications.closures(paths);
    const single = await Promise.all(paths.map((path) => rectifications.closure(path)));
    expect(batched).toEqual(single);
    expect(batched[0]).toEqual({ total: 4, closed: 2, overdue: 1, closureRate: 50 });
    expect(batched[1]).toEqual({ total: 0, closed: 0, overdue: 0, closureRate: null });
    expect(batched[2]).toEqual({ total: 1, closed: 0, overdue: 0, closureRate: 0 });
    expect(await rectifications.closures([])).toEqual([]);
  });

  it("is read in the same number of queries however many districts there are", async () => {
    const { evaluations, queries } = countedServices();
    await evaluations.list(cityInspector(), 2019);
    queries.length = 0;
    expect((await evaluations.list(cityInspector(), 2019)).items).toHaveLength(2);
    const withTwo = queries.length;

    for (const name of ["开福区", "天心区", "雨花区"]) {
      const district = await addUnit(t.database.db, t.world.city, "district", name);
      await order(district, "closed", "2019-06-30");
    }
    expect((await inspector.post("/api/inspectorate/evaluations/open", { year: 2019 })).json()).toEqual({
      opened: 3,
    });
    await evaluations.list(cityInspector(), 2019);
    queries.length = 0;
    const list = await evaluations.list(cityInspector(), 2019);
    expect(list.items).toHaveLength(5);
    expect(list.items.filter((i) => i.closureRate === 100)).toHaveLength(3);
    expect(queries.length).toBe(withTwo);
  });
});
