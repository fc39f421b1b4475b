import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../db/database.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { teacherBody } from "./teacher-fixtures.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type Problem = { detail: string; errors?: { field: string; message: string }[] };
type Recognition = { id: string; status: string; certificateNo: string | null; totalMonths: number };

/** A 民办 teacher of schoolA with `months` of rural teaching from 2015-09-01 (13 months by default). */
async function ruralTeacher(to = "2016-09-30"): Promise<string> {
  const school = await t.login("schoolA");
  const created = await school.post(
    "/api/teachers",
    teacherBody(t.world.schoolA.id, { employment: "publicOffStaff" }),
  );
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json<{ id: string }>().id;
  const posting = await school.post(`/api/teachers/${id}/postings`, {
    schoolName: "某乡中心小学",
    from: "2015-09-01",
    to,
    rural: true,
  });
  expect(posting.statusCode, posting.body).toBe(201);
  return id;
}

async function auditActions(entityId: string): Promise<string[]> {
  const rows = await queryRows<{ action: string }>(
    t.database.db,
    sql`select action from audit_log where entity = 'rural_recognition' and entity_id = ${entityId} order by at, id`,
  );
  return rows.map((r) => r.action);
}

describe("农村(薄弱)学校任教经历认定", () => {
  it("is applied for by the school and certified by the district with a certificate number", async () => {
    const id = await ruralTeacher();
    const school = await t.login("schoolA");
    const applied = await school.post(`/api/talent-pool/teachers/${id}/rural-recognitions`);
    expect(applied.statusCode, applied.body).toBe(201);
    const recognitionId = applied.json<{ id: string }>().id;

    const twice = await school.post(`/api/talent-pool/teachers/${id}/rural-recognitions`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json<Problem>().detail).toContain("已有待审核的认定申请");

    const district = await t.login("districtA");
    const queue = (await district.get("/api/talent-pool/rural-recognitions?status=pending")).json<{
      items: Recognition[];
    }>();
    expect(queue.items.find((r) => r.id === recognitionId)).toMatchObject({
      status: "pending",
      totalMonths: 13,
    });
    const otherQueue = (
      await (await t.login("districtB")).get("/api/talent-pool/rural-recognitions?status=pending")
    ).json<{ items: Recognition[] }>();
    expect(otherQueue.items.map((r) => r.id)).not.toContain(recognitionId);

    expect(
      (await school.post(`/api/talent-pool/rural-recognitions/${recognitionId}/certify`)).statusCode,
    ).toBe(403);
    expect(
      (
        await (
          await t.login("districtB")
        ).post(`/api/talent-pool/rural-recognitions/${recognitionId}/certify`)
      ).statusCode,
    ).toBe(404);

    const certified = await district.post(`/api/talent-pool/rural-recognitions/${recognitionId}/certify`);
    expect(certified.statusCode, certified.body).toBe(200);
    expect(certified.json()).toMatchObject({ status: "certified", certificateNo: "长教农认〔2019〕0001号" });
    const again = await district.post(`/api/talent-pool/rural-recognitions/${recognitionId}/certify`);
    expect(again.statusCode).toBe(409);

    const detail = (await district.get(`/api/teachers/${id}`)).json<{
      ruralCertificate: { certificateNo: string; certifiedOn: string } | null;
    }>();
    expect(detail.ruralCertificate).toMatchObject({
      certificateNo: "长教农认〔2019〕0001号",
      certifiedOn: "2019-03-01",
    });
    const pool = (await district.get("/api/talent-pool?ruralCertified=true")).json<{
      items: { id: string; ruralCertified: boolean }[];
    }>();
    expect(pool.items.find((x) => x.id === id)?.ruralCertified).toBe(true);

    const reapply = await school.post(`/api/talent-pool/teachers/${id}/rural-recognitions`);
    expect(reapply.statusCode).toBe(409);
    expect(reapply.json<Problem>().detail).toContain(
      "已取得农村(薄弱)学校任教经历认定（长教农认〔2019〕0001号）",
    );
    expect(await auditActions(recognitionId)).toEqual(["apply", "certify"]);
  });

  it("refuses an application below the threshold with the domain's message", async () => {
    const id = await ruralTeacher("2016-08-30");
    const refused = await (
      await t.login("districtA")
    ).post(`/api/talent-pool/teachers/${id}/rural-recognitions`);
    expect(refused.statusCode).toBe(400);
    const problem = refused.json<Problem>();
    expect(problem.errors?.[0]?.field).toBe("postings");
    expect(problem.detail).toBe("累计农村(薄弱)学校任教 0 年 11 个月，不足 12 个月，不予认定");
    expect(
      (await (await t.login("districtB")).post(`/api/talent-pool/teachers/${id}/rural-recognitions`))
        .statusCode,
    ).toBe(404);
  });

  it("lets the teacher apply for themself and numbers certificates in sequence", async () => {
    const id = await ruralTeacher();
    await t.database.db.execute(
      sql`update teachers set user_id = ${t.world.userIds.teacherA} where id = ${id}`,
    );
    const teacher = await t.login("teacherA");
    const applied = await teacher.post("/api/talent-pool/me/rural-recognitions");
    expect(applied.statusCode, applied.body).toBe(201);
    const mine = (await teacher.get("/api/talent-pool/me/rural-experience")).json<{
      experience: { recognised: boolean; years: number; months: number };
      applications: Recognition[];
    }>();
    expect(mine.experience).toMatchObject({ recognised: true, years: 1, months: 1 });
    expect(mine.applications.map((a) => a.status)).toEqual(["pending"]);
    expect(
      (await teacher.post(`/api/talent-pool/rural-recognitions/${applied.json<{ id: string }>().id}/certify`))
        .statusCode,
    ).toBe(403);
    const certified = await (
      await t.login("division")
    ).post(`/api/talent-pool/rural-recognitions/${applied.json<{ id: string }>().id}/certify`, {
      note: "材料齐全",
    });
    expect(certified.json<Recognition>().certificateNo).toBe("长教农认〔2019〕0002号");
    await t.database.db.execute(sql`update teachers set user_id = null where id = ${id}`);
  });

  it("rejects only with a reason, and recomputes before certifying", async () => {
    const id = await ruralTeacher();
    const district = await t.login("districtA");
    const first = (await district.post(`/api/talent-pool/teachers/${id}/rural-recognitions`)).json<{
      id: string;
    }>().id;
    const noReason = await district.post(`/api/talent-pool/rural-recognitions/${first}/reject`, {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<Problem>().errors?.[0]?.field).toBe("note");
    const blank = await district.post(`/api/talent-pool/rural-recognitions/${first}/reject`, { note: " " });
    expect(blank.statusCode).toBe(400);
    const rejected = await district.post(`/api/talent-pool/rural-recognitions/${first}/reject`, {
      note: "任教学校不属于农村(薄弱)学校名单",
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(await auditActions(first)).toEqual(["apply", "reject"]);

    // After a rejection the teacher may apply again; the posting is then shortened before the decision.
    const second = (await district.post(`/api/talent-pool/teachers/${id}/rural-recognitions`)).json<{
      id: string;
    }>().id;
    await t.database.db.execute(
      sql`update teacher_postings set to_date = '2016-03-31' where teacher_id = ${id}`,
    );
    const stale = await district.post(`/api/talent-pool/rural-recognitions/${second}/certify`);
    expect(stale.statusCode).toBe(400);
    expect(stale.json<Problem>().errors?.[0]).toMatchObject({ field: "postings" });
    expect(stale.json<Problem>().detail).toContain("不足 12 个月，不予认定");

    const history = (await district.get(`/api/talent-pool/teachers/${id}/rural-recognitions`)).json<{
      items: (Recognition & { reviewNote: string | null })[];
    }>();
    expect(history.items.map((r) => r.status)).toEqual(["pending", "rejected"]);
    expect(history.items[1]?.reviewNote).toBe("任教学校不属于农村(薄弱)学校名单");
  });
});
