import { DEMO_PASSWORD } from "./demo-accounts.ts";

/** A signed-in API client: the session cookie plus the CSRF token writes must echo. */
export interface ApiSession {
  baseUrl: string;
  cookie: string;
  csrfToken: string;
}

export interface OrgUnit {
  id: string;
  code: string;
  name: string;
  kind: string;
}

interface SessionBody {
  csrfToken: string;
}

async function json<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status} ${await response.text()}`);
  // The shape is the server's contract; its responses are validated by zod on the way out.
  return (await response.json()) as T;
}

export async function apiLogin(
  baseUrl: string,
  username: string,
  password = DEMO_PASSWORD,
): Promise<ApiSession> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  const body = await json<SessionBody>(response, `login as ${username}`);
  const cookie = response.headers.getSetCookie().map((line) => line.split(";")[0] ?? "");
  return { baseUrl, cookie: cookie.join("; "), csrfToken: body.csrfToken };
}

export async function apiGet<T>(session: ApiSession, path: string): Promise<T> {
  const response = await fetch(`${session.baseUrl}${path}`, { headers: { cookie: session.cookie } });
  return json<T>(response, `GET ${path}`);
}

export async function apiPost(session: ApiSession, path: string, body: unknown): Promise<void> {
  const response = await fetch(`${session.baseUrl}${path}`, {
    method: "POST",
    headers: {
      cookie: session.cookie,
      "content-type": "application/json",
      "x-csrf-token": session.csrfToken,
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path}: HTTP ${response.status} ${await response.text()}`);
}

/** A district's unit as a city-wide account sees it (the city's direct children). */
export async function findDistrict(session: ApiSession, code: string): Promise<OrgUnit> {
  const roots = await apiGet<{ items: OrgUnit[] }>(session, "/api/org-units/roots");
  for (const root of roots.items) {
    const children = await apiGet<{ items: OrgUnit[] }>(session, `/api/org-units/${root.id}/children`);
    const found = children.items.find((unit) => unit.code === code);
    if (found) return found;
  }
  throw new Error(`no org unit with code ${code}`);
}
