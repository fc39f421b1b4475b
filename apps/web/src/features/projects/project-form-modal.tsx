import {
  OWNERSHIP_LABELS,
  OWNERSHIPS,
  type Ownership,
  type ProjectKind,
  type SchoolLevel,
} from "@edubureau/domain/registry";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect } from "react";
import { showFormError } from "../../components/show-error.ts";
import { t } from "../../app/locale/index.ts";
import { OrgUnitPicker, type OrgUnitOption } from "../org-units/org-unit-picker.tsx";
import { KIND_OPTIONS, LEVEL_OPTIONS } from "./project-filters.tsx";
import type { Project, ProjectInput } from "./projects.api.ts";
import { createProject, projectKeys, updateProject } from "./projects.api.ts";
import { useDistrictOptions } from "./use-district-options.ts";

interface ProjectValues {
  name: string;
  institutionId?: OrgUnitOption | null;
  plannedInstitutionName?: string;
  districtId?: string;
  kind: ProjectKind;
  level: SchoolLevel;
  ownership?: Ownership;
  placesAdded?: number | null;
  investmentWan?: number | null;
  plannedStart?: Dayjs | null;
  plannedFinish?: Dayjs | null;
  actualStart?: Dayjs | null;
  actualFinish?: Dayjs | null;
}

const OWNERSHIP_OPTIONS = OWNERSHIPS.map((value) => ({ value, label: OWNERSHIP_LABELS[value] }));
const isoDay = (value: Dayjs | null | undefined) => (value ? value.format("YYYY-MM-DD") : null);
const day = (value: string | null) => (value ? dayjs(value) : null);

// Both create and edit: a district is never sent as null (an edit leaves it as it is).
function toInput(values: ProjectValues, editing: boolean): ProjectInput & { districtId?: string } {
  const institutionId = values.institutionId?.value ?? null;
  return {
    name: values.name,
    institutionId,
    plannedInstitutionName: values.plannedInstitutionName?.trim() || null,
    // With a school picked, the server takes the district from the registry.
    ...(institutionId ? {} : { districtId: values.districtId ?? undefined }),
    kind: values.kind,
    level: values.level,
    ...(values.ownership ? { ownership: values.ownership } : {}),
    placesAdded: values.placesAdded ?? 0,
    investmentWan: values.investmentWan ?? null,
    plannedStart: isoDay(values.plannedStart),
    plannedFinish: isoDay(values.plannedFinish),
    ...(editing
      ? { actualStart: isoDay(values.actualStart), actualFinish: isoDay(values.actualFinish) }
      : {}),
  };
}

function initialValues(project: Project | undefined): Partial<ProjectValues> {
  if (!project) return { kind: "new", level: "compulsory", ownership: "public", placesAdded: 0 };
  return {
    name: project.name,
    institutionId: project.institution
      ? { value: project.institution.id, label: project.institution.name, kind: "institution" }
      : null,
    plannedInstitutionName: project.plannedInstitutionName ?? "",
    districtId: project.district.id,
    kind: project.kind,
    level: project.level,
    ownership: project.ownership,
    placesAdded: project.placesAdded,
    investmentWan: project.investmentWan,
    plannedStart: day(project.plannedStart),
    plannedFinish: day(project.plannedFinish),
    actualStart: day(project.actualStart),
    actualFinish: day(project.actualFinish),
  };
}

/** Creates a project (always in 规划) or edits one; status and tests change in the drawer. */
export function ProjectFormModal({ project, onClose }: { project?: Project; onClose: () => void }) {
  const [form] = Form.useForm<ProjectValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const districts = useDistrictOptions({ includeCity: true });
  const institution = Form.useWatch("institutionId", form);
  const editing = project !== undefined;
  // A district account files projects in its own district: pick it once the options arrive.
  const onlyDistrict = districts.length === 1 ? districts[0]?.value : undefined;
  useEffect(() => {
    if (!editing && onlyDistrict && !form.getFieldValue("districtId"))
      form.setFieldValue("districtId", onlyDistrict);
  }, [editing, onlyDistrict, form]);
  const mutation = useMutation({
    mutationFn: (values: ProjectValues) =>
      project ? updateProject(project.id, toInput(values, true)) : createProject(toInput(values, false)),
    onSuccess: async () => {
      void message.success(editing ? t.common.saved : t.projects.created);
      await queryClient.invalidateQueries({ queryKey: projectKeys.all });
      onClose();
    },
    onError: (error) => showFormError({ error, form, message }),
  });

  return (
    <Modal
      open
      width={720}
      title={project ? t.projects.editTitle(project.name) : t.projects.createTitle}
      okText={editing ? t.common.save : t.common.create}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      okButtonProps={{ "data-testid": "project-form-submit" }}
    >
      <Form<ProjectValues>
        form={form}
        layout="vertical"
        initialValues={initialValues(project)}
        onFinish={(values) => mutation.mutate(values)}
        data-testid="project-form"
      >
        <Form.Item
          name="name"
          label={t.projects.name}
          rules={[{ required: true, whitespace: true, message: t.projects.nameRequired }]}
        >
          <Input maxLength={100} data-testid="project-form-name" />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="institutionId"
              label={t.projects.institution}
              rules={[
                {
                  validator: (_rule, value: OrgUnitOption | null | undefined) =>
                    !value || value.kind === undefined || value.kind === "institution"
                      ? Promise.resolve()
                      : Promise.reject(new Error(t.projects.institutionKind)),
                },
              ]}
            >
              <OrgUnitPicker testId="project-form-institution" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="districtId" label={t.projects.district}>
              <Select
                options={districts}
                disabled={Boolean(institution)}
                data-testid="project-form-district"
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="plannedInstitutionName"
          label={t.projects.plannedInstitutionName}
          extra={t.projects.plannedInstitutionHint}
        >
          <Input maxLength={100} data-testid="project-form-planned-name" />
        </Form.Item>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item
              name="kind"
              label={t.projects.kind}
              rules={[{ required: true, message: t.projects.kindRequired }]}
            >
              <Select options={KIND_OPTIONS} data-testid="project-form-kind" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="level"
              label={t.projects.level}
              rules={[{ required: true, message: t.projects.levelRequired }]}
            >
              <Select options={LEVEL_OPTIONS} data-testid="project-form-level" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="ownership" label={t.projects.ownership}>
              <Select options={OWNERSHIP_OPTIONS} disabled={Boolean(institution)} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="placesAdded" label={t.projects.placesAdded}>
              <InputNumber
                min={0}
                precision={0}
                style={{ width: "100%" }}
                data-testid="project-form-places"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="investmentWan" label={t.projects.investment}>
              <InputNumber
                min={0}
                precision={2}
                style={{ width: "100%" }}
                data-testid="project-form-investment"
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="plannedStart" label={t.projects.plannedStart}>
              <DatePicker style={{ width: "100%" }} data-testid="project-form-planned-start" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="plannedFinish" label={t.projects.plannedFinish}>
              <DatePicker style={{ width: "100%" }} data-testid="project-form-planned-finish" />
            </Form.Item>
          </Col>
        </Row>
        {project && project.status !== "planned" && (
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name="actualStart" label={t.projects.actualStart}>
                <DatePicker style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="actualFinish" label={t.projects.actualFinish}>
                <DatePicker style={{ width: "100%" }} disabled={project.status === "under_construction"} />
              </Form.Item>
            </Col>
          </Row>
        )}
      </Form>
    </Modal>
  );
}
