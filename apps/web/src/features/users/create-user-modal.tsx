import type { Role } from "@edubureau/domain";
import { Form, Input } from "antd";
import { passwordRule } from "../../components/password-rule.ts";
import { FormModal } from "../../components/form-modal.tsx";
import { useFormMutation } from "../../components/use-form-mutation.ts";
import { t } from "../../app/locale/index.ts";
import { OrgUnitPicker, type OrgUnitOption } from "../org-units/org-unit-picker.tsx";
import { RoleField } from "./role-field.tsx";
import { createUser, userKeys } from "./users.api.ts";

interface CreateUserValues {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  orgUnitId: OrgUnitOption;
}

export const USERNAME_PATTERN = /^[A-Za-z0-9_.-]{3,32}$/;

export function CreateUserModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<CreateUserValues>();
  const mutation = useFormMutation({
    form,
    mutationFn: (values: CreateUserValues) => createUser({ ...values, orgUnitId: values.orgUnitId.value }),
    success: t.users.created,
    invalidate: userKeys.all,
    onDone: onClose,
  });

  return (
    <FormModal
      form={form}
      title={t.users.createTitle}
      okText={t.common.create}
      saving={mutation.isPending}
      onClose={onClose}
      onFinish={(values) => mutation.mutate(values)}
      testId="user-create"
    >
      <Form.Item
        name="username"
        label={t.users.username}
        rules={[
          { required: true, message: t.users.usernameRequired },
          { pattern: USERNAME_PATTERN, message: t.users.usernamePattern },
        ]}
      >
        <Input autoComplete="off" data-testid="user-create-username" />
      </Form.Item>
      <Form.Item
        name="displayName"
        label={t.users.displayName}
        rules={[{ required: true, whitespace: true, message: t.users.displayNameRequired }]}
      >
        <Input maxLength={50} data-testid="user-create-display-name" />
      </Form.Item>
      <Form.Item
        name="password"
        label={t.users.initialPassword}
        extra={t.password.policy}
        rules={[passwordRule]}
      >
        <Input.Password autoComplete="new-password" data-testid="user-create-password" />
      </Form.Item>
      <Form.Item
        name="orgUnitId"
        label={t.users.orgUnit}
        rules={[{ required: true, message: t.users.orgUnitRequired }]}
      >
        <OrgUnitPicker testId="user-create-org-unit" />
      </Form.Item>
      <RoleField testId="user-create-role" />
    </FormModal>
  );
}
