import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  App,
  Button,
  Descriptions,
  Divider,
  Drawer,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
} from "antd";
import { useState } from "react";
import { api } from "../../app/api.ts";
import { t } from "../../app/locale/index.ts";
import { showError, showFormError } from "../../components/show-error.ts";
import { TeacherSelect } from "./teacher-select.tsx";

export interface Studio {
  id: string;
  type: string;
  name: string;
  establishment: string;
  year: number;
  leaderName: string;
  institutionName: string;
  members: number;
  latestAssessment: { year: number; grade: string } | null;
}
interface AssessValues {
  year: number;
  grade: "excellent" | "pass" | "fail";
  note?: string;
}

const h = t.teachers.honours;
const s = t.teachers.studio;

function AddMember({ studioId }: { studioId: string }) {
  const [teacherId, setTeacherId] = useState<string>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (id: string) =>
      api.post<{ added: number }>(`/api/honours/studios/${studioId}/members`, { teacherIds: [id] }),
    onSuccess: async (r) => {
      void message.success(s.added(r.added));
      setTeacherId(undefined);
      await queryClient.invalidateQueries({ queryKey: ["honours", "studios"] });
    },
    onError: (error) => showError({ error, message }),
  });
  return (
    <Space.Compact style={{ width: "100%" }} data-testid="studio-add-member">
      <div style={{ flex: 1 }}>
        <TeacherSelect value={teacherId} onChange={setTeacherId} />
      </div>
      <Button
        type="primary"
        disabled={!teacherId}
        loading={mutation.isPending}
        onClick={() => teacherId && mutation.mutate(teacherId)}
        data-testid="studio-add-member-submit"
      >
        {s.addMember}
      </Button>
    </Space.Compact>
  );
}

function AssessForm({ studio }: { studio: Studio }) {
  const [form] = Form.useForm<AssessValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (v: AssessValues) => api.put(`/api/honours/studios/${studio.id}/assessments`, v),
    onSuccess: async () => {
      void message.success(t.teachers.saved);
      await queryClient.invalidateQueries({ queryKey: ["honours", "studios"] });
    },
    onError: (error) => showFormError({ error, form, message }),
  });
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ year: Math.max(studio.year, new Date().getFullYear() - 1), grade: "pass" }}
      onFinish={(v) => mutation.mutate(v)}
      data-testid="studio-assess-form"
    >
      <Space align="start">
        <Form.Item
          name="year"
          label={s.assessYear}
          rules={[{ required: true, message: t.teachers.required }]}
        >
          <InputNumber min={studio.year} max={2100} />
        </Form.Item>
        <Form.Item name="grade" label={s.grade}>
          <Select
            style={{ width: 120 }}
            options={Object.entries(h.grades).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
      </Space>
      <Form.Item name="note" label={s.note}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        loading={mutation.isPending}
        data-testid="studio-assess-submit"
      >
        {s.assess}
      </Button>
    </Form>
  );
}

/** One studio: who leads it, how many members, the latest assessment; the division adds members and assesses. */
export function StudioDrawer({
  studio,
  canManage,
  onClose,
}: {
  studio: Studio;
  canManage: boolean;
  onClose: () => void;
}) {
  return (
    <Drawer open width={560} title={s.drawerTitle(studio.name)} onClose={onClose} data-testid="studio-drawer">
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={h.studioType}>{studio.type}</Descriptions.Item>
        <Descriptions.Item
          label={h.establishment}
        >{`${studio.year} 年${studio.establishment}`}</Descriptions.Item>
        <Descriptions.Item
          label={h.leader}
        >{`${studio.leaderName}（${studio.institutionName}）`}</Descriptions.Item>
        <Descriptions.Item label={h.members}>{s.membersCount(studio.members)}</Descriptions.Item>
        <Descriptions.Item label={s.latest}>
          {studio.latestAssessment
            ? `${studio.latestAssessment.year} ${h.grades[studio.latestAssessment.grade] ?? ""}`
            : h.none}
        </Descriptions.Item>
      </Descriptions>
      {canManage && (
        <>
          <Divider titlePlacement="start">{s.addMember}</Divider>
          <AddMember studioId={studio.id} />
          <Alert type="info" showIcon title={s.noRemove} style={{ marginTop: 8 }} />
          <Divider titlePlacement="start">{s.assess}</Divider>
          <Alert type="info" showIcon title={s.noHistory} style={{ marginBottom: 12 }} />
          <AssessForm studio={studio} />
        </>
      )}
    </Drawer>
  );
}
