import { Button, Result } from "antd";
import { Link } from "react-router";
import { t } from "../../app/locale/index.ts";

export function NotFoundPage() {
  return (
    <Result
      status="404"
      title={t.notFound.title}
      subTitle={t.notFound.detail}
      extra={
        <Link to="/">
          <Button type="primary">{t.common.backHome}</Button>
        </Link>
      }
      data-testid="page-404"
    />
  );
}
