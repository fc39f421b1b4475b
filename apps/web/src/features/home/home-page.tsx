import { DashboardOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Typography } from "antd";
import { Link } from "react-router";
import { t } from "../../app/locale/index.ts";
import { useSession } from "../../app/session/session-context.ts";
import { QuickLinks } from "./quick-links.tsx";
import { WelcomeCard } from "./welcome-card.tsx";
import { WorkQueueCard } from "./work-queue-card.tsx";

/** 工作台: what waits on this account first; a leader goes to the 驾驶舱 in one click. */
export function HomePage() {
  const me = useSession();
  return (
    <Flex vertical gap={16} data-testid="page-home">
      {me.role === "city_leader" && (
        <Card data-testid="leader-dashboard-card">
          <Flex justify="space-between" align="center" wrap gap={12}>
            <Typography.Text type="secondary">{t.home.dashboardHint}</Typography.Text>
            <Link to="/work-plan">
              <Button type="primary" size="large" icon={<DashboardOutlined />} data-testid="leader-dashboard">
                {t.home.dashboard}
              </Button>
            </Link>
          </Flex>
        </Card>
      )}
      <WorkQueueCard />
      <WelcomeCard />
      <QuickLinks />
    </Flex>
  );
}
