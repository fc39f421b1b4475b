import { api } from "../app/api.ts";
import { ApiError, networkError, toProblem } from "../app/api-error.ts";

/**
 * A multipart upload (field `file`): the JSON client cannot send files, so this asks the session for its
 * CSRF token (writes must echo it) and posts the form itself. Answers the parsed body, or throws the problem.
 */
export async function uploadFile<T>(url: string, file: File): Promise<T> {
  const { csrfToken } = await api.GET("/api/auth/me");
  const form = new FormData();
  form.append("file", file, file.name);
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "x-csrf-token": csrfToken, accept: "application/json, application/problem+json" },
      body: form,
    });
  } catch {
    throw networkError();
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text === "" ? undefined : JSON.parse(text);
  } catch {
    body = text;
  }
  if (!response.ok) throw new ApiError(toProblem(response.status, body));
  return body as T;
}
