import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
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
  Popconfirm,
  Select,
  Space,
  Spin,
  Table,
  Tag,
} from "antd";
import { useState } from "react";
import { api } from "../../app/api.ts";
import type { ApiBody } from "../../app/api-contract.ts";
import { t } from "../../app/locale/index.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { showError, showFormError } from "../../components/show-error.ts";
import { postLabel, titleLabel } from "./teacher-labels.ts";
import { TeacherSelect } from "./teacher-select.tsx";
import {
  addStudioMember,
  honourKeys,
  removeStudioMember,
  studioQuery,
  type StudioDetail,
  type StudioMember,
} from "./teachers.api.ts";

type AssessValues = ApiBody<"/api/honours/studios/{id}/assessments", "put">;

const h = t.teachers.honours;
const s = t.teachers.studio;
const c = t.teachers.columns;

/** After a change: the list's counts and this studio's detail. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: honourKeys.studios() });
}

function AddMember({ studioId }: { studioId: string }) {
  const [teacherId, setTeacherId] = useState<string>();
  const { message } = App.useApp();
  const refresh = useRefresh();
  const mutation = useMutation({
    mutationFn: (id: string) => addStudioMember(studioId, id),
    onSuccess: async (r) => {
      void message.success(s.added(r.added));
      setTeacherId(undefined);
      await refresh();
    },
    onError: (error) => showError({ error, message }),
  });
  return (
    <Space.Compact style={{ width: "100%" }} data-testid="studio-add-member">
      <TeacherSelect value={teacherId} onChange={setTeacherId} style={{ width: "100%" }} />
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

function Members({ studio, canManage }: { studio: StudioDetail; canManage: boolean }) {
  const { message } = App.useApp();
  const refresh = useRefresh();
  const remove = useMutation({
    mutationFn: (m: StudioMember) => removeStudioMember(studio.id, m.teacherId),
    onSuccess: async (_, m) => {
      void message.success(s.removed(m.name));
      await refresh();
    },
    onError: (error) => showError({ error, message }),
  });
  return (
    <Table
      rowKey="teacherId"
      size="small"
      pagination={false}
      dataSource={studio.members}
      data-testid="studio-members"
      columns={[
        { title: c.teacherNumber, dataIndex: "teacherNumber" },
        {
          title: c.name,
          render: (_, m) => (
            <Space size={4}>
              {m.name}
              {m.leader && <Tag color="gold">{s.leaderTag}</Tag>}
            </Space>
          ),
        },
        { title: c.institution, dataIndex: "institutionName" },
        { title: c.post, render: (_, m) => postLabel(m.post) },
        { title: c.title, render: (_, m) => titleLabel(m.title) },
        ...(canManage
          ? [
              {
                title: c.actions,
                render: (_: unknown, m: StudioMember) =>
                  !m.leader && (
                    <Popconfirm
                      title={s.removeConfirm(m.name)}
                      okButtonProps={{ danger: true, "data-testid": "studio-remove-confirm" }}
                      onConfirm={() => remove.mutate(m)}
                    >
                      <Button
                        type="link"
                        danger
                        size="small"
                        loading={remove.isPending && remove.variables.teacherId === m.teacherId}
                        data-testid={`studio-remove-${m.teacherNumber}`}
                      >
                        {s.remove}
                      </Button>
                    </Popconfirm>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}

function AssessForm({ studio }: { studio: StudioDetail }) {
  const [form] = Form.useForm<AssessValues>();
  const { message } = App.useApp();
  const refresh = useRefresh();
  const mutation = useMutation({
    mutationFn: (v: AssessValues) =>
      api.PUT("/api/honours/studios/{id}/assessments", { params: { path: { id: studio.id } }, body: v }),
    onSuccess: async () => {
      void message.success(t.teachers.saved);
      await refresh();
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
      <Alert type="info" showIcon title={s.overwriteHint} style={{ marginBottom: 12 }} />
      <Space align="start">
        <Form.Item
          name="year"
          label={s.assessYear}
          rules={[{ required: true, message: t.teachers.required }]}
        >
          <InputNumber min={studio.year} max={2100} data-testid="studio-assess-year" />
        </Form.Item>
        <Form.Item name="grade" label={s.grade}>
          <Select
            style={{ width: 120 }}
            options={Object.entries(h.grades).map(([value, label]) => ({ value, label }))}
            data-testid="studio-assess-grade"
          />
        </Form.Item>
      </Space>
      <Form.Item name="note" label={s.note}>
        <Input.TextArea rows={2} maxLength={500} data-testid="studio-assess-note" />
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

/** One studio: leader, members (the division adds and removes them), and the annual assessments. */
export function StudioDrawer({
  studioId,
  canManage,
  onClose,
}: {
  studioId: string;
  canManage: boolean;
  onClose: () => void;
}) {
  const detail = useQuery(studioQuery(studioId));
  const studio = detail.data;
  return (
    <Drawer
      open
      size={720}
      title={studio ? s.drawerTitle(studio.name) : h.studios}
      onClose={onClose}
      data-testid="studio-drawer"
    >
      <ErrorAlert error={detail.error} />
      {detail.isPending && <Spin />}
      {studio && (
        <>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={h.studioType}>{studio.type}</Descriptions.Item>
            <Descriptions.Item
              label={h.establishment}
            >{`${studio.year} 年${studio.establishment}`}</Descriptions.Item>
            <Descriptions.Item label={h.leader}>
              {`${studio.leaderName}（${studio.institutionName}）`}
            </Descriptions.Item>
            <Descriptions.Item label={h.members}>{s.membersCount(studio.members.length)}</Descriptions.Item>
          </Descriptions>
          <Divider titlePlacement="start">{s.membersTitle}</Divider>
          <Members studio={studio} canManage={canManage} />
          {canManage && (
            <div style={{ marginTop: 12 }}>
              <AddMember studioId={studio.id} />
            </div>
          )}
          <Divider titlePlacement="start">{s.history}</Divider>
          <Table
            rowKey="year"
            size="small"
            pagination={false}
            dataSource={studio.assessments}
            locale={{ emptyText: s.noAssessments }}
            data-testid="studio-assessments"
            columns={[
              { title: s.assessYear, dataIndex: "year", width: 100 },
              {
                title: s.grade,
                width: 100,
                render: (_, a) => (
                  <Tag color={a.grade === "fail" ? "red" : a.grade === "excellent" ? "green" : "blue"}>
                    {h.grades[a.grade] ?? a.grade}
                  </Tag>
                ),
              },
              { title: s.note, render: (_, a) => a.note ?? h.none },
            ]}
          />
          {canManage && (
            <>
              <Divider titlePlacement="start">{s.assess}</Divider>
              <AssessForm studio={studio} />
            </>
          )}
        </>
      )}
    </Drawer>
  );
}
