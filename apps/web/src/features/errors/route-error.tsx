import { Button, Result } from "antd";
import { useRouteError } from "react-router";
import { t } from "../../app/locale/index.ts";

/** A render error or a page chunk that failed to load (e.g. after a new deployment). */
export function RouteError() {
  const error = useRouteError();
  console.error(error);
  return (
    <Result
      status="error"
      title={t.errors.page}
      subTitle={t.errors.pageDetail}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t.errors.reload}
        </Button>
      }
      data-testid="page-error"
    />
  );
}
