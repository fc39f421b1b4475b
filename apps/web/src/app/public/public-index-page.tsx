import { Button, Card, Col, Flex, Row, Typography } from "antd";
import { Link } from "react-router";
import { t } from "../locale/index.ts";
import { LOGIN_PATH, SIGN_UP_PATH } from "../session/login-path.ts";
import { PUBLIC_PAGES } from "./public-pages.tsx";

/** Where a parent signs in to apply for a place (the sign-in page sends them on after signing in). */
const APPLY_PATH = `${LOGIN_PATH}?next=${encodeURIComponent("/enrolment/mine")}`;

/** /public: the parents' services first (apply, sign up), then one card per public page. */
export function PublicIndexPage() {
  const l = t.publicSite;
  return (
    <Flex vertical gap={16}>
      <Card data-testid="public-parent-services">
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {l.parentTitle}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{l.parentIntro}</Typography.Paragraph>
        <Flex gap={12} wrap>
          <Link to={APPLY_PATH}>
            <Button type="primary" size="large" data-testid="public-apply">
              {l.apply}
            </Button>
          </Link>
          <Link to={SIGN_UP_PATH}>
            <Button size="large" data-testid="public-sign-up">
              {l.signUp}
            </Button>
          </Link>
        </Flex>
      </Card>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {l.publicTitle}
      </Typography.Title>
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
    </Flex>
  );
}
