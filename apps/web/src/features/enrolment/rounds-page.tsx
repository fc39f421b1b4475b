import { EditOutlined, PlusOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Button, Card, Flex, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { lotteryPlaces, STAGE_LABELS } from "@edubureau/domain/enrolment";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { t } from "../../app/locale/index.ts";
import { useSession } from "../../app/session/session-context.ts";
import { hasPermission } from "../../app/session/permissions.ts";
import { CalendarView } from "./calendar-view.tsx";
import { roundQuery } from "./enrolment.api.ts";
import type { Plan, Round } from "./enrolment.api.ts";
import { PlanModal } from "./plan-modal.tsx";
import { RoundFormModal } from "./round-form-modal.tsx";
import { RoundSelect, useSelectedRound } from "./round-select.tsx";
import { countCell } from "../../app/format.ts";

/** 招生轮次设置: the calendar and the enrolment plans of each school. */
export function RoundsPage() {
  const me = useSession();
  const canManage = hasPermission(me, "enrolment.manage");
  const { round: selected, select } = useSelectedRound();
  const detail = useQuery(roundQuery(selected?.id ?? ""));
  const [dialog, setDialog] = useState<
    { kind: "round"; round: Round | null } | { kind: "plan"; plan: Plan | null } | null
  >(null);
  const round = detail.data;
  return (
    <Card data-testid="page-enrolment-rounds">
      <Flex justify="space-between" gap={16} style={{ marginBottom: 16 }}>
        <RoundSelect />
        {canManage && (
          <Space>
            {round && (
              <Button icon={<EditOutlined />} onClick={() => setDialog({ kind: "round", round })}>
                {t.enrolment.editRound}
              </Button>
            )}
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDialog({ kind: "round", round: null })}
              data-testid="round-new"
            >
              {t.enrolment.newRound}
            </Button>
          </Space>
        )}
      </Flex>
      <ErrorAlert error={detail.error} />
      {round && (
        <>
          <Typography.Paragraph type="secondary">
            {STAGE_LABELS[round.stage]} · {t.enrolment.maxChoices} {round.maxChoices} ·{" "}
            {t.enrolment.mechanism}
            {t.enrolment.mechanisms[round.mechanism]} · {t.enrolment.secondMechanism}
            {t.enrolment.mechanisms[round.secondMechanism]} · {t.enrolment.seedAnnouncement}：
            {round.seedAnnouncement.labels.join("、")}（{t.enrolment.seedValue(round.seedAnnouncement.digits)}
            ）
          </Typography.Paragraph>
          <CalendarView calendar={round.calendar} />
          <Flex justify="space-between" style={{ margin: "24px 0 8px" }}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t.enrolment.plans}
            </Typography.Title>
            {canManage && (
              <Button
                icon={<PlusOutlined />}
                onClick={() => setDialog({ kind: "plan", plan: null })}
                data-testid="plan-new"
              >
                {t.enrolment.setPlan}
              </Button>
            )}
          </Flex>
          <Table<Plan>
            rowKey="institutionId"
            size="small"
            dataSource={round.plans}
            pagination={{ pageSize: 20 }}
            data-testid="plans-table"
            columns={[
              { title: t.enrolment.school, dataIndex: "name" },
              { title: t.enrolment.district, render: (_, p) => p.district.name },
              { title: t.enrolment.ownershipTitle, render: (_, p) => t.enrolment.ownership[p.ownership] },
              { title: t.enrolment.places, dataIndex: "places", align: "right", render: countCell },
              { title: t.enrolment.reservedPercent, dataIndex: "reservedPercent", align: "right" },
              {
                title: t.enrolment.lotteryPlaces,
                align: "right",
                render: (_, p) => (p.inLottery ? lotteryPlaces(p.places, p.reservedPercent) : "—"),
              },
              {
                title: t.enrolment.inLottery,
                render: (_, p) => (p.inLottery ? <Tag color="blue">{t.enrolment.yes}</Tag> : t.enrolment.no),
              },
              ...(canManage
                ? [
                    {
                      title: "",
                      key: "edit",
                      render: (_: unknown, p: Plan) => (
                        <Button size="small" onClick={() => setDialog({ kind: "plan", plan: p })}>
                          {t.enrolment.edit}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </>
      )}
      {dialog?.kind === "round" && (
        <RoundFormModal
          round={dialog.round}
          onClose={(id) => {
            setDialog(null);
            if (id) select(id);
          }}
        />
      )}
      {dialog?.kind === "plan" && round && (
        <PlanModal roundId={round.id} plan={dialog.plan} onClose={() => setDialog(null)} />
      )}
    </Card>
  );
}
