import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, DatePicker, Form, Input, InputNumber, Modal, Typography } from "antd";
import type { Dayjs } from "dayjs";
import dayjs from "dayjs";
import { showFormError } from "../../components/show-error.ts";
import { t } from "../../app/locale/index.ts";
import { enrolmentApi, enrolmentKeys } from "./enrolment.api.ts";

interface FreezeValues {
  earliestDrawAt: Dayjs;
  /** Digest per on-site label, where one was handed over in advance. */
  commitments?: Record<string, string | undefined>;
  label: string;
  digits: number;
  source: string;
  availableAt: Dayjs;
}

/**
 * 冻结名单 publishes the draw announcement at the same moment: the earliest draw time and a future
 * public value (named source, time and reading rule) join the on-site numbers in the seed.
 */
export function FreezeModal({
  roundId,
  phase,
  onSiteLabels,
  onClose,
}: {
  roundId: string;
  phase: 1 | 2;
  /** The round's on-site numbers, in announced order. */
  onSiteLabels: readonly string[];
  onClose: () => void;
}) {
  const l = t.enrolment.lottery;
  const [form] = Form.useForm<FreezeValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (v: FreezeValues) =>
      enrolmentApi.freeze(roundId, {
        phase,
        earliestDrawAt: v.earliestDrawAt.toISOString(),
        publicValues: [
          {
            label: v.label.trim(),
            digits: v.digits,
            source: v.source.trim(),
            availableAt: v.availableAt.toISOString(),
          },
        ],
        commitments: onSiteLabels.flatMap((label) => {
          const digest = v.commitments?.[label]?.trim().toLowerCase();
          return digest ? [{ label, digest }] : [];
        }),
      }),
    onSuccess: async () => {
      void message.success(t.enrolment.done);
      await queryClient.invalidateQueries({ queryKey: enrolmentKeys.all });
      onClose();
    },
    onError: (error) => showFormError({ error, form, message }),
  });
  const required = [{ required: true, message: t.enrolment.required }];
  return (
    <Modal
      open
      title={l.freezeTitle}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      okButtonProps={{ "data-testid": "freeze-confirm" }}
    >
      <Typography.Paragraph type="secondary">{t.enrolment.freezeConfirm}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => mutation.mutate(v)}
        initialValues={{
          label: "sse-close",
          digits: 8,
          availableAt: dayjs().add(1, "hour").startOf("hour"),
          earliestDrawAt: dayjs().add(2, "hour").startOf("hour"),
        }}
      >
        <Form.Item name="earliestDrawAt" label={l.earliestDrawAt} rules={required}>
          <DatePicker
            showTime={{ format: "HH:mm" }}
            format="YYYY-MM-DD HH:mm"
            data-testid="freeze-earliest"
          />
        </Form.Item>
        <Form.Item name="source" label={l.publicValueSource} extra={l.publicValueSourceHint} rules={required}>
          <Input.TextArea rows={2} maxLength={200} data-testid="freeze-source" />
        </Form.Item>
        <Form.Item name="availableAt" label={l.publicValueAt} rules={required}>
          <DatePicker
            showTime={{ format: "HH:mm" }}
            format="YYYY-MM-DD HH:mm"
            data-testid="freeze-available"
          />
        </Form.Item>
        <Form.Item name="digits" label={l.publicValueDigits} rules={required}>
          <InputNumber min={1} max={40} />
        </Form.Item>
        <Form.Item name="label" label={l.publicValueLabel} rules={required}>
          <Input maxLength={40} />
        </Form.Item>
        <Typography.Title level={5}>{l.commitmentsTitle}</Typography.Title>
        <Typography.Paragraph type="secondary">{l.commitmentsHint}</Typography.Paragraph>
        {onSiteLabels.map((label, i) => (
          <Form.Item
            key={label}
            name={["commitments", label]}
            label={l.commitmentFor(l.onSiteNumber(i + 1))}
            rules={[{ pattern: /^\s*[0-9a-fA-F]{64}\s*$/, message: l.commitmentPlaceholder }]}
          >
            <Input placeholder={l.commitmentPlaceholder} maxLength={80} data-testid={`commitment-${label}`} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
