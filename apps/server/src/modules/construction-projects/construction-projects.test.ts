import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { queryRows } from "../../db/database.ts";
import { createTestApp, type TestApp, type TestSession } from "../../test/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type Project = {
  id: string;
  name: string;
  status: string;
  statusLabel: string;
  placesAdded: number;
  investmentWan: number | null;
  actualStart: string | null;
  actualFinish: string | null;
  indoorAirTest: string;
  syntheticTrackTest: string;
  institution: { name: string } | null;
  district: { name: string };
};
type Problem = { title: string; detail: string; errors?: { field: string; message: string }[] };
type Board = {
  columns: { status: string; count: number; placesAdded: number; investmentWan: number; items: Project[] }[];
  totals: { count: number; placesAdded: number; investmentWan: number };
};

const auditActions = async (entityId: string) =>
  (
    await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where entity = 'construction_project' and entity_id = ${entityId} order by id`,
    )
  ).map((row) => row.action);

const expansionOfSchoolA = {
  name: "芙蓉区示范小学扩建工程",
  institutionId: "",
  kind: "expand",
  level: "compulsory",
  placesAdded: 540,
  plannedStart: "2019-03-01",
  plannedFinish: "2019-08-31",
  investmentWan: 3200.5,
};

async function createProject(session: TestSession, body: Record<string, unknown> = {}): Promise<Project> {
  const response = await session.post("/api/projects", {
    ...expansionOfSchoolA,
    institutionId: t.world.schoolA.id,
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Project>();
}

describe("creating projects", () => {
  it("lets a district create a project for its own school, audited", async () => {
    const district = await t.login("districtA");
    const project = await createProject(district);
    expect(project).toMatchObject({
      status: "planned",
      statusLabel: "规划",
      institution: { name: "芙蓉区示范小学" },
      district: { name: "芙蓉区" },
      investmentWan: 3200.5,
    });
    expect(await auditActions(project.id)).toEqual(["create"]);
  });

  it("takes a planned school with its district for a 新建 project", async () => {
    const district = await t.login("districtA");
    const project = await createProject(district, {
      name: "马王堆小学新建工程",
      institutionId: null,
      plannedInstitutionName: "马王堆小学",
      districtId: t.world.districtA.id,
      kind: "new",
    });
    expect(project).toMatchObject({ institution: null, district: { name: "芙蓉区" } });
  });

  it("lets a division file a 市直 project on the city", async () => {
    const division = await t.login("division");
    const project = await createProject(division, {
      name: "市培智特教学校",
      institutionId: null,
      plannedInstitutionName: "长沙市培智学校",
      districtId: t.world.city.id,
      kind: "new",
      level: "special",
    });
    expect(project.district.name).toBe("长沙市");
  });

  it("refuses 扩建 without a school, a level the school lacks and dates out of order", async () => {
    const district = await t.login("districtA");
    const noSchool = await district.post("/api/projects", {
      ...expansionOfSchoolA,
      institutionId: null,
      plannedInstitutionName: "某校",
      districtId: t.world.districtA.id,
    });
    expect(noSchool.json<Problem>().errors?.[0]).toEqual({
      field: "institutionId",
      message: "改建、扩建项目须选择已有学校",
    });
    const wrongLevel = await district.post("/api/projects", {
      ...expansionOfSchoolA,
      institutionId: t.world.schoolA.id,
      level: "preschool",
    });
    expect(wrongLevel.json<Problem>().errors?.[0]?.field).toBe("level");
    const backwards = await district.post("/api/projects", {
      ...expansionOfSchoolA,
      institutionId: t.world.schoolA.id,
      plannedFinish: "2019-01-01",
    });
    expect(backwards.json<Problem>().errors?.[0]?.field).toBe("plannedFinish");
    const negative = await district.post("/api/projects", {
      ...expansionOfSchoolA,
      institutionId: t.world.schoolA.id,
      placesAdded: -1,
      investmentWan: 1.234,
    });
    expect(
      negative
        .json<Problem>()
        .errors?.map((e) => e.field)
        .sort(),
    ).toEqual(["investmentWan", "placesAdded"]);
  });
});

describe("scope", () => {
  let inA: Project;
  beforeAll(async () => {
    inA = await createProject(await t.login("districtA"), { name: "芙蓉区示范小学改建", kind: "rebuild" });
  });

  it("refuses another district's school or district when creating", async () => {
    const district = await t.login("districtA");
    const school = await district.post("/api/projects", {
      ...expansionOfSchoolA,
      institutionId: t.world.schoolB.id,
    });
    expect(school.statusCode).toBe(404);
    const planned = await district.post("/api/projects", {
      ...expansionOfSchoolA,
      institutionId: null,
      plannedInstitutionName: "岳麓新校",
      districtId: t.world.districtB.id,
      kind: "new",
    });
    expect(planned.statusCode).toBe(404);
  });

  it("hides a district's projects from another district for reads and writes", async () => {
    const other = await t.login("districtB");
    expect((await other.get(`/api/projects/${inA.id}`)).statusCode).toBe(404);
    expect((await other.patch(`/api/projects/${inA.id}`, { placesAdded: 1 })).statusCode).toBe(404);
    expect((await other.request("DELETE", `/api/projects/${inA.id}`)).statusCode).toBe(404);
    expect(
      (
        await other.post(`/api/projects/${inA.id}/transition`, {
          status: "under_construction",
          actualStart: "2019-02-01",
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await other.post(`/api/projects/${inA.id}/tests`, {
          indoorAir: { result: "passed", testedOn: "2019-02-01" },
        })
      ).statusCode,
    ).toBe(404);
    const list = (await other.get("/api/projects")).json<{ items: Project[] }>();
    expect(list.items.map((p) => p.id)).not.toContain(inA.id);
    const board = (await other.get("/api/projects/board")).json<Board>();
    expect(board.totals.count).toBe(0);
    expect(await auditActions(inA.id)).toEqual(["create"]);
  });

  it("shows a school the projects on its own school only, read-only", async () => {
    const school = await t.login("schoolA");
    const list = (await school.get("/api/projects?pageSize=100")).json<{ items: Project[] }>();
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((p) => p.institution?.name === "芙蓉区示范小学")).toBe(true);
    expect((await school.patch(`/api/projects/${inA.id}`, { placesAdded: 1 })).statusCode).toBe(403);
    const schoolB = await t.login("schoolB");
    expect((await schoolB.get(`/api/projects/${inA.id}`)).statusCode).toBe(404);
  });
});

describe("status workflow and environmental acceptance", () => {
  let district: TestSession;
  let project: Project;
  const transition = (body: Record<string, unknown>) =>
    district.post(`/api/projects/${project.id}/transition`, body);
  const recordTests = (body: Record<string, unknown>) =>
    district.post(`/api/projects/${project.id}/tests`, body);

  beforeAll(async () => {
    district = await t.login("districtA");
    project = await createProject(district, { name: "示范小学综合楼" });
  });

  it("refuses skipping steps with a 400 naming status", async () => {
    const response = await transition({ status: "in_use" });
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().errors?.[0]).toEqual({
      field: "status",
      message: "项目须逐步推进：不能从“规划”直接变为“投入使用”",
    });
  });

  it("refuses test results before construction starts", async () => {
    const response = await recordTests({ indoorAir: { result: "passed", testedOn: "2019-02-01" } });
    expect(response.statusCode).toBe(409);
    expect(response.json<Problem>().detail).toBe("项目尚未开工，不能录入检测结果");
  });

  it("needs the actual start for 在建 and the actual finish for 竣工", async () => {
    const noStart = await transition({ status: "under_construction" });
    expect(noStart.json<Problem>().errors?.[0]).toEqual({
      field: "actualStart",
      message: "转为“在建”须填写实际开工日期",
    });
    const started = await transition({ status: "under_construction", actualStart: "2018-09-01" });
    expect(started.json<Project>()).toMatchObject({
      status: "under_construction",
      actualStart: "2018-09-01",
    });
    const noFinish = await transition({ status: "completed" });
    expect(noFinish.json<Problem>().errors?.[0]?.field).toBe("actualFinish");
    const finished = await transition({ status: "completed", actualFinish: "2019-02-15" });
    expect(finished.json<Project>()).toMatchObject({ status: "completed", actualFinish: "2019-02-15" });
  });

  it("refuses 投入使用 while the tests are pending, and writes no audit row", async () => {
    const before = await auditActions(project.id);
    const response = await transition({ status: "in_use" });
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().errors?.[0]).toEqual({
      field: "status",
      message: "尚未录入室内空气质量检测、塑胶跑道材料检测合格结果，项目不得投入使用",
    });
    expect(await auditActions(project.id)).toEqual(before);
  });

  it("checks test dates", async () => {
    const noDate = await recordTests({ indoorAir: { result: "passed" } });
    expect(noDate.json<Problem>().errors?.[0]).toEqual({
      field: "indoorAir.testedOn",
      message: "请填写检测日期",
    });
    const future = await recordTests({ syntheticTrack: { result: "passed", testedOn: "2019-03-02" } });
    expect(future.json<Problem>().errors?.[0]?.field).toBe("syntheticTrack.testedOn");
    const beforeStart = await recordTests({ syntheticTrack: { result: "passed", testedOn: "2018-08-01" } });
    expect(beforeStart.json<Problem>().errors?.[0]?.message).toContain("不能早于实际开工日期");
  });

  it("refuses 投入使用 after a failed test, naming the failure", async () => {
    const recorded = await recordTests({
      indoorAir: { result: "passed", testedOn: "2019-02-20" },
      syntheticTrack: { result: "failed", testedOn: "2019-02-21" },
    });
    expect(recorded.json<Project>()).toMatchObject({ indoorAirTest: "passed", syntheticTrackTest: "failed" });
    const response = await transition({ status: "in_use" });
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().errors?.[0]).toEqual({
      field: "status",
      message: "塑胶跑道材料检测不合格，项目不得投入使用",
    });
    expect(response.json<Problem>().detail).toBe("塑胶跑道材料检测不合格，项目不得投入使用");
  });

  it("allows 投入使用 once both tests have passed, and then freezes the results", async () => {
    await recordTests({ syntheticTrack: { result: "passed", testedOn: "2019-02-28" } });
    const response = await transition({ status: "in_use" });
    expect(response.statusCode).toBe(200);
    expect(response.json<Project>().status).toBe("in_use");
    const retest = await recordTests({ indoorAir: { result: "failed", testedOn: "2019-03-01" } });
    expect(retest.statusCode).toBe(409);
    expect(await auditActions(project.id)).toEqual([
      "create",
      "transition",
      "transition",
      "record_tests",
      "record_tests",
      "transition",
    ]);
  });

  it("steps back one status to correct a mistake, dropping the undone date", async () => {
    const back = await transition({ status: "completed" });
    expect(back.json<Project>().status).toBe("completed");
    const again = await transition({ status: "under_construction" });
    expect(again.json<Project>()).toMatchObject({ status: "under_construction", actualFinish: null });
  });

  it("deletes only projects still in 规划", async () => {
    const started = await district.request("DELETE", `/api/projects/${project.id}`);
    expect(started.statusCode).toBe(409);
    const draft = await createProject(district, { name: "待删项目" });
    expect((await district.request("DELETE", `/api/projects/${draft.id}`)).statusCode).toBe(204);
    expect((await district.get(`/api/projects/${draft.id}`)).statusCode).toBe(404);
    expect(await auditActions(draft.id)).toEqual(["create", "delete"]);
  });
});

describe("editing and the board", () => {
  it("updates a project with before and after in the audit log", async () => {
    const district = await t.login("districtA");
    const project = await createProject(district, {
      name: "示范小学食堂改造",
      kind: "rebuild",
      placesAdded: 0,
    });
    const response = await district.patch(`/api/projects/${project.id}`, {
      placesAdded: 90,
      investmentWan: 150,
    });
    expect(response.json<Project>()).toMatchObject({ placesAdded: 90, investmentWan: 150 });
    const rows = await queryRows<{ before: { placesAdded: number }; after: { placesAdded: number } }>(
      t.database.db,
      sql`select before, after from audit_log where entity_id = ${project.id} and action = 'update'`,
    );
    expect(rows[0]).toMatchObject({ before: { placesAdded: 0 }, after: { placesAdded: 90 } });
    const actual = await district.patch(`/api/projects/${project.id}`, { actualStart: "2019-01-01" });
    expect(actual.json<Problem>().errors?.[0]?.message).toBe("“规划”的项目不能有实际开工日期");
  });

  it("groups projects by status with places and investment totals, filtered", async () => {
    const leader = await t.login("leader");
    const board = (await leader.get("/api/projects/board")).json<Board>();
    expect(board.columns.map((c) => c.status)).toEqual([
      "planned",
      "under_construction",
      "completed",
      "in_use",
    ]);
    const sum = board.columns.reduce((n, c) => n + c.count, 0);
    expect(sum).toBe(board.totals.count);
    expect(board.totals.placesAdded).toBe(
      board.columns.flatMap((c) => c.items).reduce((n, p) => n + p.placesAdded, 0),
    );
    const special = (await leader.get("/api/projects/board?level=special")).json<Board>();
    expect(special.totals.count).toBe(1);
    expect(special.columns[0]?.items[0]?.name).toBe("市培智特教学校");
    const inB = (await leader.get(`/api/projects/board?districtId=${t.world.districtB.id}`)).json<Board>();
    expect(inB.totals).toEqual({ count: 0, placesAdded: 0, investmentWan: 0 });
    const bad = await leader.get("/api/projects/board?kind=demolish");
    expect(bad.statusCode).toBe(400);
  });
});
