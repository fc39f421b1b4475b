import { PlusOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Button, Card, Flex, Progress, Select, Table } from "antd";
import { useState } from "react";
import { t } from "../../app/locale/index.ts";
import { useSession } from "../../app/session/session-context.ts";
import { hasPermission } from "../../app/session/permissions.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { ExternalHoursReview } from "./external-hours-review.tsx";
import { ProgrammeDrawer } from "./programme-drawer.tsx";
import { ProgrammeFormModal } from "./programme-form-modal.tsx";
import { kindLabel, levelLabel } from "./teacher-labels.ts";
import { programmesQuery } from "./training.api.ts";
import { countCell } from "../../app/format.ts";

const tr = t.teachers.training;
const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: THIS_YEAR - 2016 }, (_, i) => THIS_YEAR - i);

/** 培训项目: programmes open to the account, with places taken and completions. */
export function TrainingPage() {
  const me = useSession();
  const [year, setYear] = useState<number | undefined>(undefined);
  const list = useQuery(programmesQuery(year));
  const [open, setOpen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  return (
    <Card data-testid="page-training">
      {hasPermission(me, "teachers.write") && <ExternalHoursReview />}
      <Flex justify="space-between" style={{ marginBottom: 16 }}>
        <Select
          allowClear
          placeholder={tr.year}
          style={{ width: 140 }}
          value={year}
          onChange={setYear}
          options={YEARS.map((y) => ({ value: y, label: `${y} 年` }))}
        />
        {hasPermission(me, "training.manage") && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="programme-create"
          >
            {tr.create}
          </Button>
        )}
      </Flex>
      <ErrorAlert error={list.error} />
      <Table
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data}
        data-testid="programmes-table"
        columns={[
          {
            title: tr.name,
            dataIndex: "name",
            render: (name: string, p) => <a onClick={() => setOpen(p.id)}>{name}</a>,
          },
          { title: tr.kind, render: (_, p) => kindLabel(p.kind) },
          { title: tr.level, render: (_, p) => levelLabel(p.level) },
          { title: tr.hours, dataIndex: "hours", align: "right", render: countCell },
          { title: tr.dates, render: (_, p) => `${p.startsOn} ~ ${p.endsOn}` },
          { title: tr.enrolled, render: (_, p) => `${p.enrolled} / ${p.capacity}` },
          {
            title: tr.completed,
            width: 180,
            render: (_, p) => (
              <Progress
                size="small"
                percent={Math.round((p.completed / p.capacity) * 100)}
                format={() => p.completed}
              />
            ),
          },
          { title: tr.organiser, dataIndex: "organiserName" },
        ]}
      />
      {open && <ProgrammeDrawer id={open} onClose={() => setOpen(null)} />}
      {creating && <ProgrammeFormModal onClose={() => setCreating(false)} />}
    </Card>
  );
}
