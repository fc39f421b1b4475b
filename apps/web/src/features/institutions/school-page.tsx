import { useQuery } from "@tanstack/react-query";
import { Card, Descriptions, Empty, Flex, Spin, Table, Tabs, Typography } from "antd";
import { useParams } from "react-router";
import { api } from "../../app/api.ts";
import { t } from "../../app/locale/index.ts";
import { hasPermission } from "../../app/session/permissions.ts";
import { useSession } from "../../app/session/session-context.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { QueryErrorResult } from "../../components/query-error-result.tsx";
import { ClassesEditor } from "../classes/classes-editor.tsx";
import { classYearsQuery, yearClassesQuery } from "../classes/classes.api.ts";
import { DesignationsTable } from "../designations/designations-table.tsx";
import { HealthKpis } from "../student-health/health-dashboard-page.tsx";
import { GradeTable } from "../student-health/health-tables.tsx";
import { reportQuery } from "../student-health/health.api.ts";
import { stageLabel, titleLabel } from "../teachers/teacher-labels.ts";
import { institutionDetails } from "./institution-drawer.tsx";
import { InstitutionHistory } from "./institution-history.tsx";
import { detailQuery } from "./institutions.api.ts";

/**
 * 学校主页: one school and everything the bureau keeps about it — registry facts and history, classes,
 * teachers, 称号与试点 and the health monitoring — one tab each, shown where the account may read them.
 * Reached from the 名录, the 分布图 and a school row in 指标分析.
 */
export function SchoolPage() {
  const { id = "" } = useParams();
  const me = useSession();
  const detail = useQuery(detailQuery(id));
  if (detail.error) return <QueryErrorResult error={detail.error} />;
  if (!detail.data) return <Spin />;
  const school = detail.data;
  const tabs = [
    {
      key: "overview",
      label: t.school.tabs.overview,
      children: (
        <Flex vertical gap={16}>
          <Descriptions column={{ xs: 1, lg: 2 }} size="small" bordered items={institutionDetails(school)} />
          <InstitutionHistory id={id} />
        </Flex>
      ),
    },
    { key: "classes", label: t.school.tabs.classes, children: <SchoolClasses id={id} /> },
    ...(hasPermission(me, "teachers.read")
      ? [{ key: "teachers", label: t.school.tabs.teachers, children: <SchoolTeachers id={id} /> }]
      : []),
    { key: "designations", label: t.school.tabs.designations, children: <SchoolDesignations id={id} /> },
    ...(hasPermission(me, "health.read")
      ? [{ key: "health", label: t.school.tabs.health, children: <SchoolHealth id={id} /> }]
      : []),
  ];
  return (
    <Card data-testid="page-school">
      <Flex vertical gap={4} style={{ marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="school-name">
          {school.name}
        </Typography.Title>
        <Typography.Text type="secondary">
          {[school.district.name, school.street?.name].filter(Boolean).join(" / ")}
        </Typography.Text>
      </Flex>
      <Tabs items={tabs} destroyOnHidden data-testid="school-tabs" />
    </Card>
  );
}

/** The newest school year's classes with their size bands, read-only here (edited in 班级与学生数). */
function SchoolClasses({ id }: { id: string }) {
  const years = useQuery(classYearsQuery(id));
  const latest = years.data?.[0]?.schoolYear;
  const classes = useQuery({ ...yearClassesQuery(id, latest ?? ""), enabled: latest !== undefined });
  if (years.error) return <ErrorAlert error={years.error} />;
  if (!years.data) return <Spin />;
  if (!latest) return <Empty description={t.school.noClasses} />;
  return (
    <Flex vertical gap={8}>
      <Typography.Text strong>{t.school.classesOf(latest)}</Typography.Text>
      <ErrorAlert error={classes.error} />
      {classes.data ? <ClassesEditor data={classes.data} canWrite={false} /> : <Spin />}
    </Flex>
  );
}

function SchoolTeachers({ id }: { id: string }) {
  const list = useQuery({
    queryKey: ["teachers", "list", { institutionId: id, page: 1, pageSize: 200 }],
    queryFn: () =>
      api.GET("/api/teachers", { params: { query: { institutionId: id, page: 1, pageSize: 200 } } }),
  });
  const c = t.teachers.columns;
  return (
    <Flex vertical gap={8}>
      <ErrorAlert error={list.error} />
      <Table
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data?.items}
        pagination={{ pageSize: 20, showTotal: (n) => t.school.teacherCount(n) }}
        columns={[
          { title: c.name, dataIndex: "name" },
          { title: c.subject, dataIndex: "subject" },
          { title: c.stage, render: (_, row) => stageLabel(row.stage) },
          { title: c.title, render: (_, row) => titleLabel(row.title) },
        ]}
        data-testid="school-teachers"
      />
    </Flex>
  );
}

function SchoolDesignations({ id }: { id: string }) {
  const list = useQuery({
    queryKey: ["designations", "list", { institutionId: id }],
    queryFn: () =>
      api.GET("/api/designations", { params: { query: { institutionId: id, page: 1, pageSize: 100 } } }),
  });
  return (
    <DesignationsTable
      data={list.data}
      loading={list.isPending}
      page={1}
      pageSize={100}
      onPageChange={() => undefined}
      canWrite={false}
      onOpen={() => undefined}
    />
  );
}

function SchoolHealth({ id }: { id: string }) {
  const report = useQuery(reportQuery({ unitId: id }));
  if (report.error) return <ErrorAlert error={report.error} />;
  if (!report.data) return <Spin />;
  if (report.data.overall.current.screened === 0 && report.data.overall.current.tested === 0)
    return <Empty description={t.school.noHealth} />;
  return (
    <Flex vertical gap={12}>
      <Typography.Text strong>{t.school.healthOf(report.data.schoolYear)}</Typography.Text>
      <HealthKpis report={report.data} />
      <GradeTable lines={report.data.byGrade} />
    </Flex>
  );
}
