import { Button, Result } from "antd";
import { ApiError } from "../app/api-error.ts";
import { t } from "../app/locale/index.ts";

/** A whole page that could not load: shows the server's Chinese problem title and detail. */
export function QueryErrorResult({ error }: { error: Error }) {
  const status = error instanceof ApiError && error.status === 403 ? "403" : "error";
  const title = error instanceof ApiError ? error.title : t.errors.page;
  const detail = error instanceof ApiError ? error.detail : t.errors.pageDetail;
  return (
    <Result
      status={status}
      title={title}
      subTitle={detail}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t.errors.reload}
        </Button>
      }
    />
  );
}
