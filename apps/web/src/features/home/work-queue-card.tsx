import { RightOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Badge, Card, Flex, List, Typography } from "antd";
import { Link } from "react-router";
import { api } from "../../app/api.ts";
import { t } from "../../app/locale/index.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";

export const workQueueQuery = {
  queryKey: ["work-queue"] as const,
  queryFn: () => api.GET("/api/work-queue"),
  // The count should follow the work: refetch when the page comes back into view.
  refetchOnWindowFocus: true,
};

/** 待办事项: what waits on this account, with counts and the page where each is done. */
export function WorkQueueCard() {
  const queue = useQuery(workQueueQuery);
  const items = queue.data?.items ?? [];
  if (queue.isSuccess && items.length === 0) return null;
  const waiting = items.filter((i) => i.count > 0);
  return (
    <Card title={t.home.workQueue} loading={queue.isPending} data-testid="work-queue">
      <ErrorAlert error={queue.error} />
      {queue.isSuccess && waiting.length === 0 && (
        <Typography.Text type="secondary">{t.home.nothingWaiting}</Typography.Text>
      )}
      {waiting.length > 0 && (
        <List
          dataSource={waiting}
          renderItem={(item) => (
            <List.Item>
              <Link to={item.path} style={{ width: "100%" }} data-testid={`work-item-${item.key}`}>
                <Flex justify="space-between" align="center">
                  <span>{t.home.workItems[item.key] ?? ""}</span>
                  <span>
                    <Badge count={item.count} overflowCount={999} data-testid={`work-count-${item.key}`} />{" "}
                    <RightOutlined />
                  </span>
                </Flex>
              </Link>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
