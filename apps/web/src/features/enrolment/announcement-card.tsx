import { Descriptions, Table, Typography } from "antd";
import { countCell, formatDateTime } from "../../app/format.ts";
import { t } from "../../app/locale/index.ts";
import type { DrawAnnouncement } from "./enrolment.api.ts";

/** 派位公告 of one phase, as published before its draw: rules, seed recipe, each school's frozen list. */
export function AnnouncementView({
  announcement,
  schoolName,
  downloadUrl,
}: {
  announcement: DrawAnnouncement;
  schoolName: (code: string) => string;
  downloadUrl: string;
}) {
  const l = t.enrolment.lottery;
  const seed = announcement.seedAnnouncement;
  return (
    <div data-testid={`announcement-${announcement.phase}`}>
      <Typography.Paragraph>
        {l.announcementIntro(
          formatDateTime(announcement.publishedAt),
          formatDateTime(announcement.earliestDrawAt),
        )}{" "}
        <a href={downloadUrl} download data-testid="announcement-download">
          {l.downloadAnnouncement}
        </a>
      </Typography.Paragraph>
      <Descriptions size="small" column={1} bordered style={{ marginBottom: 12 }}>
        <Descriptions.Item label={l.rules}>
          {t.enrolment.mechanisms[announcement.mechanism]}；{l.partialUnits[announcement.partialUnit]}
        </Descriptions.Item>
        <Descriptions.Item label={l.seedRecipe}>
          <div>{l.onSite(seed.labels.length, seed.digits)}</div>
          {(seed.commitments ?? []).length > 0 && (
            <div data-testid="announcement-commitments">
              {l.committedNumbers(seed.commitments?.length ?? 0)}
              {seed.commitments?.map((c) => (
                <div key={c.label}>
                  {l.onSiteNumber(seed.labels.indexOf(c.label) + 1)}：
                  <Typography.Text code style={{ fontSize: 11, wordBreak: "break-all" }}>
                    {c.digest}
                  </Typography.Text>
                </div>
              ))}
            </div>
          )}
          {(seed.publicValues ?? []).map((v) => (
            <div key={v.label} data-testid="announcement-public-value">
              {l.publicValue(v.source, formatDateTime(v.availableAt))}
            </div>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={l.announcementDigest}>
          <Typography.Text code style={{ fontSize: 11, wordBreak: "break-all" }}>
            {announcement.digest}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        rowKey="school"
        pagination={false}
        scroll={{ x: true }}
        dataSource={announcement.lists}
        columns={[
          { title: t.enrolment.school, render: (_, s) => schoolName(s.school) },
          { title: t.enrolment.quota, dataIndex: "quota", align: "right", render: countCell },
          { title: l.listApplicants, dataIndex: "applicants", align: "right", render: countCell },
          {
            title: t.enrolment.digest,
            dataIndex: "digest",
            render: (d: string) => (
              <Typography.Text code style={{ fontSize: 11 }}>
                {`${d.slice(0, 16)}…`}
              </Typography.Text>
            ),
          },
        ]}
      />
    </div>
  );
}
