import { roleFitsOrgUnit, type Role } from "@edubureau/domain";
import { Form, Select } from "antd";
import { t } from "../../app/locale/index.ts";
import { useSession } from "../../app/session/session-context.ts";
import type { OrgUnitOption } from "../org-units/org-unit-picker.tsx";
import { assignableRoleOptions } from "./assignable-roles.ts";

interface RoleFieldProps {
  /** Shown even when the signed-in account may not assign it (editing an existing account). */
  current?: { value: Role; label: string };
  testId: string;
}

/**
 * The roles this account may hand out; those that cannot sit on the picked unit's kind
 * (a 学校 account on a 区县 unit, say) are greyed out and rejected.
 */
export function RoleField({ current, testId }: RoleFieldProps) {
  const me = useSession();
  const orgUnit = Form.useWatch<OrgUnitOption | undefined>("orgUnitId");
  const kind = orgUnit?.kind;
  const assignable = assignableRoleOptions(me.role);
  const listed = current === undefined || assignable.some((option) => option.value === current.value);
  const options = (listed ? assignable : [current, ...assignable]).map((option) => ({
    ...option,
    disabled: kind !== undefined && !roleFitsOrgUnit(option.value, kind),
  }));

  return (
    <Form.Item
      name="role"
      label={t.users.role}
      dependencies={["orgUnitId"]}
      rules={[
        { required: true, message: t.users.roleRequired },
        {
          validator: (_rule, role: Role | undefined) =>
            role === undefined || kind === undefined || roleFitsOrgUnit(role, kind)
              ? Promise.resolve()
              : Promise.reject(new Error(t.users.roleMismatch(t.roles[role], t.orgUnitKinds[kind]))),
        },
      ]}
    >
      <Select options={options} data-testid={testId} />
    </Form.Item>
  );
}
