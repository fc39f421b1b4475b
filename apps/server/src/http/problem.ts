/** One error type for the whole server, turned into RFC 9457 problem+json in one place (error-handler.ts). */
export interface FieldProblem {
  /** Dotted path of the field, e.g. "password" or "rows.3.code". */
  field: string;
  message: string;
  /** Spreadsheet row, for imports. */
  row?: number;
}

export type ProblemCode =
  | "bad_request"
  | "validation"
  | "unauthenticated"
  | "session_expired"
  | "forbidden"
  | "password_change_required"
  | "csrf"
  | "not_found"
  | "conflict"
  | "locked"
  | "payload_too_large"
  | "unsupported_media_type"
  | "rate_limited"
  | "internal";

const STATUS: Record<ProblemCode, number> = {
  bad_request: 400,
  validation: 400,
  unauthenticated: 401,
  session_expired: 401,
  forbidden: 403,
  password_change_required: 403,
  csrf: 403,
  not_found: 404,
  conflict: 409,
  locked: 423,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
};

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ProblemCode,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldProblem[],
  ) {
    super(detail ?? title);
    this.status = STATUS[code];
  }
}

export const problems = {
  notFound: (what = "资源") => new AppError("not_found", `${what}不存在`, `未找到该${what}，或您无权访问。`),
  forbidden: (detail = "您的角色或所属单位无权执行此操作。") => new AppError("forbidden", "无权操作", detail),
  unauthenticated: () => new AppError("unauthenticated", "请先登录", "您尚未登录或登录已失效。"),
  conflict: (detail: string, errors?: FieldProblem[]) => new AppError("conflict", "数据冲突", detail, errors),
  invalid: (detail: string, errors: FieldProblem[]) => new AppError("validation", "输入有误", detail, errors),
  field: (field: string, message: string) =>
    new AppError("validation", "输入有误", message, [{ field, message }]),
};
