import { ApiError, networkError, toProblem } from "./api-error.ts";

type WriteMethod = "POST" | "PUT" | "PATCH" | "DELETE";
export type QueryParams = Record<string, string | number | boolean | null | undefined>;

interface RequestOptions {
  method?: "GET" | WriteMethod;
  query?: QueryParams;
  body?: unknown;
  /** Login answers 401 for a wrong password: that is a form error, not an expired session. */
  redirectOn401?: boolean;
}

// Kept in memory only: a reload asks /api/auth/me again, which hands out the token anew.
let csrfToken: string | null = null;
let onUnauthorized: () => void = () => undefined;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called on any 401 except where the caller handles it; the app sends the user to /login. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

function buildUrl(path: string, query: QueryParams | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function buildHeaders(method: string, hasBody: boolean): Headers {
  const headers = new Headers({ accept: "application/json, application/problem+json" });
  if (hasBody) headers.set("content-type", "application/json");
  if (method !== "GET" && csrfToken !== null) headers.set("x-csrf-token", csrfToken);
  return headers;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? "GET";
  const hasBody = options.body !== undefined;
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      credentials: "same-origin",
      headers: buildHeaders(method, hasBody),
      ...(hasBody ? { body: JSON.stringify(options.body) } : {}),
    });
  } catch {
    throw networkError();
  }
  const body = await readBody(response);
  if (!response.ok) {
    if (response.status === 401 && options.redirectOn401 !== false) onUnauthorized();
    throw new ApiError(toProblem(response.status, body));
  }
  // The caller names the shape of the contract; the server validates its responses with zod.
  return body as T;
}

export const api = {
  get: <T>(path: string, query?: QueryParams) => request<T>(path, query ? { query } : {}),
  post: <T>(path: string, body?: unknown) => request<T>(path, { method: "POST", body }),
  put: <T>(path: string, body?: unknown) => request<T>(path, { method: "PUT", body }),
  patch: <T>(path: string, body?: unknown) => request<T>(path, { method: "PATCH", body }),
  delete: <T>(path: string) => request<T>(path, { method: "DELETE" }),
};
