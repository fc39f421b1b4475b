import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Input,
  List,
  Rate,
  Space,
  Tag,
  Timeline,
  Typography,
} from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { formatDateTime } from "../../app/format.ts";
import { t } from "../../app/locale/index.ts";
import { CaseActions } from "./case-actions.tsx";
import { showProblems } from "./problem-text.ts";
import { caseQuery, servicesApi, servicesKeys, type CaseDetail } from "./services-hall.api.ts";
import { TimeLimitTag } from "./time-limit-tag.tsx";

const s = t.servicesHall;

/** One case: where it is, who holds it, its clock, its history, and what the reader may do next. */
export function CaseDetailCard({ id }: { id: string }) {
  const c = useQuery(caseQuery(id));
  if (c.error) return <ErrorAlert error={c.error} />;
  if (!c.data) return <Card loading />;
  const data = c.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }} data-testid="services-case-detail">
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={s.caseNo}>{data.caseNo}</Descriptions.Item>
        <Descriptions.Item label={s.item}>{data.itemName}</Descriptions.Item>
        <Descriptions.Item label={s.status}>
          <Space wrap>
            <Tag data-testid="services-case-status">{data.statusLabel}</Tag>
            {data.outcome && (
              <Tag color={data.outcome === "approved" ? "green" : "red"}>{s.outcome[data.outcome]}</Tag>
            )}
            <TimeLimitTag c={data} />
            {data.escalated && <Tag color="red">{s.escalated}</Tag>}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={s.holder}>{data.holder}</Descriptions.Item>
        <Descriptions.Item label={s.submittedOn}>{data.submittedOn}</Descriptions.Item>
        {data.deadline && <Descriptions.Item label={s.deadline}>{data.deadline}</Descriptions.Item>}
        {data.reason && <Descriptions.Item label={s.reason}>{data.reason}</Descriptions.Item>}
      </Descriptions>
      {data.status === "correction" && data.correctionItems && (
        <Alert
          type="warning"
          showIcon
          title={s.correctionNotice}
          description={
            <ol style={{ margin: 0, paddingLeft: 20 }}>
              {data.correctionItems.map((x) => (
                <li key={x}>{x}</li>
              ))}
            </ol>
          }
        />
      )}
      <Descriptions title={s.form} column={1} size="small">
        {data.formLabelled.map((f) => (
          <Descriptions.Item key={f.label} label={f.label}>
            {f.value}
          </Descriptions.Item>
        ))}
      </Descriptions>
      {data.materials.length > 0 && (
        <List
          header={s.materialsTitle}
          size="small"
          dataSource={data.materials}
          renderItem={(m) => (
            <List.Item>
              <a href={servicesApi.materialUrl(data.id, m.id)}>{m.name}</a>
            </List.Item>
          )}
        />
      )}
      <Typography.Title level={5}>{s.history}</Typography.Title>
      <Timeline
        items={data.events.map((e) => ({
          children: (
            <div>
              <div>{e.note}</div>
              <Typography.Text type="secondary">
                {formatDateTime(e.at)} {e.actorName ?? ""}{" "}
                {e.workingDays > 0 ? s.stepDays(e.workingDays) : ""}
              </Typography.Text>
            </div>
          ),
        }))}
      />
      {data.hasResult && (
        <Space wrap>
          <Button type="primary" href={servicesApi.resultUrl(data.id)} data-testid="services-download-result">
            {s.downloadResult}
          </Button>
          {data.verificationCode && (
            <Link
              to={`/public/services-verify?code=${data.verificationCode}`}
              data-testid="services-verify-link"
            >
              {s.verifyCode}：{data.verificationCode}（{s.verifyLink}）
            </Link>
          )}
        </Space>
      )}
      <CaseActions c={data} />
      <RatingPanel c={data} />
    </Space>
  );
}

function RatingPanel({ c }: { c: CaseDetail }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [stars, setStars] = useState(5);
  const [comment, setComment] = useState("");
  const [answer, setAnswer] = useState("");
  const done = async (text: string) => {
    void message.success(text);
    await queryClient.invalidateQueries({ queryKey: servicesKeys.all });
  };
  const rate = useMutation({
    mutationFn: () => servicesApi.rate(c.id, stars, comment),
    onSuccess: () => done(s.rated),
    onError: (error: Error) => showProblems(error, message),
  });
  const reply = useMutation({
    mutationFn: () => servicesApi.answer(c.id, answer),
    onSuccess: () => done(s.answered),
    onError: (error: Error) => showProblems(error, message),
  });
  if (c.rating) {
    return (
      <Card size="small" title={s.yourRating} data-testid="services-rating">
        <Rate disabled value={c.rating.rating} />
        {c.rating.comment && <Typography.Paragraph>{c.rating.comment}</Typography.Paragraph>}
        {c.rating.followUpDue && !c.rating.followUpAnswer && (
          <Typography.Paragraph type="warning">{s.followUpDue(c.rating.followUpDue)}</Typography.Paragraph>
        )}
        {c.rating.followUpAnswer && (
          <Typography.Paragraph>
            {s.followUp}：{c.rating.followUpAnswer}
          </Typography.Paragraph>
        )}
        {c.abilities.answerRating && (
          <Space.Compact style={{ width: "100%" }}>
            <Input value={answer} onChange={(e) => setAnswer(e.target.value)} />
            <Button onClick={() => reply.mutate()} loading={reply.isPending}>
              {s.answer}
            </Button>
          </Space.Compact>
        )}
      </Card>
    );
  }
  if (!c.abilities.rate) return null;
  return (
    <Card size="small" title={s.rateTitle} data-testid="services-rate">
      <Space direction="vertical" style={{ width: "100%" }}>
        <Rate value={stars} onChange={setStars} />
        <Input.TextArea
          rows={2}
          placeholder={s.rateComment}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
        <Button
          type="primary"
          onClick={() => rate.mutate()}
          loading={rate.isPending}
          data-testid="services-rate-submit"
        >
          {s.rate}
        </Button>
      </Space>
    </Card>
  );
}
