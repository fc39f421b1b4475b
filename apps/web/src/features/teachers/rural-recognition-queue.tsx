import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Form, Input, Modal, Popconfirm, Segmented, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { api } from "../../app/api.ts";
import { t } from "../../app/locale/index.ts";
import { useSession } from "../../app/session/session-context.ts";
import { hasPermission } from "../../app/session/permissions.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { showError, showFormError } from "../../components/show-error.ts";
import { monthsLabel, recognitionStatusColor } from "./rural-experience.tsx";
import { employmentLabel } from "./teacher-labels.ts";
import { teacherKeys, type RuralRecognition } from "./teachers.api.ts";

const r = t.teachers.ruralRecognition;
type Status = "pending" | "certified" | "rejected";

function RejectModal({ recognition, onClose }: { recognition: RuralRecognition; onClose: () => void }) {
  const [form] = Form.useForm<{ note: string }>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (v: { note: string }) =>
      api.POST("/api/talent-pool/rural-recognitions/{id}/reject", {
        params: { path: { id: recognition.id } },
        body: v,
      }),
    onSuccess: async () => {
      void message.success(r.rejectedOk);
      await queryClient.invalidateQueries({ queryKey: teacherKeys.all });
      onClose();
    },
    onError: (error) => showFormError({ error, form, message }),
  });
  return (
    <Modal
      open
      title={`${r.rejectTitle}：${recognition.teacherName}`}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      okButtonProps={{ danger: true }}
    >
      <Form form={form} layout="vertical" onFinish={(v) => mutation.mutate(v)}>
        <Form.Item
          name="note"
          label={r.rejectReason}
          rules={[{ required: true, whitespace: true, min: 2, message: r.rejectRule }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="rural-reject-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * 农村(薄弱)学校任教经历认定 queue of the account's scope: the 区县教育局 certifies (the server recomputes
 * and numbers the certificate) or rejects with a reason; others see the status of their teachers' applications.
 */
export function RuralRecognitionQueue() {
  const canCertify = hasPermission(useSession(), "ruralExperience.certify");
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status>("pending");
  const [rejecting, setRejecting] = useState<RuralRecognition | null>(null);
  const list = useQuery({
    queryKey: teacherKeys.ruralQueue(status),
    queryFn: async () =>
      (await api.GET("/api/talent-pool/rural-recognitions", { params: { query: { status } } })).items,
  });
  const certify = useMutation({
    mutationFn: (id: string) =>
      api.POST("/api/talent-pool/rural-recognitions/{id}/certify", { params: { path: { id } }, body: {} }),
    onSuccess: async (result) => {
      void message.success(r.certifiedOk(result.certificateNo));
      await queryClient.invalidateQueries({ queryKey: teacherKeys.all });
    },
    onError: (error) => showError({ error, message }),
  });
  return (
    <div data-testid="rural-queue">
      <Space style={{ marginBottom: 12 }} wrap>
        <Segmented<Status>
          value={status}
          onChange={setStatus}
          options={(["pending", "certified", "rejected"] as const).map((value) => ({
            value,
            label: r.statuses[value],
          }))}
        />
        <Typography.Text type="secondary">{r.queueHint}</Typography.Text>
      </Space>
      <ErrorAlert error={list.error} />
      <Table
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data}
        pagination={{ pageSize: 20 }}
        locale={{ emptyText: r.noApplications }}
        expandable={{
          expandedRowRender: (x) => (
            <Typography.Paragraph style={{ margin: 0 }}>
              {`${r.periods}：${x.periods.map((p) => `${p.from} ~ ${p.to}`).join("；")}。${r.basis}：${x.basis}。${x.message}`}
            </Typography.Paragraph>
          ),
        }}
        columns={[
          {
            title: r.teacher,
            width: 130,
            render: (_, x) => (
              <>
                {x.teacherName}
                <Typography.Text type="secondary" style={{ display: "block", fontSize: 12 }}>
                  {x.teacherNumber}
                </Typography.Text>
              </>
            ),
          },
          { title: r.institution, dataIndex: "institutionName", width: 150 },
          { title: r.employment, width: 110, render: (_, x) => employmentLabel(x.employment) },
          { title: r.months, width: 110, render: (_, x) => monthsLabel(x.totalMonths) },
          { title: r.appliedAt, dataIndex: "appliedAt", width: 140 },
          { title: r.appliedBy, dataIndex: "appliedByName", width: 120 },
          {
            title: r.status,
            width: 90,
            render: (_, x) => <Tag color={recognitionStatusColor[x.status]}>{r.statuses[x.status]}</Tag>,
          },
          ...(status === "pending"
            ? []
            : [
                {
                  title: `${r.certificateNo} / ${r.reviewNote}`,
                  render: (_: unknown, x: RuralRecognition) =>
                    [x.certificateNo, x.reviewNote].filter(Boolean).join("；") || "—",
                },
                { title: r.reviewedAt, dataIndex: "reviewedAt", width: 140 },
              ]),
          ...(canCertify && status === "pending"
            ? [
                {
                  title: r.actions,
                  width: 170,
                  render: (_: unknown, x: RuralRecognition) => (
                    <Space>
                      <Popconfirm
                        title={r.certify}
                        description={r.certifyConfirm}
                        onConfirm={() => certify.mutate(x.id)}
                      >
                        <Button type="primary" size="small" data-testid="rural-certify">
                          {r.certify}
                        </Button>
                      </Popconfirm>
                      <Button size="small" danger onClick={() => setRejecting(x)} data-testid="rural-reject">
                        {r.reject}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {rejecting && <RejectModal recognition={rejecting} onClose={() => setRejecting(null)} />}
    </div>
  );
}
