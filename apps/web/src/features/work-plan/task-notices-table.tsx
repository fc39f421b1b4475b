import { TRIGGER_LABELS, noticeState, type SupervisionTrigger } from "@edubureau/domain/work-plan";
import { Table } from "antd";
import { t } from "../../app/locale/index.ts";
import { NoticeStateTag } from "./status-tags.tsx";
import type { TaskDetail } from "./work-plan.api.ts";

type TaskNotice = TaskDetail["notices"][number];

function kindLabel(kind: string): string {
  return kind in TRIGGER_LABELS ? TRIGGER_LABELS[kind as SupervisionTrigger["kind"]] : kind;
}

/** 督办单 of one task; their state is worked out from the plan's "today", as the server does. */
export function TaskNoticesTable({ task }: { task: TaskDetail }) {
  const now = new Date(`${task.plan.today}T12:00:00+08:00`);
  const unitName = new Map(task.responsibleUnits.map((u) => [u.id, u.name]));
  return (
    <Table<TaskNotice>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={task.notices}
      locale={{ emptyText: t.workPlan.noNotices }}
      data-testid="wp-task-notices"
      columns={[
        { title: t.workPlan.unit, key: "unit", width: 110, render: (_, n) => unitName.get(n.unitId) ?? "—" },
        { title: t.workPlan.kind, key: "kind", width: 130, render: (_, n) => kindLabel(n.kind) },
        { title: t.workPlan.reason, dataIndex: "reason" },
        { title: t.workPlan.raisedOn, dataIndex: "raisedOn", width: 100 },
        { title: t.workPlan.responseDeadline, dataIndex: "responseDeadline", width: 100 },
        {
          title: t.workPlan.status,
          key: "state",
          width: 130,
          render: (_, n) => (
            <NoticeStateTag state={noticeState({ raisedOn: n.raisedOn, respondedOn: n.respondedOn, now })} />
          ),
        },
        { title: t.workPlan.response, key: "response", render: (_, n) => n.response ?? "—" },
      ]}
    />
  );
}
