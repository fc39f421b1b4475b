import { CheckOutlined, RollbackOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Form, Input, Modal, Popconfirm, Space } from "antd";
import { useState } from "react";
import { t } from "../../app/locale/index.ts";
import { showError, showFormError } from "../../components/show-error.ts";
import { acceptReport, returnReport } from "./reports.api.ts";
import { workPlanKeys } from "./work-plan.api.ts";
import type { Report } from "./work-plan.api.ts";

function ReturnModal({ report, onClose }: { report: Report; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const mutation = useMutation({
    mutationFn: ({ reason }: { reason: string }) => returnReport(report.id, reason),
    onSuccess: (saved) => {
      queryClient.setQueryData(workPlanKeys.report(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: workPlanKeys.all });
      void message.success(t.workPlan.returned);
      onClose();
    },
    onError: (error) => showFormError({ error, form, message }),
  });
  return (
    <Modal
      open
      title={t.workPlan.returnTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.workPlan.returnReport}
      okButtonProps={{ danger: true, loading: mutation.isPending, "data-testid": "wp-return-confirm" }}
    >
      <Form form={form} layout="vertical" onFinish={(values) => mutation.mutate(values)}>
        <Form.Item
          name="reason"
          label={t.workPlan.returnReason}
          rules={[{ required: true, whitespace: true, message: t.workPlan.returnReasonRequired }]}
        >
          <Input.TextArea rows={4} maxLength={1000} showCount data-testid="wp-return-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The lead unit's decision on a submitted report: accept, or return it with a reason. */
export function ReportReview({ report }: { report: Report }) {
  const [returning, setReturning] = useState(false);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const accept = useMutation({
    mutationFn: () => acceptReport(report.id),
    onSuccess: (saved) => {
      queryClient.setQueryData(workPlanKeys.report(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: workPlanKeys.all });
      void message.success(t.workPlan.accepted);
    },
    onError: (error) => showError({ error, message }),
  });
  return (
    <Space>
      <Popconfirm title={t.workPlan.accept} onConfirm={() => accept.mutate()}>
        <Button
          type="primary"
          icon={<CheckOutlined />}
          loading={accept.isPending}
          data-testid="wp-report-accept"
        >
          {t.workPlan.accept}
        </Button>
      </Popconfirm>
      <Button
        danger
        icon={<RollbackOutlined />}
        onClick={() => setReturning(true)}
        data-testid="wp-report-return"
      >
        {t.workPlan.returnReport}
      </Button>
      {returning && <ReturnModal report={report} onClose={() => setReturning(false)} />}
    </Space>
  );
}
