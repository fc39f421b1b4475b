import { ORG_UNIT_KINDS, canContain, type OrgUnitKind } from "@edubureau/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Form, Input, Modal, Select } from "antd";
import { showFormError } from "../../components/show-error.ts";
import { t } from "../../app/locale/index.ts";
import { createOrgUnit, orgUnitKeys } from "./org-units.api.ts";
import type { OrgUnit } from "./org-units.api.ts";

interface CreateValues {
  kind: OrgUnitKind;
  code: string;
  name: string;
}

export function childKindsOf(parent: OrgUnitKind): OrgUnitKind[] {
  return ORG_UNIT_KINDS.filter((kind) => canContain(parent, kind));
}

interface CreateOrgUnitModalProps {
  parent: OrgUnit;
  onClose: () => void;
  onCreated: (unit: OrgUnit) => void;
}

export function CreateOrgUnitModal({ parent, onClose, onCreated }: CreateOrgUnitModalProps) {
  const [form] = Form.useForm<CreateValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const kinds = childKindsOf(parent.kind);
  const mutation = useMutation({
    mutationFn: (values: CreateValues) => createOrgUnit({ parentId: parent.id, ...values }),
    onSuccess: async (unit) => {
      void message.success(t.orgUnits.created);
      await queryClient.invalidateQueries({ queryKey: orgUnitKeys.all });
      onCreated(unit);
      onClose();
    },
    onError: (error) => showFormError({ error, form, message }),
  });

  return (
    <Modal
      open
      title={t.orgUnits.createTitle(parent.name)}
      okText={t.common.create}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      okButtonProps={{ "data-testid": "org-create-submit" }}
    >
      <Form<CreateValues>
        form={form}
        layout="vertical"
        initialValues={kinds.length === 1 ? { kind: kinds[0] } : {}}
        onFinish={(values) => mutation.mutate(values)}
        data-testid="org-create-form"
      >
        <Form.Item
          name="kind"
          label={t.orgUnits.kind}
          rules={[{ required: true, message: t.orgUnits.kindRequired }]}
        >
          <Select
            options={kinds.map((kind) => ({ value: kind, label: t.orgUnitKinds[kind] }))}
            data-testid="org-create-kind"
          />
        </Form.Item>
        <Form.Item
          name="code"
          label={t.orgUnits.code}
          rules={[{ required: true, whitespace: true, message: t.orgUnits.codeRequired }]}
        >
          <Input maxLength={32} data-testid="org-create-code" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t.orgUnits.name}
          rules={[{ required: true, whitespace: true, message: t.orgUnits.nameRequired }]}
        >
          <Input maxLength={100} data-testid="org-create-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
