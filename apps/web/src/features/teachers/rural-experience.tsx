import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Descriptions, Popconfirm, Table, Tag, Typography } from "antd";
import { api } from "../../app/api.ts";
import { t } from "../../app/locale/index.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { showError } from "../../components/show-error.ts";
import { teacherKeys, type RuralExperience, type RuralRecognition } from "./teachers.api.ts";

const r = t.teachers.ruralRecognition;

export const recognitionStatusColor: Record<string, string> = {
  pending: "gold",
  certified: "green",
  rejected: "red",
};

export const monthsLabel = (totalMonths: number) => r.served(Math.floor(totalMonths / 12), totalMonths % 12);

async function loadRural(
  teacherId: string,
): Promise<{ experience: RuralExperience; applications: RuralRecognition[] }> {
  if (teacherId === "me") return api.GET("/api/talent-pool/me/rural-experience");
  const byId = { params: { path: { id: teacherId } } };
  const [experience, applications] = await Promise.all([
    api.GET("/api/talent-pool/teachers/{id}/rural-experience", byId),
    api.GET("/api/talent-pool/teachers/{id}/rural-recognitions", byId),
  ]);
  return { experience, applications: applications.items };
}

/**
 * 农村(薄弱)学校任教经历: the result the domain computes from the teaching history, the applications for
 * 认定 and their status, and 申请认定 for the teacher themself ("me") or a school/district on their behalf.
 */
export function RuralExperienceSection({
  teacherId,
  canApply,
}: {
  /** A teacher's id, or "me" for the signed-in teacher's own record. */
  teacherId: string;
  canApply: boolean;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const data = useQuery({ queryKey: teacherKeys.rural(teacherId), queryFn: () => loadRural(teacherId) });
  const apply = useMutation({
    mutationFn: () =>
      teacherId === "me"
        ? api.POST("/api/talent-pool/me/rural-recognitions")
        : api.POST("/api/talent-pool/teachers/{id}/rural-recognitions", {
            params: { path: { id: teacherId } },
          }),
    onSuccess: async () => {
      void message.success(r.applied);
      await queryClient.invalidateQueries({ queryKey: teacherKeys.all });
    },
    onError: (error) => showError({ error, message }),
  });
  const experience = data.data?.experience;
  const applications = data.data?.applications ?? [];
  const certified = applications.find((a) => a.status === "certified");
  const open = applications.some((a) => a.status === "pending") || certified !== undefined;
  return (
    <section data-testid="rural-experience" style={{ marginTop: 16 }}>
      <div style={{ display: "flex", alignItems: "baseline", justifyContent: "space-between" }}>
        <Typography.Title level={5}>{r.title}</Typography.Title>
        {canApply && experience && !open && (
          <Popconfirm title={r.apply} description={r.applyConfirm} onConfirm={() => apply.mutate()}>
            <Button
              type="primary"
              size="small"
              disabled={!experience.recognised}
              loading={apply.isPending}
              data-testid="rural-apply"
            >
              {r.apply}
            </Button>
          </Popconfirm>
        )}
      </div>
      <ErrorAlert error={data.error} />
      {certified?.certificateNo && (
        <Alert
          type="success"
          showIcon
          title={r.certified(certified.certificateNo)}
          style={{ marginBottom: 12 }}
          data-testid="rural-certified"
        />
      )}
      {experience && (
        <Descriptions size="small" column={2} bordered data-testid="rural-computed">
          <Descriptions.Item label={r.totalLabel}>
            {r.served(experience.years, experience.months)}{" "}
            <Tag color={experience.recognised ? "green" : "default"}>
              {experience.recognised ? r.recognised : r.notRecognised}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={r.periods}>
            {experience.periods.map((p) => `${p.from} ~ ${p.to}`).join("；") || r.noPeriods}
          </Descriptions.Item>
          <Descriptions.Item label={r.basis} span={2}>
            {experience.basis}
          </Descriptions.Item>
          <Descriptions.Item label={r.result} span={2}>
            {experience.message}
          </Descriptions.Item>
        </Descriptions>
      )}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        style={{ marginTop: 12 }}
        loading={data.isFetching}
        dataSource={applications}
        locale={{ emptyText: r.noApplications }}
        data-testid="rural-applications"
        columns={[
          { title: r.appliedAt, dataIndex: "appliedAt", width: 140 },
          { title: r.months, width: 110, render: (_, a) => monthsLabel(a.totalMonths) },
          {
            title: r.status,
            width: 90,
            render: (_, a) => <Tag color={recognitionStatusColor[a.status]}>{r.statuses[a.status]}</Tag>,
          },
          {
            title: `${r.certificateNo} / ${r.reviewNote}`,
            render: (_, a) => [a.certificateNo, a.reviewNote].filter(Boolean).join("；") || "—",
          },
        ]}
      />
    </section>
  );
}
