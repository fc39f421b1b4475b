import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Checkbox, Form, Input, Modal, Typography } from "antd";
import { t } from "../../app/locale/index.ts";
import { showFormError } from "../../components/show-error.ts";
import { instructNotice, workPlanKeys } from "./work-plan.api.ts";
import type { Notice } from "./work-plan.api.ts";

interface Values {
  instruction: string;
  urge: boolean;
}

/** A leader's 批示 on a 督办单, sent with a 催办 by default: the unit is notified and sees it on the notice. */
export function InstructModal({ notice, onClose }: { notice: Notice; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const mutation = useMutation({
    mutationFn: (values: Values) =>
      instructNotice(notice.id, { instruction: values.instruction.trim(), urge: values.urge }),
    onSuccess: (_, values) => {
      void queryClient.invalidateQueries({ queryKey: workPlanKeys.all });
      void message.success(values.urge ? t.workPlan.urged : t.workPlan.instructed);
      onClose();
    },
    onError: (error) => showFormError({ error, form, message }),
  });
  return (
    <Modal
      open
      title={t.workPlan.instructTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.workPlan.instructSend}
      okButtonProps={{ loading: mutation.isPending, "data-testid": "wp-instruct-confirm" }}
    >
      <Typography.Paragraph type="secondary">
        {notice.unit.name}：{notice.reason}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ instruction: notice.instruction ?? "", urge: true }}
        onFinish={(values) => mutation.mutate(values)}
      >
        <Form.Item
          name="instruction"
          label={t.workPlan.instruction}
          rules={[{ required: true, whitespace: true, message: t.workPlan.instructionRequired }]}
        >
          <Input.TextArea rows={4} maxLength={1000} showCount data-testid="wp-instruct-text" />
        </Form.Item>
        <Form.Item name="urge" valuePropName="checked">
          <Checkbox data-testid="wp-instruct-urge">{t.workPlan.urgeUnit}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
