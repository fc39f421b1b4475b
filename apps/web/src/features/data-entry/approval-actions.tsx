import type { ApprovalAction } from "@edubureau/domain/indicators";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Form, Input, Modal, Popconfirm, Space } from "antd";
import { useState } from "react";
import { t } from "../../app/locale/index.ts";
import { showError } from "../../components/show-error.ts";
import { indicatorKeys } from "../indicators/indicators.api.ts";
import { approvalAction, dataKeys } from "./data-entry.api.ts";
import type { AllowedActions, UnitRef } from "./data-entry.api.ts";

const FORWARD: readonly Exclude<ApprovalAction, "reopen">[] = ["submit", "approve", "confirm"];

interface ApprovalActionsProps {
  orgUnit: UnitRef;
  period: string;
  actions: AllowedActions;
  size?: "small" | "middle";
}

/** The workflow buttons the server allows: 提交, 区县审核, 市局确认, and 退回修改 with a reason. */
export function ApprovalActions({ orgUnit, period, actions, size = "middle" }: ApprovalActionsProps) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [reopening, setReopening] = useState(false);
  const mutation = useMutation({
    mutationFn: (input: { action: ApprovalAction; reason?: string }) =>
      approvalAction(input.action, {
        orgUnitId: orgUnit.id,
        period,
        ...(input.reason ? { reason: input.reason } : {}),
      }),
    onSuccess: async (_form, input) => {
      void message.success(t.dataEntry.done[input.action]);
      setReopening(false);
      await queryClient.invalidateQueries({ queryKey: dataKeys.all });
      await queryClient.invalidateQueries({ queryKey: indicatorKeys.all });
    },
    onError: (error) => showError({ error, message }),
  });
  return (
    <Space wrap>
      {FORWARD.filter((action) => actions[action]).map((action) => (
        <Popconfirm
          key={action}
          title={t.dataEntry.confirmAction(t.dataEntry.actions[action], orgUnit.name)}
          onConfirm={() => mutation.mutate({ action })}
        >
          <Button type="primary" size={size} loading={mutation.isPending} data-testid={`approval-${action}`}>
            {t.dataEntry.actions[action]}
          </Button>
        </Popconfirm>
      ))}
      {actions.reopen && (
        <Button danger size={size} onClick={() => setReopening(true)} data-testid="approval-reopen">
          {t.dataEntry.actions.reopen}
        </Button>
      )}
      {reopening && (
        <ReopenModal
          name={orgUnit.name}
          loading={mutation.isPending}
          onCancel={() => setReopening(false)}
          onOk={(reason) => mutation.mutate({ action: "reopen", reason })}
        />
      )}
    </Space>
  );
}

function ReopenModal(props: {
  name: string;
  loading: boolean;
  onCancel: () => void;
  onOk: (reason: string) => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open
      title={t.dataEntry.reopenTitle(props.name)}
      okText={t.dataEntry.actions.reopen}
      okButtonProps={{ danger: true, loading: props.loading }}
      onOk={() => form.submit()}
      onCancel={props.onCancel}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(values) => props.onOk(values.reason)}>
        <Form.Item
          name="reason"
          label={t.dataEntry.reason}
          rules={[{ required: true, whitespace: true, message: t.dataEntry.reasonRequired }]}
        >
          <Input.TextArea rows={3} maxLength={500} data-testid="reopen-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
