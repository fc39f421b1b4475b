import { useQuery } from "@tanstack/react-query";
import { Button, Descriptions, Drawer, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { t } from "../../app/locale/index.ts";
import { useSession } from "../../app/session/session-context.ts";
import { hasPermission } from "../../app/session/permissions.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { EthicsRecords } from "./ethics-records.tsx";
import { RuralExperienceSection } from "./rural-experience.tsx";
import { TeacherAbsences } from "./teacher-absences.tsx";
import { employmentLabel, gradeLabel, postLabel, stageLabel, titleLabel } from "./teacher-labels.ts";
import { teacherIdentity, teacherQuery, type TeacherDetail } from "./teachers.api.ts";
import { TrainingCredits } from "./training-credits.tsx";

const c = t.teachers.columns;

export function TeacherProfile({
  teacher,
  identity,
  birthDate,
}: {
  teacher: TeacherDetail;
  identity?: React.ReactNode;
  /** The full birth date once the identity was revealed; otherwise the record shows the year only. */
  birthDate?: string | undefined;
}) {
  return (
    <>
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label={c.teacherNumber}>{teacher.teacherNumber}</Descriptions.Item>
        <Descriptions.Item label={c.name}>{teacher.name}</Descriptions.Item>
        <Descriptions.Item label={c.sex}>{t.teachers.sex[teacher.sex]}</Descriptions.Item>
        <Descriptions.Item label={c.birthDate}>{birthDate ?? teacher.birthDate}</Descriptions.Item>
        <Descriptions.Item label={c.idNumber} span={2}>
          {identity ?? teacher.idNumber}
        </Descriptions.Item>
        <Descriptions.Item label={c.institution}>{teacher.institution.name}</Descriptions.Item>
        <Descriptions.Item label={c.district}>{teacher.district.name}</Descriptions.Item>
        <Descriptions.Item label={c.post}>{postLabel(teacher.post)}</Descriptions.Item>
        <Descriptions.Item label={c.subject}>{teacher.subject}</Descriptions.Item>
        <Descriptions.Item label={c.stage}>{stageLabel(teacher.stage)}</Descriptions.Item>
        <Descriptions.Item label={c.title}>{titleLabel(teacher.title)}</Descriptions.Item>
        <Descriptions.Item label={c.employment}>{employmentLabel(teacher.employment)}</Descriptions.Item>
        <Descriptions.Item label={c.qualification}>
          {teacher.qualification.type ?? "—"} {teacher.qualification.subject ?? ""}
        </Descriptions.Item>
        <Descriptions.Item label={t.teachers.qualificationNumber}>
          {teacher.qualification.number ?? "—"}
        </Descriptions.Item>
        <Descriptions.Item label={t.teachers.firstRegisteredOn}>
          {teacher.qualification.firstRegisteredOn ?? "—"}
        </Descriptions.Item>
        <Descriptions.Item label={c.registeredOn}>{teacher.registeredOn ?? "—"}</Descriptions.Item>
        {teacher.ruralCertificate && (
          <Descriptions.Item label={t.teachers.ruralRecognition.title} span={2}>
            <Tag color="green">{t.teachers.ruralRecognition.statuses.certified}</Tag>
            {`${teacher.ruralCertificate.certificateNo}（${teacher.ruralCertificate.certifiedOn}）`}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t.teachers.postings}
      </Typography.Title>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={teacher.postings}
        columns={[
          { title: c.institution, dataIndex: "schoolName" },
          { title: t.teachers.postingPeriod, render: (_, p) => `${p.from} ~ ${p.to ?? t.teachers.present}` },
          {
            title: t.teachers.rural,
            render: (_, p) => (p.rural ? <Tag color="green">{t.teachers.rural}</Tag> : "—"),
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t.teachers.reviews}
      </Typography.Title>
      <Typography.Paragraph>
        {teacher.reviews.map((r) => `${r.year}：${gradeLabel(r.grade)}`).join("　") || "—"}
      </Typography.Paragraph>
    </>
  );
}

/** One teacher's record; the full ID number only on request, for accounts with teachers.personal. */
export function TeacherDetailDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const me = useSession();
  const detail = useQuery(teacherQuery(id));
  const [full, setFull] = useState<{ idNumber: string; birthDate: string } | null>(null);
  const identity = detail.data && (
    <>
      {full?.idNumber ?? detail.data.idNumber}{" "}
      {full === null && hasPermission(me, "teachers.personal") && (
        <Button
          size="small"
          type="link"
          onClick={() => void teacherIdentity(id).then(setFull)}
          data-testid="teacher-show-identity"
        >
          {t.teachers.showIdentity}
        </Button>
      )}
    </>
  );
  return (
    <Drawer open width={760} title={t.teachers.detail} onClose={onClose} data-testid="teacher-detail">
      <ErrorAlert error={detail.error} />
      {detail.data && (
        <TeacherProfile teacher={detail.data} identity={identity} birthDate={full?.birthDate} />
      )}
      {detail.data && <TrainingCredits teacherId={id} />}
      {detail.data && (
        <RuralExperienceSection teacherId={id} canApply={hasPermission(me, "teachers.write")} />
      )}
      {detail.data && <TeacherAbsences teacherId={id} canWrite={hasPermission(me, "teachers.write")} />}
      {detail.data && hasPermission(me, "ethics.read") && (
        <EthicsRecords teacherId={id} canWrite={hasPermission(me, "ethics.write")} />
      )}
    </Drawer>
  );
}
