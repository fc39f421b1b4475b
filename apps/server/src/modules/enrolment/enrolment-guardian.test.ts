import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import {
  applicationBody,
  childId,
  setupRound,
  type Application,
  type EnrolmentFixture,
  type Problem,
} from "./enrolment-test-fixtures.ts";

/** 入学报名 with the guardian, the home address and the parent's 承诺 (issue 18). */
let t: TestApp;
let f: EnrolmentFixture;
beforeAll(async () => {
  t = await createTestApp();
  f = await setupRound(t);
});
afterAll(async () => t.close());

describe("the guardian on an application", () => {
  it("keeps the guardian and the 承诺; the parent sees the phone in full, the district masked", async () => {
    const birthDate = "2007-08-08";
    const guardian = {
      name: "王大明",
      relation: "father",
      phone: "13912345678",
      address: "芙蓉区五一大道 100 号 3 栋 201",
    };
    const children = [{ name: "王小二", sex: "male", birthDate, idNumber: childId(birthDate) }];
    const badPhone = await f.parent.post(
      "/api/enrolment/applications",
      applicationBody(f, t, { children, guardian: { ...guardian, phone: "123" }, pledged: true }),
    );
    expect(badPhone.statusCode).toBe(400);
    expect(badPhone.json<Problem>().errors?.[0]).toEqual({
      field: "guardian.phone",
      message: "手机号应为 11 位中国大陆手机号码",
    });
    const noPledge = await f.parent.post(
      "/api/enrolment/applications",
      applicationBody(f, t, { children, guardian, pledged: false }),
    );
    expect(noPledge.json<Problem>().errors?.[0]?.field).toBe("pledged");
    const created = await f.parent.post(
      "/api/enrolment/applications",
      applicationBody(f, t, { children, guardian, pledged: true }),
    );
    expect(created.statusCode).toBe(201);
    const own = created.json<Application & { guardian: typeof guardian; pledgedAt: string | null }>();
    expect(own.guardian).toEqual(guardian);
    expect(own.pledgedAt).not.toBeNull();
    const queue = (await f.districtA.get(`/api/enrolment/review?roundId=${f.roundId}`)).json<{
      items: { number: string; guardian: typeof guardian | null }[];
    }>();
    expect(queue.items.find((a) => a.number === own.number)?.guardian?.phone).toBe("139****5678");
  });
});
