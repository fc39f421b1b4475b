import { t } from "./locale/index.ts";

export interface FieldError {
  field: string;
  message: string;
}

/** RFC 9457 problem details as the server sends them, with Chinese title/detail. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly type: string;
  readonly fieldErrors: FieldError[];

  constructor(problem: Problem) {
    super(problem.detail ? `${problem.title}：${problem.detail}` : problem.title);
    this.name = "ApiError";
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.type = problem.type;
    this.fieldErrors = problem.errors ?? [];
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isFieldError(value: unknown): value is FieldError {
  return isRecord(value) && typeof value.field === "string" && typeof value.message === "string";
}

/** Reads a problem body; anything unexpected becomes a generic problem for the status. */
export function toProblem(status: number, body: unknown): Problem {
  const fallback: Problem = { type: "about:blank", title: t.errors.http(status), status };
  if (!isRecord(body) || typeof body.title !== "string") return fallback;
  return {
    type: typeof body.type === "string" ? body.type : fallback.type,
    title: body.title,
    status,
    ...(typeof body.detail === "string" ? { detail: body.detail } : {}),
    ...(Array.isArray(body.errors) ? { errors: body.errors.filter(isFieldError) } : {}),
  };
}

export function networkError(): ApiError {
  return new ApiError({ type: "about:blank", title: t.errors.network, status: 0 });
}
