import type { Role } from "@edubureau/domain";
import { Form, Input } from "antd";
import { FormModal } from "../../components/form-modal.tsx";
import { useFormMutation } from "../../components/use-form-mutation.ts";
import { t } from "../../app/locale/index.ts";
import { OrgUnitPicker, type OrgUnitOption } from "../org-units/org-unit-picker.tsx";
import { RoleField } from "./role-field.tsx";
import type { UpdateUserInput, User } from "./users.api.ts";
import { updateUser, userKeys } from "./users.api.ts";

interface EditUserValues {
  displayName: string;
  role: Role;
  orgUnitId: OrgUnitOption;
}

/** Only the fields that changed, so the audit log records what the editor meant to change. */
function changes(user: User, values: EditUserValues): UpdateUserInput {
  return {
    ...(values.displayName !== user.displayName ? { displayName: values.displayName } : {}),
    ...(values.role !== user.role ? { role: values.role } : {}),
    ...(values.orgUnitId.value !== user.orgUnit.id ? { orgUnitId: values.orgUnitId.value } : {}),
  };
}

export function EditUserModal({ user, onClose }: { user: User; onClose: () => void }) {
  const [form] = Form.useForm<EditUserValues>();
  const mutation = useFormMutation({
    form,
    mutationFn: (values: EditUserValues) => updateUser(user.id, changes(user, values)),
    success: t.common.saved,
    invalidate: userKeys.all,
    onDone: onClose,
  });

  return (
    <FormModal
      form={form}
      title={t.users.editTitle(user.displayName)}
      okText={t.common.save}
      saving={mutation.isPending}
      onClose={onClose}
      onFinish={(values) => mutation.mutate(values)}
      initialValues={{
        displayName: user.displayName,
        role: user.role,
        orgUnitId: { value: user.orgUnit.id, label: user.orgUnit.name, kind: user.orgUnit.kind },
      }}
      testId="user-edit"
    >
      <Form.Item label={t.users.username}>
        <Input value={user.username} disabled />
      </Form.Item>
      <Form.Item
        name="displayName"
        label={t.users.displayName}
        rules={[{ required: true, whitespace: true, message: t.users.displayNameRequired }]}
      >
        <Input maxLength={50} data-testid="user-edit-display-name" />
      </Form.Item>
      <Form.Item
        name="orgUnitId"
        label={t.users.orgUnit}
        rules={[{ required: true, message: t.users.orgUnitRequired }]}
      >
        <OrgUnitPicker testId="user-edit-org-unit" />
      </Form.Item>
      <RoleField current={{ value: user.role, label: user.roleLabel }} testId="user-edit-role" />
    </FormModal>
  );
}
