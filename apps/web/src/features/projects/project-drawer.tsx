import { OWNERSHIP_LABELS } from "@edubureau/domain/registry";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Descriptions, Divider, Drawer, Popconfirm, Space, Spin, Tag } from "antd";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { showError } from "../../components/show-error.ts";
import { t } from "../../app/locale/index.ts";
import { formatWan } from "./format-wan.ts";
import { deleteProject, projectKeys, projectQuery } from "./projects.api.ts";
import type { Project } from "./projects.api.ts";
import { ProjectTests } from "./project-tests.tsx";
import { ProjectWorkflow } from "./project-workflow.tsx";

function details(project: Project) {
  const dash = t.projects.none;
  return [
    { key: "district", label: t.projects.district, children: project.district.name },
    {
      key: "institution",
      label: project.institution ? t.projects.institution : t.projects.plannedInstitutionName,
      children: project.institution?.name ?? project.plannedInstitutionName ?? dash,
    },
    {
      key: "kind",
      label: `${t.projects.kind} / ${t.projects.level}`,
      children: (
        <Space size={4}>
          <Tag color="blue">{project.kindLabel}</Tag>
          <Tag>{project.levelLabel}</Tag>
          <Tag>{OWNERSHIP_LABELS[project.ownership]}</Tag>
        </Space>
      ),
    },
    { key: "places", label: t.projects.placesAdded, children: project.placesAdded },
    { key: "investment", label: t.projects.investment, children: formatWan(project.investmentWan) },
    { key: "plannedStart", label: t.projects.plannedStart, children: project.plannedStart ?? dash },
    { key: "plannedFinish", label: t.projects.plannedFinish, children: project.plannedFinish ?? dash },
    { key: "actualStart", label: t.projects.actualStart, children: project.actualStart ?? dash },
    { key: "actualFinish", label: t.projects.actualFinish, children: project.actualFinish ?? dash },
  ];
}

interface ProjectDrawerProps {
  id: string;
  canWrite: boolean;
  onEdit: (project: Project) => void;
  onClose: () => void;
}

/** One project: its facts, the environmental tests and the status buttons. */
export function ProjectDrawer({ id, canWrite, onEdit, onClose }: ProjectDrawerProps) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const project = useQuery(projectQuery(id));
  const remove = useMutation({
    mutationFn: () => deleteProject(id),
    onSuccess: async () => {
      void message.success(t.projects.deleted);
      onClose();
      await queryClient.invalidateQueries({ queryKey: projectKeys.all });
    },
    onError: (error) => showError({ error, message }),
  });
  const data = project.data;

  return (
    <Drawer
      open
      size={640}
      title={data?.name ?? t.projects.detail}
      onClose={onClose}
      extra={
        data &&
        canWrite && (
          <Space>
            <Button onClick={() => onEdit(data)} data-testid="project-edit">
              {t.common.edit}
            </Button>
            {data.status === "planned" && (
              <Popconfirm
                title={t.projects.deleteConfirm(data.name)}
                okButtonProps={{ danger: true, "data-testid": "project-delete-confirm" }}
                onConfirm={() => remove.mutate()}
              >
                <Button danger loading={remove.isPending} data-testid="project-delete">
                  {t.projects.delete}
                </Button>
              </Popconfirm>
            )}
          </Space>
        )
      }
      data-testid="project-drawer"
    >
      <ErrorAlert error={project.error} />
      {project.isPending && <Spin />}
      {data && (
        <>
          <Descriptions size="small" column={2} items={details(data)} />
          <Divider titlePlacement="start">{t.projects.workflow}</Divider>
          <ProjectWorkflow key={data.status} project={data} canWrite={canWrite} />
          <Divider titlePlacement="start">{t.projects.tests}</Divider>
          <ProjectTests project={data} canWrite={canWrite} />
        </>
      )}
    </Drawer>
  );
}
