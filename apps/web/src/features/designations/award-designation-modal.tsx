import { useQuery } from "@tanstack/react-query";
import { DatePicker, Form, Input, Select } from "antd";
import type { Dayjs } from "dayjs";
import { FormModal } from "../../components/form-modal.tsx";
import { useFormMutation } from "../../components/use-form-mutation.ts";
import { t } from "../../app/locale/index.ts";
import { usePlanYear } from "../../app/plan-calendar.ts";
import { OrgUnitPicker, type OrgUnitOption } from "../org-units/org-unit-picker.tsx";
import { yearOptions } from "./designation-filters.tsx";
import { awardDesignation, designationKeys, designationTypesQuery } from "./designations.api.ts";

interface AwardValues {
  institutionId: OrgUnitOption;
  typeCode: string;
  year: number;
  documentNo?: string;
  documentDate?: Dayjs | null;
}

const DATE = "YYYY-MM-DD";

export function AwardDesignationModal({ onClose }: { onClose: () => void }) {
  const planYear = usePlanYear();
  const [form] = Form.useForm<AwardValues>();
  const types = useQuery(designationTypesQuery());
  const mutation = useFormMutation({
    form,
    mutationFn: (values: AwardValues) =>
      awardDesignation({
        institutionId: values.institutionId.value,
        typeCode: values.typeCode,
        year: values.year,
        documentNo: values.documentNo?.trim() || null,
        documentDate: values.documentDate ? values.documentDate.format(DATE) : null,
      }),
    success: t.designations.awarded,
    invalidate: designationKeys.all,
    onDone: onClose,
  });

  return (
    <FormModal
      form={form}
      title={t.designations.awardTitle}
      okText={t.designations.award}
      saving={mutation.isPending}
      onClose={onClose}
      onFinish={(values) => mutation.mutate(values)}
      initialValues={{ year: planYear }}
      testId="designation-award"
    >
      <Form.Item
        name="institutionId"
        label={t.designations.institution}
        rules={[
          { required: true, message: t.designations.institutionRequired },
          {
            validator: (_rule, value: OrgUnitOption | undefined) =>
              value?.kind === undefined || value.kind === "institution"
                ? Promise.resolve()
                : Promise.reject(new Error(t.designations.institutionKind)),
          },
        ]}
      >
        <OrgUnitPicker testId="designation-award-institution" />
      </Form.Item>
      <Form.Item
        name="typeCode"
        label={t.designations.type}
        rules={[{ required: true, message: t.designations.typeRequired }]}
      >
        <Select
          options={(types.data ?? []).map((type) => ({ value: type.code, label: type.name }))}
          data-testid="designation-award-type"
        />
      </Form.Item>
      <Form.Item
        name="year"
        label={t.designations.year}
        rules={[{ required: true, message: t.designations.yearRequired }]}
      >
        <Select options={yearOptions()} data-testid="designation-award-year" />
      </Form.Item>
      <Form.Item name="documentNo" label={t.designations.documentNo}>
        <Input maxLength={64} placeholder="长教通〔2019〕12号" data-testid="designation-award-document-no" />
      </Form.Item>
      <Form.Item name="documentDate" label={t.designations.documentDate}>
        <DatePicker style={{ width: "100%" }} data-testid="designation-award-document-date" />
      </Form.Item>
    </FormModal>
  );
}
