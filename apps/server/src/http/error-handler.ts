import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { AppError, type FieldProblem } from "./problem.ts";

const PROBLEM_TYPE_BASE = "https://edubureau.org/problems/";

function sendProblem(reply: FastifyReply, error: AppError, instance: string): FastifyReply {
  return reply
    .code(error.status)
    .type("application/problem+json; charset=utf-8")
    .send({
      type: `${PROBLEM_TYPE_BASE}${error.code}`,
      title: error.title,
      status: error.status,
      detail: error.detail ?? error.title,
      instance,
      ...(error.errors && error.errors.length > 0 ? { errors: error.errors } : {}),
    });
}

function validationProblem(error: FastifyError): AppError {
  const fieldProblems: FieldProblem[] = [];
  if (hasZodFastifySchemaValidationErrors(error)) {
    for (const issue of error.validation) {
      const params = issue.params as { issue?: { path?: PropertyKey[] } };
      const pathParts = params.issue?.path ?? issue.instancePath.split("/").filter(Boolean);
      fieldProblems.push({
        field: pathParts.map(String).join(".") || "(请求)",
        message: issue.message ?? "格式不正确",
      });
    }
  }
  const detail = fieldProblems.map((p) => `${p.field}：${p.message}`).join("；") || "请求格式不正确";
  return new AppError("validation", "输入有误", detail, fieldProblems);
}

/** Maps every error to problem+json with a Chinese title; never sends a stack trace. */
function toAppError(error: FastifyError, request: FastifyRequest): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) return validationProblem(error);
  if (isResponseSerializationError(error)) {
    request.log.error({ err: error }, "response did not match its schema");
    return new AppError("internal", "服务器内部错误", "服务器响应格式异常，请联系系统管理员。");
  }
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new AppError("payload_too_large", "请求内容过大", "请求内容超过了允许的大小。");
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new AppError("unsupported_media_type", "不支持的内容类型", "请以 application/json 提交数据。");
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return new AppError("bad_request", "请求格式错误", "请求体不是有效的 JSON。");
    default:
      break;
  }
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError("bad_request", "请求有误", "请求无法处理，请检查后重试。");
  }
  request.log.error({ err: error }, "unhandled error");
  return new AppError("internal", "服务器内部错误", "服务器处理请求时出错，请稍后再试。");
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) =>
    sendProblem(reply, toAppError(error, request), request.url),
  );
}

export { sendProblem };

export function sendNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendProblem(
    reply,
    new AppError("not_found", "页面或接口不存在", `未找到 ${request.method} ${request.url}`),
    request.url,
  );
}
