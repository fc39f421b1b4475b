import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Form, Modal, Select } from "antd";
import { useEffect, type ReactNode } from "react";
import { t } from "../../app/locale/index.ts";
import { showFormError } from "../../components/show-error.ts";
import { complianceQuery, safetyKeys } from "./campus-safety.api.ts";

/**
 * One campus-safety form in a dialog: saves through `save`, refreshes every safety query, shows the server's
 * field errors beside the fields. The dialog fits a phone's width (antd keeps 16 px either side).
 */
export function SafetyFormModal<V extends object>({
  title,
  save,
  onClose,
  initialValues,
  testId,
  children,
}: {
  title: string;
  save: (values: V) => Promise<unknown>;
  onClose: () => void;
  initialValues?: Partial<V>;
  testId?: string;
  children: ReactNode;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: async () => {
      void message.success(t.common.saved);
      await queryClient.invalidateQueries({ queryKey: safetyKeys.all });
      onClose();
    },
    onError: (error) => showFormError({ error, form, message }),
  });
  return (
    <Modal
      open
      title={title}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      okButtonProps={testId ? { "data-testid": `${testId}-submit` } : undefined}
    >
      <Form<V>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(v) => mutation.mutate(v)}
        data-testid={testId}
      >
        {children}
      </Form>
    </Modal>
  );
}

/** The school a record is for: the schools in the account's scope; a school account has only itself, preset. */
export function SchoolField({ label, required }: { label: string; required: string }) {
  const form = Form.useFormInstance();
  const schools = useQuery(complianceQuery());
  const options = (schools.data?.schools ?? []).map((s) => ({ value: s.school.id, label: s.school.name }));
  const only = options.length === 1 ? options[0]?.value : undefined;
  useEffect(() => {
    if (only && !form.getFieldValue("schoolId")) form.setFieldValue("schoolId", only);
  }, [only, form]);
  return (
    <Form.Item name="schoolId" label={label} rules={[{ required: true, message: required }]}>
      <Select
        showSearch
        optionFilterProp="label"
        loading={schools.isLoading}
        disabled={only !== undefined}
        options={options}
      />
    </Form.Item>
  );
}
