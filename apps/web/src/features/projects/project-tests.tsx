import {
  checkTestRecording,
  TEST_RESULT_LABELS,
  TEST_RESULTS,
  type TestResult,
} from "@edubureau/domain/registry";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, DatePicker, Descriptions, Form, Select, Space, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { showFormError } from "../../components/show-error.ts";
import { t } from "../../app/locale/index.ts";
import { projectKeys, recordProjectTests } from "./projects.api.ts";
import type { Project } from "./projects.api.ts";
import { TestResultTag } from "./test-result-tag.tsx";

interface TestValues {
  indoorAir: { result: TestResult; testedOn: Dayjs | null };
  syntheticTrack: { result: TestResult; testedOn: Dayjs | null };
}

const RESULT_OPTIONS = TEST_RESULTS.map((result) => ({ value: result, label: TEST_RESULT_LABELS[result] }));

function day(date: string | null): Dayjs | null {
  return date ? dayjs(date) : null;
}

function entry(value: { result: TestResult; testedOn: Dayjs | null }) {
  return { result: value.result, testedOn: value.testedOn ? value.testedOn.format("YYYY-MM-DD") : null };
}

/** 室内空气质量检测 and 塑胶跑道材料检测: what is on record, and a form to record results while allowed. */
export function ProjectTests({ project, canWrite }: { project: Project; canWrite: boolean }) {
  const [form] = Form.useForm<TestValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const refusal = checkTestRecording(project.status);
  const mutation = useMutation({
    mutationFn: (values: TestValues) =>
      recordProjectTests(project.id, {
        indoorAir: entry(values.indoorAir),
        syntheticTrack: entry(values.syntheticTrack),
      }),
    onSuccess: async () => {
      void message.success(t.projects.testsSaved);
      await queryClient.invalidateQueries({ queryKey: projectKeys.all });
    },
    onError: (error) => showFormError({ error, form, message }),
  });

  return (
    <div data-testid="project-tests">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t.projects.testsHint}
      </Typography.Paragraph>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          {
            key: "indoorAir",
            label: t.projects.indoorAir,
            children: (
              <Space>
                <TestResultTag result={project.indoorAirTest} testId="project-indoor-air-result" />
                {project.indoorAirTestedOn}
              </Space>
            ),
          },
          {
            key: "syntheticTrack",
            label: t.projects.syntheticTrack,
            children: (
              <Space>
                <TestResultTag result={project.syntheticTrackTest} testId="project-synthetic-track-result" />
                {project.syntheticTrackTestedOn}
              </Space>
            ),
          },
        ]}
      />
      {canWrite && refusal && <Alert type="info" showIcon title={refusal} style={{ marginTop: 12 }} />}
      {canWrite && !refusal && (
        <Form<TestValues>
          key={project.updatedAt}
          form={form}
          layout="inline"
          style={{ marginTop: 12, rowGap: 8 }}
          initialValues={{
            indoorAir: { result: project.indoorAirTest, testedOn: day(project.indoorAirTestedOn) },
            syntheticTrack: {
              result: project.syntheticTrackTest,
              testedOn: day(project.syntheticTrackTestedOn),
            },
          }}
          onFinish={(values) => mutation.mutate(values)}
          data-testid="project-tests-form"
        >
          {(["indoorAir", "syntheticTrack"] as const).map((test) => (
            <Space.Compact key={test} style={{ width: "100%" }}>
              <Form.Item label={t.projects[test]} name={[test, "result"]} style={{ marginInlineEnd: 0 }}>
                <Select
                  options={RESULT_OPTIONS}
                  style={{ width: 100 }}
                  data-testid={`project-test-${test}-result`}
                />
              </Form.Item>
              <Form.Item name={[test, "testedOn"]}>
                <DatePicker placeholder={t.projects.testedOn} data-testid={`project-test-${test}-date`} />
              </Form.Item>
            </Space.Compact>
          ))}
          <Form.Item>
            <Button htmlType="submit" loading={mutation.isPending} data-testid="project-tests-submit">
              {t.projects.recordTests}
            </Button>
          </Form.Item>
        </Form>
      )}
    </div>
  );
}
