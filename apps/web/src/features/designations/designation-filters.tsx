import { useQuery } from "@tanstack/react-query";
import { Button, Form, Input, Select, Switch } from "antd";
import { t } from "../../app/locale/index.ts";
import { useDistrictOptions } from "../projects/use-district-options.ts";
import { designationTypesQuery } from "./designations.api.ts";
import type { DesignationFilters } from "./designations.api.ts";

export const EMPTY_FILTERS: DesignationFilters = {
  typeCode: "",
  year: "",
  districtId: "",
  q: "",
  includeRevoked: false,
};

const FIRST_YEAR = 2015;

/** Years offered in pickers: next year back to 2015, newest first. */
export function yearOptions(): { value: number; label: string }[] {
  const last = new Date().getFullYear() + 1;
  return Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => last - i).map((year) => ({
    value: year,
    label: String(year),
  }));
}

interface FilterValues {
  typeCode?: string;
  year?: number;
  districtId?: string;
  q?: string;
  includeRevoked?: boolean;
}

function toValues(filters: DesignationFilters): FilterValues {
  return {
    ...(filters.typeCode ? { typeCode: filters.typeCode } : {}),
    ...(filters.year ? { year: Number(filters.year) } : {}),
    ...(filters.districtId ? { districtId: filters.districtId } : {}),
    q: filters.q,
    includeRevoked: filters.includeRevoked,
  };
}

function toFilters(values: FilterValues): DesignationFilters {
  return {
    typeCode: values.typeCode ?? "",
    year: values.year ? String(values.year) : "",
    districtId: values.districtId ?? "",
    q: values.q?.trim() ?? "",
    includeRevoked: values.includeRevoked ?? false,
  };
}

export function DesignationFiltersForm({
  value,
  onChange,
}: {
  value: DesignationFilters;
  onChange: (filters: DesignationFilters) => void;
}) {
  const [form] = Form.useForm<FilterValues>();
  const types = useQuery(designationTypesQuery());
  const districts = useDistrictOptions();
  return (
    <Form<FilterValues>
      form={form}
      layout="inline"
      initialValues={toValues(value)}
      onFinish={(values) => onChange(toFilters(values))}
      style={{ rowGap: 8 }}
      data-testid="designation-filters"
    >
      <Form.Item name="typeCode">
        <Select
          allowClear
          placeholder={t.designations.allTypes}
          options={(types.data ?? []).map((type) => ({ value: type.code, label: type.name }))}
          style={{ width: 200 }}
          data-testid="designation-filter-type"
        />
      </Form.Item>
      <Form.Item name="year">
        <Select
          allowClear
          placeholder={t.designations.allYears}
          options={yearOptions()}
          style={{ width: 110 }}
          data-testid="designation-filter-year"
        />
      </Form.Item>
      {districts.length > 1 && (
        <Form.Item name="districtId">
          <Select
            allowClear
            placeholder={t.designations.allDistricts}
            options={districts}
            style={{ width: 140 }}
            data-testid="designation-filter-district"
          />
        </Form.Item>
      )}
      <Form.Item name="q">
        <Input
          allowClear
          placeholder={t.designations.institutionSearch}
          style={{ width: 160 }}
          data-testid="designation-filter-q"
        />
      </Form.Item>
      <Form.Item name="includeRevoked" label={t.designations.includeRevoked} valuePropName="checked">
        <Switch size="small" data-testid="designation-filter-revoked" />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" data-testid="designation-filter-submit">
          {t.common.search}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.resetFields();
            form.setFieldsValue(toValues(EMPTY_FILTERS));
            onChange(EMPTY_FILTERS);
          }}
        >
          {t.common.reset}
        </Button>
      </Form.Item>
    </Form>
  );
}
