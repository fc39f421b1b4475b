import { Form, Input, Modal } from "antd";
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
    <Modal
      open
      title={t.orgUnits.renameTitle(unit.name)}
      okText={t.common.save}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      okButtonProps={{ "data-testid": "org-rename-submit" }}
    >
      <Form<RenameValues>
        form={form}
        layout="vertical"
        initialValues={{ name: unit.name, code: unit.code }}
        onFinish={(values) => mutation.mutate(values)}
        data-testid="org-rename-form"
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
      </Form>
    </Modal>
  );
}
