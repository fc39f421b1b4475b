import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Result,
  Select,
  Space,
  Tag,
} from "antd";
import { useState } from "react";
import { api } from "../../app/api.ts";
import type { ApiBody } from "../../app/api-contract.ts";
import { ApiError } from "../../app/api-error.ts";
import { t } from "../../app/locale/index.ts";
import { showFormError } from "../../components/show-error.ts";
import { RuralExperienceSection } from "./rural-experience.tsx";
import { TeacherProfile } from "./teacher-detail-drawer.tsx";
import { TrainingCredits } from "./training-credits.tsx";
import { teacherKeys } from "./teachers.api.ts";

type CorrectionInput = ApiBody<"/api/teachers/me/corrections", "post">;
type ExternalInput = ApiBody<"/api/training/me/external", "post">;

const m = t.teachers.mine;

function RequestModal({ kind, onClose }: { kind: "correction" | "external"; onClose: () => void }) {
  // One form for both requests: the fields shown are those of the chosen kind.
  const [form] = Form.useForm<CorrectionInput | ExternalInput>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (v: CorrectionInput | ExternalInput) =>
      kind === "correction"
        ? api.POST("/api/teachers/me/corrections", { body: v as CorrectionInput })
        : api.POST("/api/training/me/external", { body: v as ExternalInput }),
    onSuccess: async () => {
      void message.success(kind === "correction" ? m.correctionSent : m.externalSent);
      await queryClient.invalidateQueries({ queryKey: teacherKeys.all });
      onClose();
    },
    onError: (error) => showFormError({ error, form, message }),
  });
  const required = [{ required: true, message: t.teachers.required }];
  return (
    <Modal
      open
      title={kind === "correction" ? m.requestCorrection : m.submitExternal}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
    >
      <Form form={form} layout="vertical" onFinish={(v) => mutation.mutate(v)}>
        {kind === "correction" ? (
          <>
            <Form.Item name="field" label={m.correctionField} rules={required}>
              <Select
                options={Object.entries(t.teachers.correctionFields).map(([value, label]) => ({
                  value,
                  label,
                }))}
              />
            </Form.Item>
            <Form.Item name="requestedValue" label={m.requestedValue} rules={required}>
              <Input />
            </Form.Item>
            <Form.Item name="reason" label={m.reason} rules={required}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item name="title" label={m.externalTitle} rules={required}>
              <Input />
            </Form.Item>
            <Form.Item name="hours" label={t.teachers.training.hours} rules={required}>
              <InputNumber min={1} max={200} />
            </Form.Item>
            <Form.Item name="creditedOn" label={m.creditedOn} rules={required}>
              <Input placeholder="YYYY-MM-DD" />
            </Form.Item>
            <Form.Item name="evidence" label={t.teachers.training.evidence} rules={required}>
              <Input />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

/** 我的档案: a teacher's own record, hours and registration status; corrections go to the school. */
export function MyRecordPage() {
  const me = useQuery({
    queryKey: teacherKeys.me(),
    queryFn: () => api.GET("/api/teachers/me"),
    retry: false,
  });
  const status = useQuery({
    queryKey: [...teacherKeys.me(), "registration"],
    queryFn: () => api.GET("/api/registration/me"),
    enabled: me.isSuccess,
  });
  const [dialog, setDialog] = useState<"correction" | "external" | null>(null);
  if (me.error instanceof ApiError && me.error.status === 404)
    return <Result status="info" title={m.notLinked} />;
  const evaluation = status.data?.evaluation;
  return (
    <Card
      data-testid="page-my-record"
      title={m.title}
      extra={
        <Space>
          <Button onClick={() => setDialog("external")} data-testid="submit-external">
            {m.submitExternal}
          </Button>
          <Button onClick={() => setDialog("correction")} data-testid="request-correction">
            {m.requestCorrection}
          </Button>
        </Space>
      }
    >
      {status.data && (
        <Descriptions
          size="small"
          bordered
          column={3}
          title={m.registrationTitle}
          style={{ marginBottom: 16 }}
          data-testid="my-registration"
        >
          <Descriptions.Item label={m.registeredOn}>{status.data.registeredOn ?? "—"}</Descriptions.Item>
          <Descriptions.Item label={m.dueYear}>{status.data.dueYear ?? "—"}</Descriptions.Item>
          <Descriptions.Item label={t.teachers.registration.hours}>
            {evaluation?.hours ? m.cycleHours(evaluation.hours.counted, evaluation.hours.required) : "—"}
          </Descriptions.Item>
          {evaluation && (
            <Descriptions.Item label={m.projected} span={3}>
              <Tag
                color={
                  evaluation.outcome === "passed" ? "green" : evaluation.outcome === "failed" ? "red" : "gold"
                }
              >
                {evaluation.outcomeLabel}
              </Tag>
              {evaluation.reasons.join("；")}
            </Descriptions.Item>
          )}
        </Descriptions>
      )}
      {me.data && <TeacherProfile teacher={me.data} />}
      {me.data && me.data.corrections.length > 0 && (
        <Alert
          style={{ marginTop: 16 }}
          type="info"
          title={m.myCorrections}
          description={me.data.corrections
            .map(
              (c) =>
                `${t.teachers.correctionFields[c.field] ?? c.field}：${c.requestedValue}（${m.correctionStatus[c.status] ?? c.status}）`,
            )
            .join("；")}
        />
      )}
      {me.data && <TrainingCredits teacherId="me" />}
      {me.data && <RuralExperienceSection teacherId="me" canApply />}
      {dialog && <RequestModal kind={dialog} onClose={() => setDialog(null)} />}
    </Card>
  );
}
