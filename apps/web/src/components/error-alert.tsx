import { Alert } from "antd";
import { ApiError } from "../app/api-error.ts";
import { t } from "../app/locale/index.ts";

/** Inline error from a query or mutation, with the server's problem title and detail. */
export function ErrorAlert({ error, testId }: { error: Error | null; testId?: string }) {
  if (error === null) return null;
  const title = error instanceof ApiError ? error.title : t.errors.page;
  const detail = error instanceof ApiError ? error.detail : undefined;
  return <Alert type="error" showIcon title={title} description={detail} data-testid={testId} />;
}
