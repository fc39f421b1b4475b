import { Form, Input } from "antd";
import { FormModal } from "../../components/form-modal.tsx";
import { useFormMutation } from "../../components/use-form-mutation.ts";
import { t } from "../../app/locale/index.ts";
import { orgUnitKeys, updateOrgUnit } from "./org-units.api.ts";
import type { OrgUnit } from "./org-units.api.ts";

interface RenameValues {
  name: string;
  code: string;
}

export function RenameOrgUnitModal({ unit, onClose }: { unit: OrgUnit; onClose: () => void }) {
  const [form] = Form.useForm<RenameValues>();
  const mutation = useFormMutation({
    form,
    // Send only what changed: an unchanged code must not trip a uniqueness check.
    mutationFn: (values: RenameValues) =>
      updateOrgUnit(unit.id, {
        ...(values.name !== unit.name ? { name: values.name } : {}),
        ...(values.code !== unit.code ? { code: values.code } : {}),
      }),
    success: t.common.saved,
    invalidate: orgUnitKeys.all,
    onDone: onClose,
  });

  return (
    <FormModal
      form={form}
      title={t.orgUnits.renameTitle(unit.name)}
      okText={t.common.save}
      saving={mutation.isPending}
      onClose={onClose}
      onFinish={(values) => mutation.mutate(values)}
      initialValues={{ name: unit.name, code: unit.code }}
      testId="org-rename"
    >
      <Form.Item
        name="name"
        label={t.orgUnits.name}
        rules={[{ required: true, whitespace: true, message: t.orgUnits.nameRequired }]}
      >
        <Input maxLength={100} data-testid="org-rename-name" />
      </Form.Item>
      <Form.Item
        name="code"
        label={t.orgUnits.code}
        rules={[{ required: true, whitespace: true, message: t.orgUnits.codeRequired }]}
      >
        <Input maxLength={32} data-testid="org-rename-code" />
      </Form.Item>
    </FormModal>
  );
}
