import {
  nextProjectStatus,
  previousProjectStatus,
  PROJECT_STATUS_LABELS,
  PROJECT_STATUSES,
  REQUIRED_DATE_LABELS,
  requiredDateFor,
  type ProjectStatus,
} from "@edubureau/domain/registry";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, DatePicker, Flex, Popconfirm, Steps } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { ApiError } from "../../app/api-error.ts";
import { t } from "../../app/locale/index.ts";
import { projectKeys, transitionProject } from "./projects.api.ts";
import type { Project } from "./projects.api.ts";

/** The server's reason, in full: for 投入使用 it names the environmental test that is missing or failed. */
function refusalText(error: Error): string {
  if (error instanceof ApiError) return error.fieldErrors[0]?.message ?? error.detail ?? error.title;
  return t.errors.page;
}

/**
 * Steps through the statuses. The forward button is always offered: the server decides, and its
 * refusal (毒跑道、毒教室 rule, a missing date) is shown as it sent it.
 */
export function ProjectWorkflow({ project, canWrite }: { project: Project; canWrite: boolean }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [date, setDate] = useState<Dayjs | null>(null);
  const next = nextProjectStatus(project.status);
  const previous = previousProjectStatus(project.status);
  const dateField = next ? requiredDateFor(next) : null;
  const mutation = useMutation({
    mutationFn: (to: ProjectStatus) =>
      transitionProject(project.id, {
        status: to,
        ...(dateField && date && to === next ? { [dateField]: date.format("YYYY-MM-DD") } : {}),
      }),
    onSuccess: async (updated) => {
      void message.success(t.projects.transitioned(updated.statusLabel));
      setDate(null);
      await queryClient.invalidateQueries({ queryKey: projectKeys.all });
    },
  });

  return (
    <div data-testid="project-workflow">
      <Steps
        size="small"
        current={PROJECT_STATUSES.indexOf(project.status)}
        items={PROJECT_STATUSES.map((status) => ({ title: PROJECT_STATUS_LABELS[status] }))}
        style={{ marginBottom: 16 }}
      />
      {canWrite && (
        <Flex gap={8} wrap align="center">
          {next && dateField && (
            <DatePicker
              value={date}
              onChange={setDate}
              placeholder={REQUIRED_DATE_LABELS[dateField]}
              data-testid="project-transition-date"
            />
          )}
          {next && (
            <Button
              type="primary"
              loading={mutation.isPending}
              onClick={() => mutation.mutate(next)}
              data-testid="project-advance"
            >
              {t.projects.advance(PROJECT_STATUS_LABELS[next])}
            </Button>
          )}
          {previous && (
            <Popconfirm
              title={t.projects.stepBackConfirm(PROJECT_STATUS_LABELS[previous])}
              onConfirm={() => mutation.mutate(previous)}
              okButtonProps={{ "data-testid": "project-step-back-confirm" }}
            >
              <Button data-testid="project-step-back">
                {t.projects.stepBack(PROJECT_STATUS_LABELS[previous])}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      )}
      {mutation.error && (
        <Alert
          type="error"
          showIcon
          title={t.projects.refused}
          description={refusalText(mutation.error)}
          style={{ marginTop: 12 }}
          data-testid="project-transition-error"
        />
      )}
    </div>
  );
}
