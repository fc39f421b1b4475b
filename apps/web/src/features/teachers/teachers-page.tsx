import { DownloadOutlined, PlusOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Button, Card, Flex, Input, Select, Space, Table } from "antd";
import { TEACHER_POST_LABELS, TEACHER_TITLE_LABELS, TEACHING_STAGE_LABELS } from "@edubureau/domain/teachers";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { t } from "../../app/locale/index.ts";
import { useSession } from "../../app/session/session-context.ts";
import { hasPermission } from "../../app/session/permissions.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { TeacherCorrections } from "./teacher-corrections.tsx";
import { TeacherDetailDrawer } from "./teacher-detail-drawer.tsx";
import { TeacherFormModal } from "./teacher-form-modal.tsx";
import { TeacherImport } from "./teacher-import.tsx";
import { employmentLabel, options, postLabel, stageLabel, titleLabel } from "./teacher-labels.ts";
import { teachersQuery, type TeacherFilters } from "./teachers.api.ts";

const c = t.teachers.columns;
const EMPTY: TeacherFilters = { q: "", subject: "", stage: "", title: "", post: "" };

/**
 * 教师名录: the teachers of the account's scope, masked ID numbers, import/export and corrections; a
 * teacher's card opens from the list or from the address (`?teacher=<id>`).
 */
export function TeachersPage() {
  const me = useSession();
  const canWrite = hasPermission(me, "teachers.write");
  const [filters, setFilters] = useState<TeacherFilters>(EMPTY);
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const list = useQuery(teachersQuery({ ...filters, ...page }));
  // The open teacher is in the address (?teacher=…), so the global search can link to one.
  const [params, setParams] = useSearchParams();
  const open = params.get("teacher");
  const setOpen = (id: string | null) => setParams(id ? { teacher: id } : {});
  const [adding, setAdding] = useState(false);
  const set = (patch: Partial<TeacherFilters>) => {
    setFilters({ ...filters, ...patch });
    setPage({ ...page, page: 1 });
  };
  const select = (key: keyof TeacherFilters, labels: Record<string, string>, label: string) => (
    <Select
      allowClear
      placeholder={label}
      style={{ width: 130 }}
      value={filters[key] || undefined}
      onChange={(v?: string) => set({ [key]: v ?? "" })}
      options={options(labels)}
    />
  );

  return (
    <Card data-testid="page-teachers">
      {canWrite && <TeacherCorrections />}
      <Flex justify="space-between" wrap gap={12} style={{ marginBottom: 16 }}>
        <Space wrap>
          <Input.Search
            allowClear
            placeholder={t.teachers.search}
            style={{ width: 220 }}
            onSearch={(q) => set({ q })}
            data-testid="teachers-search"
          />
          {select("stage", TEACHING_STAGE_LABELS, c.stage)}
          {select("title", TEACHER_TITLE_LABELS, c.title)}
          {select("post", TEACHER_POST_LABELS, c.post)}
          <Input
            allowClear
            placeholder={c.subject}
            style={{ width: 120 }}
            onChange={(e) => set({ subject: e.target.value.trim() })}
          />
        </Space>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href="/api/teachers/export">
            {t.teachers.exportExcel}
          </Button>
          {canWrite && <TeacherImport />}
          {canWrite && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setAdding(true)}
              data-testid="teachers-add"
            >
              {t.teachers.add}
            </Button>
          )}
        </Space>
      </Flex>
      <ErrorAlert error={list.error} />
      <Table
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items}
        data-testid="teachers-table"
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total ?? 0,
          showTotal: (n) => `共 ${n} 人`,
          onChange: (p, size) => setPage({ page: size === page.pageSize ? p : 1, pageSize: size }),
        }}
        columns={[
          { title: c.teacherNumber, dataIndex: "teacherNumber", width: 150 },
          {
            title: c.name,
            dataIndex: "name",
            render: (name: string, row) => <a onClick={() => setOpen(row.id)}>{name}</a>,
          },
          { title: c.idNumber, dataIndex: "idNumber" },
          { title: c.institution, render: (_, row) => row.institution.name },
          { title: c.post, render: (_, row) => postLabel(row.post) },
          { title: c.subject, dataIndex: "subject" },
          { title: c.stage, render: (_, row) => stageLabel(row.stage) },
          { title: c.title, render: (_, row) => titleLabel(row.title) },
          { title: c.employment, render: (_, row) => employmentLabel(row.employment) },
          { title: c.registeredOn, dataIndex: "registeredOn" },
        ]}
      />
      {open && <TeacherDetailDrawer id={open} onClose={() => setOpen(null)} />}
      {adding && <TeacherFormModal onClose={() => setAdding(false)} />}
    </Card>
  );
}
