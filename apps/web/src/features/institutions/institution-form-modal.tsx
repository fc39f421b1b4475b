import {
  checkInstitutionFacts,
  INSTITUTION_STATUS_LABELS,
  INSTITUTION_TYPE_LABELS,
  OWNERSHIP_LABELS,
  type InstitutionStatus,
  type InstitutionType,
  type Ownership,
} from "@edubureau/domain/registry";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Col, Form, Input, InputNumber, Modal, Radio, Row, Select, Switch } from "antd";
import { showFormError } from "../../components/show-error.ts";
import { t } from "../../app/locale/index.ts";
import type { Institution, InstitutionInput } from "./institutions.api.ts";
import { areasQuery, createInstitution, institutionKeys, updateInstitution } from "./institutions.api.ts";

interface FormValues {
  code: string;
  name: string;
  type: InstitutionType;
  ownership: Ownership;
  inclusive: boolean;
  educationGroup?: string;
  groupLead: boolean;
  districtId: string;
  streetId?: string;
  address?: string;
  longitude?: number | null;
  latitude?: number | null;
  status: InstitutionStatus;
  places: number;
}

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

function toInput(values: FormValues): InstitutionInput {
  return {
    code: values.code.trim(),
    name: values.name.trim(),
    type: values.type,
    ownership: values.ownership,
    inclusive: values.type === "kindergarten" && values.inclusive,
    educationGroup: values.educationGroup?.trim() || null,
    groupLead: Boolean(values.educationGroup?.trim()) && values.groupLead,
    districtId: values.districtId,
    streetId: values.streetId ?? null,
    address: values.address?.trim() || null,
    longitude: values.longitude ?? null,
    latitude: values.latitude ?? null,
    status: values.status,
    places: values.places,
  };
}

function initialValues(institution: Institution | null): Partial<FormValues> {
  if (!institution)
    return { inclusive: false, groupLead: false, status: "operating", places: 0, ownership: "public" };
  return {
    ...institution,
    educationGroup: institution.educationGroup ?? undefined,
    address: institution.address ?? undefined,
    districtId: institution.district.id,
    streetId: institution.street?.id,
  };
}

function inputOf(institution: Institution): InstitutionInput {
  const { district, street, id: _id, updatedAt: _updatedAt, ...facts } = institution;
  return { ...facts, districtId: district.id, streetId: street?.id ?? null };
}

/** Only the fields that changed, so the history records what the editor meant to change. */
function changes(before: Institution, after: InstitutionInput): Partial<InstitutionInput> {
  const old = inputOf(before);
  return Object.fromEntries(
    Object.entries(after).filter(([key, value]) => old[key as keyof InstitutionInput] !== value),
  );
}

interface InstitutionFormModalProps {
  /** null: create a new institution. */
  institution: Institution | null;
  onClose: () => void;
}

export function InstitutionFormModal({ institution, onClose }: InstitutionFormModalProps) {
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const areas = useQuery(areasQuery());
  const districtId = Form.useWatch("districtId", form);
  const type = Form.useWatch("type", form);
  const group = Form.useWatch("educationGroup", form);
  const districts = areas.data?.districts ?? [];
  const streets = districts.find((d) => d.id === districtId)?.streets ?? [];

  const mutation = useMutation({
    mutationFn: (input: InstitutionInput) =>
      institution ? updateInstitution(institution.id, changes(institution, input)) : createInstitution(input),
    onSuccess: async () => {
      void message.success(institution ? t.common.saved : t.institutions.created);
      await queryClient.invalidateQueries({ queryKey: institutionKeys.all });
      onClose();
    },
    onError: (error) => showFormError({ error, form, message }),
  });

  const submit = (values: FormValues) => {
    const input = toInput(values);
    // The server's cross-field rules, checked before the request goes out.
    const problems = checkInstitutionFacts(input);
    if (problems.length > 0) {
      form.setFields(problems.map((p) => ({ name: p.field, errors: [p.message] })));
      return;
    }
    mutation.mutate(input);
  };

  return (
    <Modal
      open
      width={720}
      title={institution ? t.institutions.editTitle(institution.name) : t.institutions.createTitle}
      okText={institution ? t.common.save : t.common.create}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      okButtonProps={{ "data-testid": "institution-form-submit" }}
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues(institution)}
        onFinish={submit}
        data-testid="institution-form"
      >
        <Row gutter={16}>
          <Col span={10}>
            <Form.Item
              name="code"
              label={t.institutions.code}
              rules={[
                { required: true, message: t.institutions.codeRequired },
                { pattern: /^\d{10}$/, message: t.institutions.codePattern },
              ]}
            >
              <Input maxLength={10} inputMode="numeric" data-testid="institution-form-code" />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item
              name="name"
              label={t.institutions.name}
              rules={[{ required: true, whitespace: true, message: t.institutions.nameRequired }]}
            >
              <Input maxLength={100} data-testid="institution-form-name" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item
              name="type"
              label={t.institutions.type}
              rules={[{ required: true, message: t.institutions.typeRequired }]}
            >
              <Select options={options(INSTITUTION_TYPE_LABELS)} data-testid="institution-form-type" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="ownership"
              label={t.institutions.ownership}
              rules={[{ required: true, message: t.institutions.ownershipRequired }]}
            >
              <Radio.Group options={options(OWNERSHIP_LABELS)} optionType="button" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name="inclusive"
              label={t.institutions.inclusive}
              valuePropName="checked"
              extra={t.institutions.inclusiveHint}
            >
              <Switch disabled={type !== "kindergarten"} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="districtId"
              label={t.institutions.district}
              rules={[{ required: true, message: t.institutions.districtRequired }]}
            >
              <Select
                options={districts.map((d) => ({ value: d.id, label: d.name }))}
                onChange={() => form.setFieldValue("streetId", undefined)}
                loading={areas.isPending}
                data-testid="institution-form-district"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="streetId" label={t.institutions.street}>
              <Select
                allowClear
                placeholder={t.institutions.streetPlaceholder}
                options={streets.map((s) => ({ value: s.id, label: s.name }))}
                data-testid="institution-form-street"
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="address" label={t.institutions.address}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="longitude"
              label={t.institutions.longitude}
              extra={t.institutions.coordinatesHint}
            >
              <InputNumber style={{ width: "100%" }} min={73} max={136} step={0.0001} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="latitude" label={t.institutions.latitude}>
              <InputNumber style={{ width: "100%" }} min={3} max={54} step={0.0001} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="educationGroup" label={t.institutions.educationGroup}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="groupLead" label={t.institutions.groupLead} valuePropName="checked">
              <Switch disabled={!group?.trim()} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="status" label={t.institutions.status} rules={[{ required: true }]}>
              <Select options={options(INSTITUTION_STATUS_LABELS)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="places" label={t.institutions.places} rules={[{ required: true }]}>
              <InputNumber
                style={{ width: "100%" }}
                min={0}
                precision={0}
                data-testid="institution-form-places"
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
