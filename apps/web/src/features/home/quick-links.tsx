import { Card, Col, Empty, Row, Typography } from "antd";
import { Link } from "react-router";
import { t } from "../../app/locale/index.ts";
import { MODULES } from "../../app/modules.tsx";
import { useSession } from "../../app/session/session-context.ts";
import { hasPermission } from "../../app/session/permissions.ts";

/** One card per registry entry this account may open: later modules appear here by themselves. */
export function QuickLinks() {
  const me = useSession();
  const links = MODULES.filter((m) => m.description !== undefined && hasPermission(me, m.permission));
  return (
    <Card title={t.home.quickLinks}>
      {links.length === 0 ? (
        <Empty description={t.home.noPermissions} />
      ) : (
        <Row gutter={[16, 16]}>
          {links.map((m) => (
            <Col key={m.path} xs={24} md={12} xl={8}>
              <Link to={m.path} data-testid={`quick-link-${m.path.slice(1)}`}>
                <Card hoverable size="small" style={{ height: "100%" }}>
                  <Card.Meta
                    avatar={<span style={{ fontSize: 28, color: "#1f5fbf" }}>{m.icon}</span>}
                    title={m.label}
                    description={<Typography.Text type="secondary">{m.description}</Typography.Text>}
                  />
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}
