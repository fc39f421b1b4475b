import { DownloadOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import {
  Alert,
  Button,
  Descriptions,
  Drawer,
  Flex,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Typography,
} from "antd";
import type { TableColumnsType } from "antd";
import { useState } from "react";
import { t } from "../../app/locale/index.ts";
import { useSession } from "../../app/session/session-context.ts";
import { hasPermission } from "../../app/session/permissions.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { recordQuery } from "../student-health/health.api.ts";
import { HealthRecordView } from "../student-health/health-record-view.tsx";
import { StudentImport } from "./student-import.tsx";
import { exportUrl, fetchPersonal, studentKeys, studentsQuery, type StudentView } from "./students.api.ts";

const GRADE_OPTIONS = [
  "一年级",
  "二年级",
  "三年级",
  "四年级",
  "五年级",
  "六年级",
  "初一",
  "初二",
  "初三",
  "高一",
  "高二",
  "高三",
].map((label, i) => ({ value: i + 1, label }));

function PersonalModal({ student, onClose }: { student: StudentView; onClose: () => void }) {
  const personal = useQuery({
    queryKey: [...studentKeys.all, "personal", student.id],
    queryFn: () => fetchPersonal(student.id),
    gcTime: 0,
    staleTime: 0,
  });
  return (
    <Modal open title={t.health.personalTitle} onCancel={onClose} footer={null}>
      <ErrorAlert error={personal.error} />
      {personal.data && (
        <Descriptions column={1} size="small" bordered data-testid="student-personal">
          <Descriptions.Item label={t.health.studentNo}>{personal.data.studentNo}</Descriptions.Item>
          <Descriptions.Item label={t.health.name}>{personal.data.name}</Descriptions.Item>
          <Descriptions.Item label={t.health.birthDate}>{personal.data.birthDate}</Descriptions.Item>
          <Descriptions.Item label={t.health.idNumber}>{personal.data.idNumber ?? "—"}</Descriptions.Item>
        </Descriptions>
      )}
    </Modal>
  );
}

function RecordDrawer({ student, onClose }: { student: StudentView; onClose: () => void }) {
  const record = useQuery(recordQuery(student.id));
  return (
    <Drawer open size="large" title={t.health.recordTitle(student.name)} onClose={onClose}>
      <ErrorAlert error={record.error} />
      {record.data && <HealthRecordView record={record.data} />}
    </Drawer>
  );
}

/** 学生学籍: the student list in scope, masked; full data on request (audited); Excel in and out. */
export function StudentsPage() {
  const me = useSession();
  const canPersonal = hasPermission(me, "students.personal");
  const canWrite = hasPermission(me, "students.write");
  const canHealth = hasPermission(me, "health.read");
  const [q, setQ] = useState("");
  const [grade, setGrade] = useState<number | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [personal, setPersonal] = useState<StudentView | null>(null);
  const [record, setRecord] = useState<StudentView | null>(null);
  const list = useQuery(studentsQuery({ q: q || undefined, grade }, page, pageSize));

  const columns: TableColumnsType<StudentView> = [
    { title: t.health.studentNo, dataIndex: "studentNo", width: 210 },
    { title: t.health.name, dataIndex: "name", width: 90 },
    { title: t.health.sex, dataIndex: "sex", width: 60, render: (s: string) => t.health.sexes[s] },
    { title: t.health.birthDate, dataIndex: "birthDate", width: 110 },
    { title: t.health.school, dataIndex: "institutionName" },
    { title: t.health.grade, dataIndex: "gradeLabel", width: 80 },
    { title: t.health.className, dataIndex: "className", width: 90 },
    {
      title: t.common.actions,
      key: "actions",
      width: 200,
      render: (_, s) => (
        <Space>
          {canHealth && (
            <a onClick={() => setRecord(s)} data-testid={`student-record-${s.id}`}>
              {t.health.record}
            </a>
          )}
          {canPersonal && <a onClick={() => setPersonal(s)}>{t.health.showPersonal}</a>}
        </Space>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="students-page">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t.health.studentsTitle}
        </Typography.Title>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={exportUrl(false, grade)}>
            {t.health.exportMasked}
          </Button>
          {canPersonal && (
            <Button icon={<DownloadOutlined />} href={exportUrl(true, grade)}>
              {t.health.exportFull}
            </Button>
          )}
          {canWrite && <StudentImport />}
        </Space>
      </Flex>
      <Alert type="info" showIcon title={t.health.maskedNote} />
      <Space wrap>
        <Input.Search
          allowClear
          placeholder={t.health.searchPlaceholder}
          style={{ width: 260 }}
          onSearch={(value) => {
            setQ(value.trim());
            setPage(1);
          }}
        />
        <Select
          allowClear
          placeholder={t.health.allGrades}
          style={{ width: 140 }}
          options={GRADE_OPTIONS}
          value={grade}
          onChange={(value: number | undefined) => {
            setGrade(value);
            setPage(1);
          }}
        />
      </Space>
      <ErrorAlert error={list.error} />
      <Table<StudentView>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.items ?? []}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showTotal: (n) => t.common.total(n),
          onChange: (p, size) => {
            setPage(p);
            setPageSize(size);
          },
        }}
        data-testid="students-table"
      />
      {personal && <PersonalModal student={personal} onClose={() => setPersonal(null)} />}
      {record && <RecordDrawer student={record} onClose={() => setRecord(null)} />}
    </Space>
  );
}
