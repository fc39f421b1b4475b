import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type User = { id: string; username: string; role: string; orgUnit: { code: string } };
type Problem = { title: string; errors?: { field: string; message: string }[] };

describe("user management scope", () => {
  it("lists only the accounts inside a district", async () => {
    const district = await t.login("districtA");
    const list = (await district.get("/api/users?pageSize=100")).json<{ items: User[]; total: number }>();
    expect(list.items.map((u) => u.username).sort()).toEqual(["districtA", "schoolA", "teacherA"]);
    expect(list.total).toBe(3);
  });

  it("lets a district create a school account in its own school only", async () => {
    const district = await t.login("districtA");
    const ok = await district.post("/api/users", {
      username: "school-a2",
      displayName: "示范小学教务处",
      password: "School#2019",
      role: "school",
      orgUnitId: t.world.schoolA.id,
    });
    expect(ok.statusCode).toBe(201);
    const elsewhere = await district.post("/api/users", {
      username: "school-b2",
      displayName: "越权账户",
      password: "School#2019",
      role: "school",
      orgUnitId: t.world.schoolB.id,
    });
    expect(elsewhere.statusCode).toBe(404);
  });

  it("refuses a district handing out city roles", async () => {
    const district = await t.login("districtA");
    const response = await district.post("/api/users", {
      username: "fake-admin",
      displayName: "假管理员",
      password: "Admin#2019",
      role: "sys_admin",
      orgUnitId: t.world.districtA.id,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().errors?.[0]?.field).toBe("role");
  });

  it("refuses edits and resets of another district's accounts", async () => {
    const district = await t.login("districtA");
    const id = t.world.userIds.schoolB;
    expect((await district.patch(`/api/users/${id}`, { displayName: "x" })).statusCode).toBe(404);
    expect(
      (await district.post(`/api/users/${id}/reset-password`, { newPassword: "Reset#2019" })).statusCode,
    ).toBe(404);
  });

  it("refuses schools and leaders writing accounts", async () => {
    for (const username of ["schoolA", "leader"]) {
      const session = await t.login(username);
      const response = await session.patch(`/api/users/${t.world.userIds.teacherA}`, { displayName: "x" });
      expect(response.statusCode).toBe(403);
    }
  });
});

describe("validation", () => {
  it("names each bad field in Chinese", async () => {
    const admin = await t.login("admin");
    const response = await admin.post("/api/users", {
      username: "a",
      displayName: "",
      password: "x",
      role: "king",
      orgUnitId: "nope",
    });
    expect(response.statusCode).toBe(400);
    const problem = response.json<Problem>();
    expect(problem.title).toBe("输入有误");
    expect(problem.errors?.map((e) => e.field).sort()).toEqual([
      "displayName",
      "orgUnitId",
      "role",
      "username",
    ]);
    expect(problem.errors?.find((e) => e.field === "username")?.message).toBe("用户名至少 3 个字符");
  });

  it("applies the password policy and role placement", async () => {
    const admin = await t.login("admin");
    const weak = await admin.post("/api/users", {
      username: "weakling",
      displayName: "弱密码",
      password: "password",
      role: "city_leader",
      orgUnitId: t.world.city.id,
    });
    expect(weak.json<Problem>().errors?.[0]?.field).toBe("password");
    const misplaced = await admin.post("/api/users", {
      username: "misplaced",
      displayName: "错位",
      password: "Strong#2019",
      role: "district",
      orgUnitId: t.world.schoolA.id,
    });
    expect(misplaced.json<Problem>().errors?.[0]?.field).toBe("orgUnitId");
  });

  it("refuses a duplicate username", async () => {
    const admin = await t.login("admin");
    const response = await admin.post("/api/users", {
      username: "leader",
      displayName: "重复",
      password: "Strong#2019",
      role: "city_leader",
      orgUnitId: t.world.city.id,
    });
    expect(response.json<Problem>().errors?.[0]).toEqual({
      field: "username",
      message: "用户名 leader 已存在",
    });
  });
});

describe("account lifecycle", () => {
  it("resets a password, which also unlocks and signs the user out", async () => {
    const teacher = await t.login("teacherA");
    const admin = await t.login("admin");
    const reset = await admin.post(`/api/users/${t.world.userIds.teacherA}/reset-password`, {
      newPassword: "Reset#2019",
    });
    expect(reset.statusCode).toBe(204);
    expect((await teacher.get("/api/auth/me")).statusCode).toBe(401);
    await t.login("teacherA", "Reset#2019");
  });

  it("disables an account and refuses its logins", async () => {
    const admin = await t.login("admin");
    const response = await admin.patch(`/api/users/${t.world.userIds.parent}`, { disabled: true });
    expect(response.json<{ disabled: boolean }>().disabled).toBe(true);
    await expect(t.login("parent")).rejects.toThrow(/账户已停用/);
  });

  it("does not let an admin disable itself", async () => {
    const admin = await t.login("admin");
    expect((await admin.patch(`/api/users/${t.world.userIds.admin}`, { disabled: true })).statusCode).toBe(
      403,
    );
  });
});

describe("resetting one's own password", () => {
  it("is refused: a district changes its own password only with the current one", async () => {
    const district = await t.login("districtB");
    const reset = await district.post(`/api/users/${t.world.userIds.districtB}/reset-password`, {
      newPassword: "Taken#Over2019",
    });
    expect(reset.statusCode).toBe(403);
    expect(reset.json<{ detail: string }>().detail).toContain("修改密码");
    await expect(t.login("districtB", "Taken#Over2019")).rejects.toThrow();
    await t.login("districtB");
  });
});
