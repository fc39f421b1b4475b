import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Form, Input, Modal, Typography } from "antd";
import { t } from "../../app/locale/index.ts";
import { showFormError } from "../../components/show-error.ts";
import { respondToNotice, workPlanKeys } from "./work-plan.api.ts";
import type { Notice } from "./work-plan.api.ts";

/** The unit's answer to a 督办单: what it has done or will do, and by when. */
export function RespondModal({ notice, onClose }: { notice: Notice; onClose: () => void }) {
  const [form] = Form.useForm<{ response: string }>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const mutation = useMutation({
    mutationFn: ({ response }: { response: string }) => respondToNotice(notice.id, response.trim()),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: workPlanKeys.all });
      void message.success(t.workPlan.responded);
      onClose();
    },
    onError: (error) => showFormError({ error, form, message }),
  });
  return (
    <Modal
      open
      title={t.workPlan.respondTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.workPlan.respond}
      okButtonProps={{ loading: mutation.isPending, "data-testid": "wp-respond-confirm" }}
    >
      <Typography.Paragraph type="secondary">{notice.reason}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(values) => mutation.mutate(values)}>
        <Form.Item
          name="response"
          label={t.workPlan.response}
          rules={[{ required: true, whitespace: true, message: t.workPlan.responseRequired }]}
        >
          <Input.TextArea rows={5} maxLength={2000} showCount data-testid="wp-respond-text" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
