import { Card, Col, Empty, Row } from "antd";
import { Link } from "react-router";
import { t } from "../locale/index.ts";
import { PUBLIC_PAGES } from "./public-pages.tsx";

/** /public: one card per public page. */
export function PublicIndexPage() {
  if (PUBLIC_PAGES.length === 0) return <Empty description={t.publicSite.empty} />;
  return (
    <Row gutter={[16, 16]}>
      {PUBLIC_PAGES.map((p) => (
        <Col key={p.path} xs={24} md={12} lg={8}>
          <Link to={p.path}>
            <Card hoverable title={p.label}>
              {p.description}
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}
