import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import {
  applicationBody,
  childId,
  setupRound,
  type Application,
  type EnrolmentFixture,
} from "./enrolment-test-fixtures.ts";

/** The review list under the shared list convention: sort, paging totals, district and school filters. */
let t: TestApp;
let f: EnrolmentFixture;
const numbers: string[] = [];
type Page = { items: { number: string; choices: string[] }[]; total: number };

beforeAll(async () => {
  t = await createTestApp();
  f = await setupRound(t);
  const births = ["2007-04-01", "2007-04-02", "2007-04-03"];
  for (const [i, birthDate] of births.entries()) {
    const body = applicationBody(f, t, {
      children: [{ name: ["赵一", "钱二", "孙三"][i], sex: "male", birthDate, idNumber: childId(birthDate) }],
      // The last one names only the second school.
      choices: i === 2 ? [f.schools[1]?.code] : f.schools.map((s) => s.code),
    });
    const response = await f.parent.post("/api/enrolment/applications", body);
    expect(response.statusCode, response.body).toBe(201);
    numbers.push(response.json<Application>().number);
  }
});
afterAll(async () => t.close());

const queue = (query: string) => f.districtA.get(`/api/enrolment/review?roundId=${f.roundId}&${query}`);

describe("the review list", () => {
  it("sorts by 报名号 either way and pages with the total of every match", async () => {
    const asc = (await queue("sort=number&order=asc")).json<Page>();
    expect(asc.items.map((a) => a.number)).toEqual([...numbers].sort());
    const desc = (await queue("sort=number&order=desc&pageSize=2")).json<Page>();
    expect(desc.total).toBe(3);
    expect(desc.items.map((a) => a.number)).toEqual([...numbers].sort().reverse().slice(0, 2));
    const last = (await queue("sort=number&order=desc&pageSize=2&page=2")).json<Page>();
    expect(last).toMatchObject({ total: 3 });
    expect(last.items.map((a) => a.number)).toEqual([[...numbers].sort()[0]]);
    expect((await queue("sort=idNumber")).statusCode).toBe(400);
  });

  it("narrows to the applications choosing a school", async () => {
    const first = (await queue(`institutionId=${f.schools[0]?.id}`)).json<Page>();
    expect(first.total).toBe(2);
    const second = (await queue(`institutionId=${f.schools[1]?.id}`)).json<Page>();
    expect(second.total).toBe(3);
  });

  it("finds nothing for a district outside the reviewer's scope", async () => {
    expect((await queue(`districtId=${t.world.districtB.id}`)).json<Page>()).toEqual({ items: [], total: 0 });
    expect((await queue(`districtId=${t.world.districtA.id}`)).json<Page>().total).toBe(3);
    const other = await f.districtB.get(
      `/api/enrolment/review?roundId=${f.roundId}&districtId=${t.world.districtA.id}`,
    );
    expect(other.json<Page>()).toEqual({ items: [], total: 0 });
  });
});
