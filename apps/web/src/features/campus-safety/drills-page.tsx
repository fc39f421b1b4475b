import { useQuery } from "@tanstack/react-query";
import { Button, Card, DatePicker, Flex, Form, Input, InputNumber, Select, Table, Tag } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { DRILL_TYPE_LABELS, DRILL_TYPES, type DrillType } from "@edubureau/domain/campus-safety";
import { t } from "../../app/locale/index.ts";
import { QueryErrorResult } from "../../components/query-error-result.tsx";
import { drillsQuery, recordDrill, recordLesson } from "./campus-safety.api.ts";
import { SafetyFormModal, SchoolField } from "./safety-form.tsx";

/** Drills per school this term against the required number, the drills held and the safety lessons logged. */
export function DrillsPage() {
  const c = t.campusSafety.drills;
  const data = useQuery(drillsQuery());
  const [adding, setAdding] = useState<"drill" | "lesson" | null>(null);
  if (data.error) return <QueryErrorResult error={data.error} />;
  return (
    <Card
      title={data.data ? c.title(data.data.termLabel) : c.titlePlain}
      data-testid="page-campus-safety-drills"
      extra={
        <Flex gap={8} wrap justify="flex-end">
          <Button onClick={() => setAdding("lesson")} data-testid="lesson-add">
            {c.addLesson}
          </Button>
          <Button type="primary" onClick={() => setAdding("drill")} data-testid="drill-add">
            {c.add}
          </Button>
        </Flex>
      }
    >
      <Table
        size="small"
        rowKey={(r) => r.school.id}
        loading={data.isLoading}
        dataSource={data.data?.perSchool ?? []}
        scroll={{ x: "max-content" }}
        columns={[
          { title: c.district, dataIndex: "districtName" },
          { title: c.school, render: (_, r) => r.school.name },
          { title: c.held, dataIndex: "held" },
          { title: c.required, dataIndex: "required" },
          {
            title: c.status,
            render: (_, r) =>
              r.shortfall > 0 ? (
                <Tag color="orange">{c.short(r.shortfall)}</Tag>
              ) : (
                <Tag color="green">{c.met}</Tag>
              ),
          },
          { title: c.lessons, dataIndex: "lessons" },
        ]}
      />
      <Table
        style={{ marginTop: 16 }}
        size="small"
        rowKey="id"
        title={() => c.records}
        dataSource={data.data?.drills ?? []}
        scroll={{ x: "max-content" }}
        columns={[
          { title: c.school, render: (_, r) => r.school.name },
          { title: c.type, dataIndex: "drillTypeLabel" },
          { title: c.heldOn, dataIndex: "heldOn" },
          { title: c.participants, dataIndex: "participants" },
          { title: c.problems, dataIndex: "problems" },
        ]}
      />
      <Table
        style={{ marginTop: 16 }}
        size="small"
        rowKey="id"
        title={() => c.lessonRecords}
        dataSource={data.data?.lessons ?? []}
        scroll={{ x: "max-content" }}
        columns={[
          { title: c.school, render: (_, r) => r.school.name },
          { title: c.lessonTopic, dataIndex: "topic" },
          { title: c.heldOn, dataIndex: "heldOn" },
          { title: c.grade, dataIndex: "grade" },
          { title: c.participants, dataIndex: "participants" },
        ]}
      />
      {adding === "drill" && <DrillModal onClose={() => setAdding(null)} />}
      {adding === "lesson" && <LessonModal onClose={() => setAdding(null)} />}
    </Card>
  );
}

interface DrillValues {
  schoolId: string;
  drillType: DrillType;
  heldOn: Dayjs;
  participants: number;
  problems?: string;
}

function DrillModal({ onClose }: { onClose: () => void }) {
  const c = t.campusSafety.drills;
  return (
    <SafetyFormModal<DrillValues>
      title={c.add}
      onClose={onClose}
      testId="drill-form"
      initialValues={{ heldOn: dayjs() }}
      save={(v) => recordDrill({ ...v, heldOn: v.heldOn.format("YYYY-MM-DD"), problems: v.problems ?? "" })}
    >
      <SchoolField label={c.school} required={c.schoolRequired} />
      <Form.Item name="drillType" label={c.type} rules={[{ required: true, message: c.typeRequired }]}>
        <Select options={DRILL_TYPES.map((value) => ({ value, label: DRILL_TYPE_LABELS[value] }))} />
      </Form.Item>
      <HeldOnField />
      <ParticipantsField />
      <Form.Item name="problems" label={c.problems}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
    </SafetyFormModal>
  );
}

interface LessonValues {
  schoolId: string;
  topic: string;
  heldOn: Dayjs;
  grade?: string;
  participants: number;
}

/** 安全教育课: a lesson a school held (topic, date, grade, participants). */
function LessonModal({ onClose }: { onClose: () => void }) {
  const c = t.campusSafety.drills;
  return (
    <SafetyFormModal<LessonValues>
      title={c.addLesson}
      onClose={onClose}
      testId="lesson-form"
      initialValues={{ heldOn: dayjs() }}
      save={(v) => recordLesson({ ...v, heldOn: v.heldOn.format("YYYY-MM-DD"), grade: v.grade ?? "" })}
    >
      <SchoolField label={c.school} required={c.schoolRequired} />
      <Form.Item
        name="topic"
        label={c.lessonTopic}
        rules={[{ required: true, whitespace: true, message: c.lessonTopicRequired }]}
      >
        <Input maxLength={100} data-testid="lesson-topic" />
      </Form.Item>
      <HeldOnField />
      <Form.Item name="grade" label={c.grade}>
        <Input maxLength={50} placeholder={c.gradePlaceholder} />
      </Form.Item>
      <ParticipantsField />
    </SafetyFormModal>
  );
}

function HeldOnField() {
  const c = t.campusSafety.drills;
  return (
    <Form.Item name="heldOn" label={c.heldOn} rules={[{ required: true, message: c.dateRequired }]}>
      <DatePicker style={{ width: "100%" }} disabledDate={(d) => d.isAfter(dayjs(), "day")} />
    </Form.Item>
  );
}

function ParticipantsField() {
  const c = t.campusSafety.drills;
  return (
    <Form.Item
      name="participants"
      label={c.participants}
      rules={[{ required: true, message: c.participantsRequired }]}
    >
      <InputNumber min={1} style={{ width: "100%" }} inputMode="numeric" data-testid="participants" />
    </Form.Item>
  );
}
