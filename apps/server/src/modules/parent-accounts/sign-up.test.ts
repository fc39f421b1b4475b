import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { queryRows } from "../../db/database.ts";
import { createTestApp, type TestApp, type TestSession } from "../../test/test-app.ts";

let t: TestApp;
let admin: TestSession;
const PASSWORD = "Jiazhang#2019pass";

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login("admin");
});
afterAll(() => t.close());

type Problem = { status: number; detail: string; errors?: { field: string; message: string }[] };

const post = (url: string, body: object) => t.app.inject({ method: "POST", url, payload: body });
const sendCode = (phone: string) => post("/api/public/sign-up/code", { phone });

/** The code, as the parent reads it on their phone: here, from the outbox an administrator reads. */
async function codeFor(phone: string): Promise<string> {
  const outbox = (await admin.get("/api/sms-outbox")).json<{ items: { phone: string; body: string }[] }>();
  const tail = phone.slice(-4);
  const message = outbox.items.find((m) => m.phone.endsWith(tail));
  const code = /验证码为 (\d{6})/.exec(message?.body ?? "")?.[1];
  if (!code) throw new Error(`no code for ${phone}`);
  return code;
}

function later(ms: number) {
  t.clock.set(new Date(t.clock.now().getTime() + ms));
}

describe("parent sign-up", () => {
  it("refuses a number that is not a mainland mobile, naming the field", async () => {
    const bad = await sendCode("1234");
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Problem>().errors?.[0]).toEqual({
      field: "phone",
      message: "手机号应为 11 位中国大陆手机号码",
    });
  });

  it("sends a code to the outbox, signed by the bureau, and refuses another within a minute", async () => {
    const sent = await sendCode("13812345678");
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toEqual({ resendAfterSeconds: 60 });
    const outbox = (await admin.get("/api/sms-outbox")).json<{ items: { phone: string; body: string }[] }>();
    expect(outbox.items[0]?.phone).toBe("138****5678");
    expect(outbox.items[0]?.body).toMatch(/^【长沙市教育局】您的注册验证码为 \d{6}，10 分钟内有效/);
    const again = await sendCode("13812345678");
    expect(again.statusCode).toBe(429);
    expect(again.json<Problem>().detail).toMatch(/^验证码已发送，请 \d+ 秒后再获取$/);
  });

  it("shows the outbox to the system administrator only", async () => {
    const district = await t.login("districtA");
    expect((await district.get("/api/sms-outbox")).statusCode).toBe(403);
    expect((await t.app.inject({ url: "/api/sms-outbox" })).statusCode).toBe(401);
  });

  it("refuses a wrong code, a weak password and a short name, creating nothing", async () => {
    const phone = "13812345678";
    const code = await codeFor(phone);
    const wrong = code === "000000" ? "111111" : "000000";
    const refused = await post("/api/public/sign-up", {
      phone,
      code: wrong,
      displayName: "王家长",
      password: PASSWORD,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<Problem>().errors?.[0]).toEqual({
      field: "code",
      message: "验证码不正确或已失效，请重新获取",
    });
    const weak = await post("/api/public/sign-up", {
      phone,
      code,
      displayName: "王家长",
      password: "12345678",
    });
    expect(weak.json<Problem>().errors?.[0]?.field).toBe("password");
    const short = await post("/api/public/sign-up", { phone, code, displayName: "王", password: PASSWORD });
    expect(short.json<Problem>().errors?.[0]?.field).toBe("displayName");
    const [row] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from users where username = ${phone}`,
    );
    expect(row?.n).toBe(0);
  });

  it("creates a 公众 account on the city unit that signs in with the number, audited with the number masked", async () => {
    const phone = "13812345678";
    const code = await codeFor(phone);
    const created = await post("/api/public/sign-up", {
      phone,
      code,
      displayName: "王家长",
      password: PASSWORD,
    });
    expect(created.statusCode).toBe(201);
    const parent = await t.login(phone, PASSWORD);
    const me = (await parent.get("/api/auth/me")).json<{
      user: { role: string; orgUnit: { name: string } };
    }>();
    expect(me.user).toMatchObject({ role: "public", orgUnit: { name: "长沙市" } });
    const audit = await queryRows<{ action: string; after: { username?: string; phone?: string } }>(
      t.database.db,
      sql`select action, after from audit_log where action in ('register', 'send') order by at`,
    );
    expect(audit.map((a) => a.action)).toContain("register");
    expect(JSON.stringify(audit)).not.toContain(phone);
    const reused = await post("/api/public/sign-up", {
      phone,
      code,
      displayName: "王家长",
      password: PASSWORD,
    });
    expect(reused.json<Problem>().errors?.[0]?.field).toBe("code");
  });

  it("tells the holder of a fresh code that the number is already registered", async () => {
    later(61_000);
    const phone = "13812345678";
    await sendCode(phone);
    const code = await codeFor(phone);
    const twice = await post("/api/public/sign-up", {
      phone,
      code,
      displayName: "王家长",
      password: PASSWORD,
    });
    expect(twice.json<Problem>().errors?.[0]).toEqual({
      field: "phone",
      message: "该手机号已注册，请直接登录",
    });
  });

  it("gives a code five tries, then refuses even the right one", async () => {
    const phone = "13900001111";
    await sendCode(phone);
    const code = await codeFor(phone);
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < 5; i++) {
      await post("/api/public/sign-up", { phone, code: wrong, displayName: "李家长", password: PASSWORD });
    }
    const right = await post("/api/public/sign-up", {
      phone,
      code,
      displayName: "李家长",
      password: PASSWORD,
    });
    expect(right.json<Problem>().errors?.[0]?.field).toBe("code");
  });

  it("lets a code expire after ten minutes", async () => {
    const phone = "13900002222";
    await sendCode(phone);
    const code = await codeFor(phone);
    later(10 * 60_000);
    const late = await post("/api/public/sign-up", {
      phone,
      code,
      displayName: "赵家长",
      password: PASSWORD,
    });
    expect(late.json<Problem>().errors?.[0]?.field).toBe("code");
  });
});
