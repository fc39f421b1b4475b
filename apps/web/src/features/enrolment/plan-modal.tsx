import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Form, InputNumber, Modal, Select, Switch } from "antd";
import { useState } from "react";
import { api } from "../../app/api.ts";
import { t } from "../../app/locale/index.ts";
import { showFormError } from "../../components/show-error.ts";
import { useDebouncedValue } from "../../components/use-debounced-value.ts";
import { enrolmentApi, enrolmentKeys } from "./enrolment.api.ts";
import type { Plan } from "./enrolment.api.ts";

interface Values {
  institutionId: string;
  places: number;
  inLottery: boolean;
  reservedPercent: number | null;
}

/** Sets one school's places in a round; private schools may take part in the draw. */
export function PlanModal({
  roundId,
  plan,
  onClose,
}: {
  roundId: string;
  plan: Plan | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState("");
  const q = useDebouncedValue(search, 300);
  const schools = useQuery({
    queryKey: ["enrolment", "institution-search", q],
    queryFn: () => api.GET("/api/institutions", { params: { query: { q, pageSize: 20 } } }),
    enabled: plan === null,
  });
  const mutation = useMutation({
    mutationFn: (v: Values) =>
      enrolmentApi.setPlan(roundId, { ...v, reservedPercent: v.reservedPercent ?? null }),
    onSuccess: async () => {
      void message.success(t.enrolment.saved);
      await queryClient.invalidateQueries({ queryKey: enrolmentKeys.all });
      onClose();
    },
    onError: (error) => showFormError({ error, form, message }),
  });
  return (
    <Modal
      open
      title={plan ? `${t.enrolment.setPlan}：${plan.name}` : t.enrolment.setPlan}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      okButtonProps={{ "data-testid": "plan-submit" }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={plan ?? { places: 45, inLottery: false, reservedPercent: null }}
        onFinish={(v) => mutation.mutate(v)}
      >
        <Form.Item
          name="institutionId"
          label={t.enrolment.school}
          rules={[{ required: true, message: t.enrolment.required }]}
          hidden={plan !== null}
        >
          <Select
            showSearch={{ filterOption: false, onSearch: setSearch }}
            placeholder={t.enrolment.searchSchool}
            options={(schools.data?.items ?? []).map((s) => ({
              value: s.id,
              label: `${s.name}（${t.enrolment.ownership[s.ownership] ?? ""}）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="places"
          label={t.enrolment.places}
          rules={[{ required: true, message: t.enrolment.required }]}
        >
          <InputNumber min={0} max={100000} />
        </Form.Item>
        <Form.Item name="inLottery" label={t.enrolment.inLottery} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="reservedPercent" label={t.enrolment.reservedPercent}>
          <InputNumber min={0} max={50} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
