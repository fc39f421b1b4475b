import { hasCityWideScope } from "@edubureau/domain";
import { NOTICE_STATES, NOTICE_STATE_LABELS, type NoticeState } from "@edubureau/domain/work-plan";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Flex, Select, Table, Tabs, Typography } from "antd";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { showError } from "../../components/show-error.ts";
import { t } from "../../app/locale/index.ts";
import { useSession } from "../../app/session/session-context.ts";
import { hasPermission } from "../../app/session/permissions.ts";
import { InstructModal } from "./instruct-modal.tsx";
import { RespondModal } from "./respond-modal.tsx";
import { NoticeStateTag } from "./status-tags.tsx";
import { noticesQuery, runSweep, workPlanKeys } from "./work-plan.api.ts";
import type { Notice, NoticeView } from "./work-plan.api.ts";

function SweepButton() {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const sweep = useMutation({
    mutationFn: runSweep,
    onSuccess: ({ raised, escalated }) => {
      void message.success(t.workPlan.sweepDone(raised, escalated));
      void queryClient.invalidateQueries({ queryKey: workPlanKeys.all });
    },
    onError: (error) => showError({ error, message }),
  });
  return (
    <Button onClick={() => sweep.mutate()} loading={sweep.isPending} data-testid="wp-sweep">
      {t.workPlan.sweep}
    </Button>
  );
}

/** 督查督办: the unit's 督办单 with a reply form; city-wide roles also see all, and the escalated ones. */
export function WorkPlanSupervisionPage() {
  const me = useSession();
  const cityWide = hasCityWideScope(me.role);
  const [params, setParams] = useSearchParams();
  const defaultView: NoticeView = cityWide && !hasPermission(me, "plan.report") ? "leader" : "mine";
  const requested = params.get("view");
  const view: NoticeView =
    cityWide && (requested === "all" || requested === "leader" || requested === "mine")
      ? requested
      : defaultView;
  const [state, setState] = useState<NoticeState | undefined>();
  const [responding, setResponding] = useState<Notice | null>(null);
  const [instructing, setInstructing] = useState<Notice | null>(null);
  const highlighted = params.get("notice");
  const notices = useQuery(noticesQuery({ view, ...(state ? { state } : {}) }));
  const views: NoticeView[] = cityWide ? ["mine", "all", "leader"] : ["mine"];

  return (
    <Card data-testid="page-work-plan-supervision">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Tabs
          activeKey={view}
          onChange={(key) => setParams({ view: key }, { replace: true })}
          items={views.map((v) => ({
            key: v,
            label: <span data-testid={`wp-notice-tab-${v}`}>{t.workPlan.noticeViews[v]}</span>,
          }))}
        />
        <Flex gap={8}>
          <Select
            allowClear
            placeholder={t.workPlan.allStates}
            value={state}
            onChange={setState}
            options={NOTICE_STATES.map((s) => ({ value: s, label: NOTICE_STATE_LABELS[s] }))}
            style={{ width: 160 }}
            data-testid="wp-notice-state"
          />
          {hasPermission(me, "plan.manage") && <SweepButton />}
        </Flex>
      </Flex>
      <ErrorAlert error={notices.error} />
      <Table<Notice>
        size="small"
        rowKey="id"
        loading={notices.isFetching}
        dataSource={notices.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: t.workPlan.noticeEmpty }}
        data-testid="wp-notices-table"
        rowClassName={(n) => (n.id === highlighted ? "ant-table-row-selected" : "")}
        columns={[
          {
            title: t.workPlan.task,
            key: "task",
            width: 200,
            render: (_, n) => (
              <Link to={`/work-plan/tasks/${n.task.id}`}>{`${n.task.code} ${n.task.title}`}</Link>
            ),
          },
          ...(view === "mine"
            ? []
            : [
                {
                  title: t.workPlan.unit,
                  key: "unit",
                  width: 110,
                  render: (_: unknown, n: Notice) => n.unit.name,
                },
              ]),
          { title: t.workPlan.kind, dataIndex: "kindLabel", width: 130 },
          {
            title: t.workPlan.reason,
            key: "reason",
            render: (_, n) => (
              <>
                <Typography.Text>{n.reason}</Typography.Text>
                {n.instruction && (
                  <Typography.Paragraph
                    type="danger"
                    style={{ margin: "4px 0 0" }}
                    data-testid={`wp-notice-instruction-${n.id}`}
                  >
                    {t.workPlan.instructionLine(n.instructedOn ?? "", n.instruction, n.urgedCount)}
                  </Typography.Paragraph>
                )}
                {n.response && (
                  <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0" }}>
                    {t.workPlan.response}（{n.respondedOn}）：{n.response}
                  </Typography.Paragraph>
                )}
              </>
            ),
          },
          { title: t.workPlan.raisedOn, dataIndex: "raisedOn", width: 100 },
          { title: t.workPlan.responseDeadline, dataIndex: "responseDeadline", width: 100 },
          {
            title: t.workPlan.status,
            key: "state",
            width: 130,
            render: (_, n) => <NoticeStateTag state={n.state} />,
          },
          {
            title: "",
            key: "act",
            width: 90,
            render: (_, n) =>
              n.canInstruct ? (
                <Button
                  size="small"
                  type="primary"
                  danger
                  onClick={() => setInstructing(n)}
                  data-testid={`wp-notice-instruct-${n.id}`}
                >
                  {t.workPlan.instruct}
                </Button>
              ) : n.canRespond && hasPermission(me, "plan.report") ? (
                <Button
                  size="small"
                  type="primary"
                  onClick={() => setResponding(n)}
                  data-testid={`wp-notice-respond-${n.id}`}
                >
                  {t.workPlan.respond}
                </Button>
              ) : null,
          },
        ]}
      />
      {responding && <RespondModal notice={responding} onClose={() => setResponding(null)} />}
      {instructing && <InstructModal notice={instructing} onClose={() => setInstructing(null)} />}
    </Card>
  );
}
