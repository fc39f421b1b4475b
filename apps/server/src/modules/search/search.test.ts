import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEARCH_GROUP_LIMIT } from "@edubureau/domain/search";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { addInstitution } from "../../test/registry-factories.ts";
import { teacherBody } from "../teachers/teacher-fixtures.ts";
import { loadTestPlan, type LoadedPlan } from "../work-plan/work-plan.fixture.ts";

type Hit = { id: string; title: string; subtitle: string; path: string };
type Result = { groups: { kind: string; items: Hit[]; more: boolean }[] };

let t: TestApp;
let plan: LoadedPlan;
const idNumbers: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  plan = await loadTestPlan(t);
  const district = await t.login("districtA");
  const districtB = await t.login("districtB");
  // 芙蓉区 has more 星光 schools than a group lists; 岳麓区 has one of its own, and a teacher of the same name.
  for (let i = 1; i <= SEARCH_GROUP_LIMIT + 2; i += 1) {
    await addInstitution(t.database.db, t.world.districtA, { type: "primary", name: `星光第${i}小学` });
  }
  await addInstitution(t.database.db, t.world.districtB, { type: "junior", name: "星光岳麓中学" });
  for (const [session, school, code] of [
    [district, t.world.schoolA.id, "430102"],
    [districtB, t.world.schoolB.id, "430104"],
  ] as const) {
    const body = teacherBody(school, { name: "欧阳星辰" }, code);
    idNumbers.push(body.idNumber);
    expect((await session.post("/api/teachers", body)).statusCode).toBe(201);
  }
});
afterAll(() => t.close());

async function search(username: Parameters<TestApp["login"]>[0], q: string) {
  const session = await t.login(username);
  return session.get(`/api/search?q=${encodeURIComponent(q)}`);
}
const groupsOf = async (username: Parameters<TestApp["login"]>[0], q: string) => {
  const response = await search(username, q);
  expect(response.statusCode).toBe(200);
  return response.json<Result>().groups;
};
const group = (groups: Result["groups"], kind: string) => groups.find((g) => g.kind === kind);

describe("全局搜索", () => {
  it("keeps a district to its own institutions and teachers, in SQL scope", async () => {
    const groups = await groupsOf("districtA", "星");
    const schools = group(groups, "institutions");
    expect(schools?.items.length).toBe(SEARCH_GROUP_LIMIT);
    expect(schools?.more).toBe(true);
    expect(schools?.items.every((h) => h.title.startsWith("星光第") && h.subtitle.startsWith("芙蓉区"))).toBe(
      true,
    );
    expect(schools?.items[0]?.path).toMatch(/^\/institutions\/[0-9a-f-]{36}$/);
    const teachers = group(groups, "teachers");
    expect(teachers?.items.map((h) => h.subtitle)).toEqual(["芙蓉区示范小学 · 语文"]);
    expect(teachers?.items[0]?.path).toMatch(/^\/teachers\?teacher=[0-9a-f-]{36}$/);

    const other = await groupsOf("districtB", "星");
    expect(group(other, "institutions")?.items.map((h) => h.title)).toEqual(["星光岳麓中学"]);
    expect(group(other, "teachers")?.items.map((h) => h.subtitle)).toEqual(["岳麓区实验小学 · 语文"]);
  });

  it("lets the city see every district, and never returns an ID number", async () => {
    const response = await search("leader", "欧阳");
    const teachers = group(response.json<Result>().groups, "teachers");
    expect(teachers?.items).toHaveLength(2);
    for (const idNumber of idNumbers) expect(response.body).not.toContain(idNumber);
    expect(Object.keys(teachers?.items[0] ?? {}).sort()).toEqual(["id", "path", "subtitle", "title"]);
  });

  it("finds plan tasks and targets by title or code, shown by their Chinese titles", async () => {
    const byTitle = await groupsOf("division", "儿童友好");
    expect(group(byTitle, "tasks")?.items).toEqual([
      {
        id: plan.taskId,
        title: "推进儿童友好型学校建设",
        subtitle: "2019年 · 一、聚焦群众关切",
        path: `/work-plan/tasks/${plan.taskId}`,
      },
    ]);
    expect(group(byTitle, "targets")?.items.map((h) => h.path)).toEqual([
      `/work-plan/targets/${plan.boundTargetId}`,
    ]);
    const byCode = await groupsOf("division", "t01-2");
    expect(group(byCode, "targets")?.items).toEqual([
      {
        id: plan.manualTargetId,
        title: "社区学习中心覆盖率",
        subtitle: "2019年 · 推进儿童友好型学校建设",
        path: `/work-plan/targets/${plan.manualTargetId}`,
      },
    ]);
    expect(group(byCode, "tasks")?.items).toEqual([]);
  });

  it("lists only the groups the account may read, in a fixed order", async () => {
    expect((await groupsOf("leader", "星")).map((g) => g.kind)).toEqual([
      "institutions",
      "teachers",
      "tasks",
      "targets",
    ]);
    // A school reads the registry and its teachers, not the plan.
    expect((await groupsOf("schoolA", "星")).map((g) => g.kind)).toEqual(["institutions", "teachers"]);
    // A 督学 reads the plan and the registry, not the teacher directory.
    expect((await groupsOf("inspector", "星")).map((g) => g.kind)).toEqual([
      "institutions",
      "tasks",
      "targets",
    ]);
  });

  it("refuses parents, the public and teachers; asks for a signed-in account", async () => {
    for (const username of ["parent", "teacherA"] as const) {
      const response = await search(username, "星光");
      expect(response.statusCode).toBe(403);
      expect(response.headers["content-type"]).toContain("application/problem+json");
    }
    expect((await t.app.inject({ url: "/api/search?q=星光" })).statusCode).toBe(401);
  });

  it("needs one Chinese character or two latin characters, with the reason in Chinese", async () => {
    for (const q of ["", "a", " 7 "]) {
      const response = await search("leader", q);
      expect(response.statusCode).toBe(400);
      expect(response.json<{ errors?: { message: string }[] }>().errors?.[0]?.message).toBe(
        "请至少输入 1 个汉字或 2 个字母、数字",
      );
    }
    expect((await search("leader", "ab")).statusCode).toBe(200);
    expect((await search("leader", "学".repeat(41))).statusCode).toBe(400);
    // LIKE wildcards are text, not patterns.
    const wildcard = await groupsOf("leader", "%%");
    expect(wildcard.every((g) => g.items.length === 0)).toBe(true);
  });
});
