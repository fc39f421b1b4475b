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
import { teachersQuery, type Teacher, type TeacherFilters, type TeacherSort } from "./teachers.api.ts";
import {
  codeColumn,
  pageChange,
  serverPagination,
  serverSorter,
  sortable,
  type SortKey,
} from "../../components/pagination.ts";
import { NO_SCOPE_FILTER, ScopeFilters, useScopeSize } from "../../components/scope-filters.tsx";

const c = t.teachers.columns;
const EMPTY: TeacherFilters = { q: "", subject: "", stage: "", title: "", post: "", ...NO_SCOPE_FILTER };
/** Below this many teachers (with no filter set) the attribute filters could not narrow anything useful. */
const FEW_ROWS = 10;

/**
 * 教师名录: the teachers of the account's scope, masked ID numbers, import/export and corrections; a
 * teacher's card opens from the list or from the address (`?teacher=<id>`).
 */
export function TeachersPage() {
  const me = useSession();
  const canWrite = hasPermission(me, "teachers.write");
  const [filters, setFilters] = useState<TeacherFilters>(EMPTY);
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [sort, setSort] = useState<TeacherSort>({});
  const list = useQuery(teachersQuery({ ...filters, ...page, ...sort }));
  const filtered = Object.values(filters).some((v) => v !== "");
  const fewRows = !filtered && list.data !== undefined && list.data.total <= FEW_ROWS;
  // The district column tells rows apart only when the page holds more than one district.
  // A school's own list needs no school or district column; a district's no district column.
  const scopeSize = useScopeSize();
  const showDistrict = (scopeSize?.districts ?? 0) > 1;
  const showSchool = (scopeSize?.schools ?? 0) > 1;
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
          <ScopeFilters value={filters} onChange={(scope) => set(scope)} testId="teachers-filter" />
          {!fewRows && (
            <>
              {select("stage", TEACHING_STAGE_LABELS, c.stage)}
              {select("title", TEACHER_TITLE_LABELS, c.title)}
              {select("post", TEACHER_POST_LABELS, c.post)}
              <Input
                allowClear
                placeholder={c.subject}
                style={{ width: 120 }}
                onChange={(e) => set({ subject: e.target.value.trim() })}
              />
            </>
          )}
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
        scroll={{ x: "max-content" }}
        pagination={{
          ...serverPagination(page.page, page.pageSize, list.data?.total, pageChange(page.pageSize, setPage)),
          showTotal: (n) => t.teachers.total(n),
        }}
        onChange={serverSorter<SortKey<TeacherSort>>((next) => {
          setSort(next);
          setPage({ ...page, page: 1 });
        })}
        columns={[
          {
            title: c.teacherNumber,
            dataIndex: "teacherNumber",
            width: 160,
            ...codeColumn,
            ...sortable("teacherNumber", sort),
          },
          {
            title: c.name,
            dataIndex: "name",
            width: 100,
            ...sortable("name", sort),
            render: (name: string, row) => <a onClick={() => setOpen(row.id)}>{name}</a>,
          },
          { title: c.idNumber, dataIndex: "idNumber", width: 170, ...codeColumn },
          ...(showSchool
            ? [
                {
                  title: c.institution,
                  width: 200,
                  ellipsis: true,
                  ...sortable("institution", sort),
                  render: (_: unknown, row: Teacher) => row.institution.name,
                },
              ]
            : []),
          ...(showDistrict
            ? [
                {
                  title: c.district,
                  width: 110,
                  ...sortable("district", sort),
                  render: (_: unknown, row: Teacher) => row.district.name,
                },
              ]
            : []),
          { title: c.post, width: 90, render: (_, row) => postLabel(row.post) },
          {
            title: c.subject,
            dataIndex: "subject",
            width: 110,
            ellipsis: true,
            ...sortable("subject", sort),
          },
          { title: c.stage, width: 80, render: (_, row) => stageLabel(row.stage) },
          {
            title: c.title,
            width: 110,
            ...sortable("title", sort),
            render: (_, row) => titleLabel(row.title),
          },
          { title: c.employment, width: 80, render: (_, row) => employmentLabel(row.employment) },
          {
            title: c.registeredOn,
            dataIndex: "registeredOn",
            width: 120,
            ...codeColumn,
            ...sortable("registeredOn", sort),
          },
        ]}
      />
      {open && <TeacherDetailDrawer id={open} onClose={() => setOpen(null)} />}
      {adding && <TeacherFormModal onClose={() => setAdding(false)} />}
    </Card>
  );
}
