import { Button, Result } from "antd";
import { Link } from "react-router";
import { t } from "../../app/locale/index.ts";

export function ForbiddenPage() {
  return (
    <Result
      status="403"
      title={t.forbidden.title}
      subTitle={t.forbidden.detail}
      extra={
        <Link to="/">
          <Button type="primary">{t.common.backHome}</Button>
        </Link>
      }
      data-testid="page-403"
    />
  );
}
