import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { rebuiltIdentities } from "../../test/rebuilt-identities.ts";
import { residentId, teacherBody } from "./teacher-fixtures.ts";

let t: TestApp;
let teacherId = "";
const idNumber = residentId({ birth: "1965-01-08", female: true });
beforeAll(async () => {
  t = await createTestApp();
  const school = await t.login("schoolA");
  const created = await school.post("/api/teachers", teacherBody(t.world.schoolA.id, { idNumber }));
  expect(created.statusCode, created.body).toBe(201);
  teacherId = created.json<{ id: string }>().id;
  await t.database.db.execute(
    sql`update teachers set user_id = ${t.world.userIds.teacherA} where id = ${teacherId}`,
  );
});
afterAll(async () => t.close());

describe("a masked ID number is not rebuilt from the birth date", () => {
  it("holds for city-wide lists of leaders and divisions, the school, and the teacher's own record", async () => {
    const reads = [
      ["leader", "/api/teachers?pageSize=200"],
      ["division", "/api/teachers?pageSize=200"],
      ["schoolA", "/api/teachers?pageSize=200"],
      ["schoolA", `/api/teachers/${teacherId}`],
      ["teacherA", "/api/teachers/me"],
    ] as const;
    for (const [username, url] of reads) {
      const response = await (await t.login(username)).get(url);
      expect(response.statusCode, `${username} ${url}`).toBe(200);
      expect(response.body).toContain(`${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`);
      expect(rebuiltIdentities(response.json()), `${username} ${url}`).toEqual([]);
      expect(response.body).toContain("1965-**-**");
    }
  });

  it("gives the full birth date only with the audited full identity", async () => {
    const full = await (await t.login("schoolA")).get(`/api/teachers/${teacherId}/identity`);
    expect(full.json()).toEqual({ idNumber, birthDate: "1965-01-08" });
  });
});
