import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DEFAULT_DATA_ELEMENTS } from "@edubureau/domain/indicators";
import { queryRows } from "../../db/database.ts";
import { createTestApp, type TestApp, type TestSession } from "../../test/test-app.ts";
import { addClasses } from "../../test/registry-factories.ts";

let t: TestApp;
let school: TestSession;
let schoolB: TestSession;
let district: TestSession;
let districtB: TestSession;
let division: TestSession;
let leader: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  school = await t.login("schoolA");
  schoolB = await t.login("schoolB");
  district = await t.login("districtA");
  districtB = await t.login("districtB");
  division = await t.login("division");
  leader = await t.login("leader");
  await addClasses(
    t.database.db,
    t.world.schoolA,
    "2019-2020",
    [
      { grade: 1, students: 60 },
      { grade: 2, students: 40 },
    ],
    { approved: false },
  );
  await addClasses(t.database.db, t.world.schoolB, "2019-2020", [{ grade: 1, students: 40 }], {
    approved: false,
  });
});
afterAll(async () => t.close());

type Problem = {
  title: string;
  detail: string;
  status: number;
  errors?: { field: string; message: string }[];
};
type Form = {
  approval: { status: string; statusLabel: string; locked: boolean; returnedReason: string | null };
  actions: Record<"edit" | "submit" | "approve" | "confirm" | "reopen", boolean>;
  elements: { code: string; value: number | null }[];
};

const period = "2019-2020";
const save = (session: TestSession, orgUnitId: string, values: Record<string, number | null>) =>
  session.request("PUT", "/api/data/values", { orgUnitId, period, values });
const act = (session: TestSession, action: string, orgUnitId: string, reason?: string) =>
  session.post(`/api/data/approvals/${action}`, { orgUnitId, period, ...(reason ? { reason } : {}) });
const auditRows = async (entity: string, entityId: string) =>
  queryRows<{ action: string; before: unknown; after: unknown }>(
    t.database.db,
    sql`select action, before, after from audit_log where entity = ${entity} and entity_id = ${entityId} order by id`,
  );

describe("data elements", () => {
  it("ships the elements the rules and reported indicators use", async () => {
    const list = (await leader.get("/api/data/elements")).json<{ items: { code: string; name: string }[] }>();
    expect(list.items.map((e) => e.code).sort()).toEqual(DEFAULT_DATA_ELEMENTS.map((e) => e.code).sort());
    for (const element of DEFAULT_DATA_ELEMENTS) {
      expect(list.items.find((e) => e.code === element.code)?.name).toBe(element.name);
    }
  });

  it("lets a city account define an element, which becomes an indicator", async () => {
    const created = await division.post("/api/data/elements", {
      code: "school_doctors",
      name: "校医人数",
      unit: "人",
      valueType: "integer",
      periodType: "year",
      minValue: 0,
    });
    expect(created.statusCode).toBe(201);
    const catalogue = (await leader.get("/api/indicators")).json<{ items: { code: string }[] }>();
    expect(catalogue.items.map((i) => i.code)).toContain("element.school_doctors");
    const renamed = await division.patch("/api/data/elements/school_doctors", { name: "专职校医人数" });
    expect(renamed.json<{ name: string }>().name).toBe("专职校医人数");
    expect((await auditRows("data_element", "school_doctors")).map((r) => r.action)).toEqual([
      "create",
      "update",
    ]);
  });

  it("refuses districts defining elements, duplicates and inverted ranges", async () => {
    const body = { code: "x_count", name: "X", unit: "个", valueType: "integer", periodType: "year" };
    expect((await district.post("/api/data/elements", body)).statusCode).toBe(403);
    const duplicate = await division.post("/api/data/elements", { ...body, code: "classes_total" });
    expect(duplicate.json<Problem>().errors?.[0]?.field).toBe("code");
    const inverted = await division.post("/api/data/elements", { ...body, minValue: 5, maxValue: 1 });
    expect(inverted.json<Problem>().errors?.[0]?.field).toBe("maxValue");
  });
});

describe("entry with validation rules", () => {
  it("refuses 大班额 classes above all classes, naming the field", async () => {
    const response = await save(school, t.world.schoolA.id, { classes_total: 10, classes_large: 12 });
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().errors).toEqual([
      { field: "values.classes_large", message: "大班额班级数不能超过班级总数（12 <= 10 不成立）" },
    ]);
  });

  it("checks a partial save against what is already stored", async () => {
    expect((await save(school, t.world.schoolA.id, { classes_total: 10, classes_large: 3 })).statusCode).toBe(
      200,
    );
    const over = await save(school, t.world.schoolA.id, { classes_large: 11 });
    expect(over.statusCode).toBe(400);
    const superOver = await save(school, t.world.schoolA.id, { classes_super_large: 4 });
    expect(superOver.json<Problem>().errors?.[0]?.field).toBe("values.classes_super_large");
  });

  it("refuses wrong types, elements of another period type and unknown elements", async () => {
    const fraction = await save(school, t.world.schoolA.id, { classes_total: 10.5 });
    expect(fraction.json<Problem>().errors?.[0]).toEqual({
      field: "values.classes_total",
      message: "“义务教育班级总数”须为整数",
    });
    const yearly = await save(school, t.world.schoolA.id, { online_service_items_total: 3 });
    expect(yearly.json<Problem>().errors?.[0]?.field).toBe("values.online_service_items_total");
    const badPeriod = await school.request("PUT", "/api/data/values", {
      orgUnitId: t.world.schoolA.id,
      period: "2019Q1",
      values: { classes_total: 1 },
    });
    expect(badPeriod.json<Problem>().errors?.[0]?.field).toBe("period");
  });

  it("keeps schools to their own unit and districts to theirs", async () => {
    expect((await save(school, t.world.schoolB.id, { classes_total: 1 })).statusCode).toBe(404);
    expect((await save(districtB, t.world.schoolA.id, { classes_total: 1 })).statusCode).toBe(404);
    expect((await save(leader, t.world.schoolA.id, { classes_total: 1 })).statusCode).toBe(403);
    expect(
      (await schoolB.get(`/api/data/forms?orgUnitId=${t.world.schoolA.id}&period=${period}`)).statusCode,
    ).toBe(404);
  });

  it("audits each save with the values before and after", async () => {
    const rows = await auditRows("data_value", `${t.world.schoolA.id}:${period}`);
    expect(rows[0]).toMatchObject({
      action: "save",
      before: { classes_total: null, classes_large: null },
      after: { classes_total: 10, classes_large: 3 },
    });
  });
});

describe("approval 学校提交 → 区县审核 → 市局确认 and locking", () => {
  const id = () => t.world.schoolA.id;

  it("locks the form once the school submits", async () => {
    const submitted = await act(school, "submit", id());
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json<Form>().approval).toMatchObject({ status: "submitted", locked: true });
    const edit = await save(school, id(), { classes_total: 11 });
    expect(edit.statusCode).toBe(423);
    expect(edit.json<Problem>().detail).toBe(
      "芙蓉区示范小学 2019-2020学年的数据已提交，已锁定，不能修改；如需修改，请由区县教育局退回后再改。",
    );
  });

  it("lets only the school's district review it", async () => {
    expect((await act(school, "approve", id())).statusCode).toBe(403);
    expect((await act(districtB, "approve", id())).statusCode).toBe(404);
    expect((await act(division, "confirm", id())).statusCode).toBe(409);
    expect((await act(school, "submit", id())).statusCode).toBe(409);
    const approved = await act(district, "approve", id());
    expect(approved.json<Form>().approval.status).toBe("district_approved");
    const edit = await save(district, id(), { classes_total: 11 });
    expect(edit.statusCode).toBe(423);
    expect(edit.json<Problem>().detail).toContain("区县已审核");
  });

  it("counts approved data only, and a unit's own unapproved data only for itself", async () => {
    await save(schoolB, t.world.schoolB.id, { classes_total: 5, classes_large: 5 });
    const url = (include: boolean) =>
      `/api/indicators/reported_large_class_ratio/evaluate?period=${period}&includeUnapproved=${include}`;
    expect((await schoolB.get(url(true))).json()).toMatchObject({ numerator: 5, denominator: 5 });
    expect((await leader.get(url(true))).json()).toMatchObject({ numerator: 3, denominator: 10, value: 30 });
    expect((await leader.get(url(false))).json()).toMatchObject({ numerator: 3, denominator: 10, value: 30 });
    // Class lists follow the school's approval of the same school year.
    const classes = (include: boolean) =>
      `/api/indicators/large_class_ratio/evaluate?period=${period}&includeUnapproved=${include}`;
    expect((await schoolB.get(classes(true))).json()).toMatchObject({ numerator: 0, denominator: 1 });
    expect((await leader.get(classes(true))).json()).toMatchObject({ numerator: 1, denominator: 2 });
    expect((await leader.get(classes(false))).json()).toMatchObject({
      numerator: 1,
      denominator: 2,
      value: 50,
    });
  });

  it("lets the city confirm, after which only the city may reopen", async () => {
    expect((await act(district, "confirm", id())).statusCode).toBe(403);
    const confirmed = await act(division, "confirm", id());
    expect(confirmed.json<Form>().approval.status).toBe("city_confirmed");
    const districtReopen = await act(district, "reopen", id(), "有误");
    expect(districtReopen.statusCode).toBe(403);
    expect(districtReopen.json<Problem>().detail).toBe("“市局已确认”的数据只能由市局退回修改");
    const noReason = await act(division, "reopen", id());
    expect(noReason.json<Problem>().errors?.[0]?.field).toBe("reason");
  });

  it("reopens with a reason back to 草稿, audited, and the school can edit again", async () => {
    const reopened = await act(division, "reopen", id(), "班级总数与名册不符");
    expect(reopened.json<Form>().approval).toMatchObject({
      status: "draft",
      locked: false,
      returnedReason: "班级总数与名册不符",
    });
    const form = (await school.get(`/api/data/forms?orgUnitId=${id()}&period=${period}`)).json<Form>();
    expect(form.actions).toEqual({ edit: true, submit: true, approve: false, confirm: false, reopen: false });
    expect((await save(school, id(), { classes_total: 11 })).statusCode).toBe(200);
    const trail = await auditRows("data_approval", `${id()}:${period}`);
    expect(trail.map((r) => r.action)).toEqual(["submit", "approve", "confirm", "reopen"]);
    expect(trail[3]).toMatchObject({
      before: { status: "city_confirmed" },
      after: { status: "draft", reason: "班级总数与名册不符" },
    });
  });

  it("lets a district return a submission before reviewing it", async () => {
    await act(school, "submit", id());
    const returned = await act(district, "reopen", id(), "请补充超大班额");
    expect(returned.json<Form>().approval.status).toBe("draft");
  });

  it("shows the district its queue, and nothing of other districts", async () => {
    await act(school, "submit", id());
    const response = await district.get(`/api/data/approvals?period=${period}`);
    if (response.statusCode !== 200) throw new Error(response.body);
    const queue = response.json<{
      items: { orgUnit: { id: string }; approval: { status: string }; actions: { approve: boolean } }[];
    }>();
    expect(queue.items.map((i) => [i.orgUnit.id, i.approval.status, i.actions.approve])).toEqual([
      [id(), "submitted", true],
    ]);
    const cityQueue = (await division.get(`/api/data/approvals?period=${period}&status=draft`)).json<{
      items: { orgUnit: { id: string } }[];
    }>();
    expect(cityQueue.items.map((i) => i.orgUnit.id)).toEqual([t.world.schoolB.id]);
  });
});
