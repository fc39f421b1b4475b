import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import {
  ENROLMENT_STAGES,
  STAGE_LABELS,
  WINDOW_KINDS,
  WINDOW_LABELS,
  type WindowKind,
} from "@edubureau/domain/enrolment";
import { showFormError } from "../../components/show-error.ts";
import { t } from "../../app/locale/index.ts";
import { enrolmentApi, enrolmentKeys, type RoundInput } from "./enrolment.api.ts";
import type { Round } from "./enrolment.api.ts";

type Values = Pick<Round, "year" | "stage" | "name" | "maxChoices" | "mechanism" | "secondMechanism"> & {
  seedDigits: number;
  seedLabels: string[];
} & Record<WindowKind, [Dayjs, Dayjs]>;

const MECHANISMS = ["boston", "deferred-acceptance"].map((value) => ({
  value,
  label: t.enrolment.mechanisms[value],
}));

function initial(round: Round | null): Partial<Values> {
  if (!round)
    return {
      year: new Date().getFullYear(),
      stage: "junior_1",
      maxChoices: 3,
      mechanism: "boston",
      secondMechanism: "deferred-acceptance",
      seedDigits: 6,
      seedLabels: ["parent-1", "parent-2", "notary"],
    };
  const windows = Object.fromEntries(
    WINDOW_KINDS.map((k) => [k, [dayjs(round.calendar[k].start), dayjs(round.calendar[k].end)]]),
  );
  return {
    ...round,
    ...windows,
    seedDigits: round.seedAnnouncement.digits,
    seedLabels: round.seedAnnouncement.labels,
  };
}

/** Creates a round or edits its calendar and rules (rules lock once the first lists are frozen). */
export function RoundFormModal({ round, onClose }: { round: Round | null; onClose: (id?: string) => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (v: Values) => {
      const body = {
        name: v.name,
        maxChoices: v.maxChoices,
        mechanism: v.mechanism,
        secondMechanism: v.secondMechanism,
        partialUnit: round?.partialUnit ?? "skip",
        // Every window kind is a field of the form, so every key is there.
        calendar: Object.fromEntries(
          WINDOW_KINDS.map((k) => [
            k,
            { start: v[k][0].format("YYYY-MM-DD"), end: v[k][1].format("YYYY-MM-DD") },
          ]),
        ) as RoundInput["calendar"],
        seedAnnouncement: { digits: v.seedDigits, labels: v.seedLabels },
      };
      return round
        ? enrolmentApi.updateRound(round.id, body)
        : enrolmentApi.createRound({ ...body, year: v.year, stage: v.stage });
    },
    onSuccess: async (saved) => {
      void message.success(t.enrolment.saved);
      await queryClient.invalidateQueries({ queryKey: enrolmentKeys.all });
      onClose(saved.id);
    },
    onError: (error) => showFormError({ error, form, message }),
  });
  const required = [{ required: true, message: t.enrolment.required }];
  return (
    <Modal
      open
      width={720}
      title={round ? t.enrolment.editRound : t.enrolment.newRound}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      confirmLoading={mutation.isPending}
      okButtonProps={{ "data-testid": "round-form-submit" }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial(round)}
        onFinish={(v) => mutation.mutate(v)}
        data-testid="round-form"
      >
        <Form.Item name="name" label={t.enrolment.name} rules={required}>
          <Input maxLength={60} />
        </Form.Item>
        {!round && (
          <Form.Item label={`${t.enrolment.year} / ${t.enrolment.stage}`} required>
            <Form.Item name="year" noStyle rules={required}>
              <InputNumber min={2000} max={2100} />
            </Form.Item>{" "}
            <Form.Item name="stage" noStyle rules={required}>
              <Select
                style={{ width: 160 }}
                options={ENROLMENT_STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }))}
              />
            </Form.Item>
          </Form.Item>
        )}
        <Form.Item
          label={`${t.enrolment.maxChoices} / ${t.enrolment.mechanism} / ${t.enrolment.secondMechanism}`}
          required
        >
          <Form.Item name="maxChoices" noStyle rules={required}>
            <InputNumber min={1} max={10} />
          </Form.Item>{" "}
          <Form.Item name="mechanism" noStyle rules={required}>
            <Select style={{ width: 140 }} options={MECHANISMS} />
          </Form.Item>{" "}
          <Form.Item name="secondMechanism" noStyle rules={required}>
            <Select style={{ width: 140 }} options={MECHANISMS} />
          </Form.Item>
        </Form.Item>
        {WINDOW_KINDS.map((kind) => (
          <Form.Item key={kind} name={kind} label={WINDOW_LABELS[kind]} rules={required}>
            <DatePicker.RangePicker />
          </Form.Item>
        ))}
        <Form.Item label={t.enrolment.seedAnnouncement} required>
          <Form.Item name="seedDigits" noStyle rules={required}>
            <InputNumber min={4} max={20} addonAfter={t.enrolment.seedDigits} />
          </Form.Item>
          <Form.Item name="seedLabels" rules={required} style={{ marginTop: 8 }}>
            <Select mode="tags" placeholder={t.enrolment.seedLabels} />
          </Form.Item>
        </Form.Item>
      </Form>
    </Modal>
  );
}
