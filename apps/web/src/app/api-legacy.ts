import { ApiError, networkError, toProblem } from "./api-error.ts";
import { currentCsrfToken, reportUnauthorized } from "./api-session-state.ts";

// Until every feature uses the typed client.

type WriteMethod = "POST" | "PUT" | "PATCH" | "DELETE";
export type QueryParams = Record<string, string | number | boolean | null | undefined>;

interface RequestOptions {
  method?: "GET" | WriteMethod;
  query?: QueryParams;
  body?: unknown;
  /** Login answers 401 for a wrong password: that is a form error, not an expired session. */
  redirectOn401?: boolean;
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
  if (method !== "GET" && currentCsrfToken() !== null) headers.set("x-csrf-token", currentCsrfToken() ?? "");
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
    if (response.status === 401 && options.redirectOn401 !== false) reportUnauthorized();
    throw new ApiError(toProblem(response.status, body));
  }
  // The caller names the shape of the contract; the server validates its responses with zod.
  return body as T;
}

export const legacyApi = {
  get: <T>(path: string, query?: QueryParams) => request<T>(path, query ? { query } : {}),
  post: <T>(path: string, body?: unknown) => request<T>(path, { method: "POST", body }),
  put: <T>(path: string, body?: unknown) => request<T>(path, { method: "PUT", body }),
  patch: <T>(path: string, body?: unknown) => request<T>(path, { method: "PATCH", body }),
  delete: <T>(path: string) => request<T>(path, { method: "DELETE" }),
};
