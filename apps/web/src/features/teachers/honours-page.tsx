import { PlusOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Button, Card, Space, Table, Tabs, Tag } from "antd";
import { useState } from "react";
import { HONOUR_ROUND_STAGE_LABELS } from "@edubureau/domain/teachers";
import { api } from "../../app/api.ts";
import type { ApiData } from "../../app/api-contract.ts";
import { t } from "../../app/locale/index.ts";
import { useSession } from "../../app/session/session-context.ts";
import { hasPermission } from "../../app/session/permissions.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { OpenRoundModal, RoundActions, StudioModal } from "./honours-actions.tsx";
import { IntakeTable } from "./intake-table.tsx";
import { StudioDrawer } from "./studio-drawer.tsx";
import { studiosQuery } from "./teachers.api.ts";
import { countCell } from "../../app/format.ts";

type Round = ApiData<"/api/honours/rounds">["items"][number];

const h = t.teachers.honours;

/** 名师名校长/工作室: selection rounds with their stage, and the studios and rural workstations. */
export function HonoursPage() {
  const me = useSession();
  const canManage = hasPermission(me, "honours.manage");
  const canNominate = canManage || hasPermission(me, "teachers.write");
  const canIntake = hasPermission(me, "training.manage");
  const [dialog, setDialog] = useState<"round" | "studio" | null>(null);
  const [openStudio, setOpenStudio] = useState<string | null>(null);
  const rounds = useQuery({
    queryKey: ["honours", "rounds"],
    queryFn: async () => (await api.GET("/api/honours/rounds")).items,
  });
  const studios = useQuery(studiosQuery());
  return (
    <Card data-testid="page-honours">
      <ErrorAlert error={rounds.error ?? studios.error} />
      <Tabs
        tabBarExtraContent={
          canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog("round")}>
              {h.open}
            </Button>
          )
        }
        items={[
          {
            key: "rounds",
            label: h.rounds,
            children: (
              <Table
                rowKey="id"
                loading={rounds.isFetching}
                dataSource={rounds.data}
                pagination={false}
                columns={[
                  { title: h.roundTitle, dataIndex: "title" },
                  { title: h.window, render: (_, x) => `${x.windowFrom} ~ ${x.windowTo}` },
                  {
                    title: h.stage,
                    render: (_, x) => (
                      <Tag color={x.stage === "awarded" ? "green" : "blue"}>
                        {HONOUR_ROUND_STAGE_LABELS[x.stage]}
                      </Tag>
                    ),
                  },
                  { title: h.nominees, dataIndex: "nominees", align: "right", render: countCell },
                  { title: h.awarded, dataIndex: "awarded", align: "right", render: countCell },
                  ...(canNominate
                    ? [
                        {
                          title: h.actions,
                          render: (_: unknown, x: Round) => <RoundActions round={x} canManage={canManage} />,
                        },
                      ]
                    : []),
                ]}
              />
            ),
          },
          {
            key: "studios",
            label: h.studios,
            children: (
              <>
                {canManage && (
                  <Space style={{ marginBottom: 12 }}>
                    <Button icon={<PlusOutlined />} onClick={() => setDialog("studio")}>
                      {h.newStudio}
                    </Button>
                  </Space>
                )}
                <Table
                  rowKey="id"
                  loading={studios.isFetching}
                  dataSource={studios.data}
                  pagination={{ pageSize: 20, hideOnSinglePage: true }}
                  columns={[
                    {
                      title: h.studioName,
                      render: (_, x) => (
                        <a onClick={() => setOpenStudio(x.id)} data-testid={`studio-open-${x.id}`}>
                          {x.name}
                        </a>
                      ),
                    },
                    { title: h.studioType, dataIndex: "type" },
                    { title: h.establishment, render: (_, x) => `${x.year} 年${x.establishment}` },
                    { title: h.leader, render: (_, x) => `${x.leaderName}（${x.institutionName}）` },
                    { title: h.members, dataIndex: "members", align: "right", render: countCell },
                    {
                      title: h.assessment,
                      render: (_, x) =>
                        x.assessments.length === 0
                          ? h.none
                          : x.assessments.map((a) => (
                              <Tag key={a.year} color={a.grade === "fail" ? "red" : undefined}>
                                {`${a.year} ${h.grades[a.grade] ?? a.grade}`}
                              </Tag>
                            )),
                    },
                  ]}
                />
              </>
            ),
          },
          {
            key: "intakes",
            label: t.teachers.intake.view,
            children: <IntakeTable canRecord={canIntake} />,
          },
        ]}
      />
      {dialog === "round" && <OpenRoundModal onClose={() => setDialog(null)} />}
      {dialog === "studio" && <StudioModal onClose={() => setDialog(null)} />}
      {openStudio && (
        <StudioDrawer studioId={openStudio} canManage={canManage} onClose={() => setOpenStudio(null)} />
      )}
    </Card>
  );
}
