import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Checkbox, DatePicker, Divider, Form, Input, Modal, Select, Space } from "antd";
import type { Dayjs } from "dayjs";
import {
  applicationMaterials,
  HOUSEHOLD_LABELS,
  MAX_CHILDREN,
  RESIDENCE_LABELS,
  type HouseholdKind,
  type ResidenceKind,
} from "@edubureau/domain/enrolment";
import { mobileRule } from "../../components/mobile-rule.ts";
import { showFormError } from "../../components/show-error.ts";
import { t } from "../../app/locale/index.ts";
import {
  districtsQuery,
  enrolmentApi,
  type ApplicationInput,
  enrolmentKeys,
  roundSchoolsQuery,
} from "./enrolment.api.ts";
import type { PublicRound } from "./enrolment.api.ts";

interface Values {
  roundId: string;
  districtId: string;
  household: HouseholdKind;
  residence: ResidenceKind;
  children: { name: string; sex: "male" | "female"; birthDate: Dayjs; idNumber: string }[];
  choices: string[];
  guardian: NonNullable<ApplicationInput["guardian"]>;
  pledged: boolean;
}

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** 入学报名: one child, or twins/multiples who are drawn as one unit. */
export function ApplyModal({ rounds, onClose }: { rounds: PublicRound[]; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const roundId = Form.useWatch("roundId", form) ?? rounds[0]?.id ?? "";
  const round = rounds.find((r) => r.id === roundId);
  const schools = useQuery(roundSchoolsQuery(roundId)).data ?? [];
  const districts = useQuery(districtsQuery()).data ?? [];
  const required = [{ required: true, message: t.enrolment.required }];
  const household = Form.useWatch("household", form) ?? "district";
  const residence = Form.useWatch("residence", form) ?? "owned";
  const mutation = useMutation({
    mutationFn: ({ pledged, ...v }: Values) =>
      enrolmentApi.apply({
        ...v,
        ...(pledged ? { pledged: true } : {}),
        children: v.children.map((c) => ({ ...c, birthDate: c.birthDate.format("YYYY-MM-DD") })),
      }),
    onSuccess: async (app) => {
      void message.success(`${t.enrolment.submitted}：${t.enrolment.number} ${app.number}`);
      await queryClient.invalidateQueries({ queryKey: enrolmentKeys.all });
      onClose();
    },
    onError: (error) => showFormError({ error, form, message }),
  });
  return (
    <Modal
      open
      width={760}
      title={t.enrolment.applyTitle}
      okText={t.enrolment.submit}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      okButtonProps={{ "data-testid": "apply-submit" }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          roundId: rounds[0]?.id,
          household: "district",
          residence: "owned",
          children: [{ sex: "male" }],
          choices: [],
          guardian: { relation: "father" },
          pledged: false,
        }}
        onFinish={(v) => mutation.mutate(v)}
        data-testid="apply-form"
      >
        <Form.Item name="roundId" label={t.enrolment.round} rules={required}>
          <Select options={rounds.map((r) => ({ value: r.id, label: r.name }))} data-testid="apply-round" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="districtId" label={t.enrolment.householdDistrict} rules={required}>
            <Select
              style={{ width: 200 }}
              showSearch={{ optionFilterProp: "label" }}
              options={districts.map((d) => ({ value: d.id, label: d.name }))}
              data-testid="apply-district"
            />
          </Form.Item>
          <Form.Item name="household" label={t.enrolment.household} rules={required}>
            <Select style={{ width: 200 }} options={options(HOUSEHOLD_LABELS)} />
          </Form.Item>
          <Form.Item name="residence" label={t.enrolment.residence} rules={required}>
            <Select style={{ width: 160 }} options={options(RESIDENCE_LABELS)} />
          </Form.Item>
        </Space>
        <Form.List name="children">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} align="start" wrap>
                  <Form.Item name={[field.name, "name"]} label={t.enrolment.childName} rules={required}>
                    <Input style={{ width: 110 }} data-testid={`child-${index}-name`} />
                  </Form.Item>
                  <Form.Item name={[field.name, "sex"]} label={t.enrolment.sex} rules={required}>
                    <Select
                      style={{ width: 70 }}
                      options={options(t.enrolment.sexes)}
                      data-testid={`child-${index}-sex`}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, "birthDate"]} label={t.enrolment.birthDate} rules={required}>
                    <DatePicker data-testid={`child-${index}-birth`} />
                  </Form.Item>
                  <Form.Item name={[field.name, "idNumber"]} label={t.enrolment.idNumber} rules={required}>
                    <Input style={{ width: 210 }} maxLength={19} data-testid={`child-${index}-id`} />
                  </Form.Item>
                  {index > 0 && (
                    <MinusCircleOutlined
                      style={{ marginTop: 38 }}
                      onClick={() => remove(field.name)}
                      aria-label={t.enrolment.removeChild}
                    />
                  )}
                </Space>
              ))}
              {fields.length < MAX_CHILDREN && (
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ sex: "male" })}
                  style={{ marginBottom: 16 }}
                >
                  {t.enrolment.addTwin}
                </Button>
              )}
            </>
          )}
        </Form.List>
        <Form.Item
          name="choices"
          label={t.enrolment.choices}
          extra={t.enrolment.choicesHelp(round?.maxChoices ?? 1)}
          rules={required}
        >
          <Select
            mode="multiple"
            maxCount={round?.maxChoices ?? 1}
            options={schools.map((s) => ({ value: s.code, label: `${s.name}（${s.district}）` }))}
            data-testid="apply-choices"
          />
        </Form.Item>
        <Divider titlePlacement="start">{t.enrolment.guardianTitle}</Divider>
        <Space wrap align="start">
          <Form.Item name={["guardian", "name"]} label={t.enrolment.guardianName} rules={required}>
            <Input style={{ width: 140 }} maxLength={30} data-testid="guardian-name" />
          </Form.Item>
          <Form.Item name={["guardian", "relation"]} label={t.enrolment.guardianRelation} rules={required}>
            <Select style={{ width: 170 }} options={options(t.enrolment.guardianRelations)} />
          </Form.Item>
          <Form.Item
            name={["guardian", "phone"]}
            label={t.enrolment.guardianPhone}
            required
            rules={[mobileRule]}
          >
            <Input style={{ width: 170 }} inputMode="numeric" maxLength={11} data-testid="guardian-phone" />
          </Form.Item>
        </Space>
        <Form.Item name={["guardian", "address"]} label={t.enrolment.homeAddress} rules={required}>
          <Input maxLength={120} data-testid="guardian-address" />
        </Form.Item>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t.enrolment.materialsTitle}
          description={
            <>
              <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="apply-materials">
                {applicationMaterials(household, residence).map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
              {t.enrolment.materialsNote}
            </>
          }
        />
        <Form.Item
          name="pledged"
          valuePropName="checked"
          rules={[
            {
              validator: (_, value) =>
                value ? Promise.resolve() : Promise.reject(new Error(t.enrolment.pledgeRequired)),
            },
          ]}
        >
          <Checkbox data-testid="apply-pledge">{t.enrolment.pledge}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
