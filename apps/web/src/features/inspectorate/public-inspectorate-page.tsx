import { useQuery } from "@tanstack/react-query";
import { Button, Card, Empty, Input, List, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { api } from "../../app/api.ts";
import { t } from "../../app/locale/index.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";

const P = t.inspectorate.publicBoard;

/** 督导公开 (phone width, reached from the QR code on a school's 挂牌): a school's 责任督学 and the complaint channel; the public 整改 list. */
export function PublicInspectoratePage() {
  // The school's 挂牌 carries a QR code to this page with its code, so a parent never types it.
  const [params] = useSearchParams();
  const [code, setCode] = useState(params.get("school") ?? "");
  const [asked, setAsked] = useState<string | null>(params.get("school"));
  const board = useQuery({
    queryKey: ["inspectorate", "public-school", asked],
    queryFn: () =>
      api.GET("/api/public/inspectorate/schools/{code}", {
        params: { path: { code: asked ?? "" } },
        redirectOn401: false,
      }),
    enabled: asked !== null,
    retry: false,
  });
  const list = useQuery({
    queryKey: ["inspectorate", "public-rectifications"],
    queryFn: () => api.GET("/api/public/inspectorate/rectifications", { redirectOn401: false }),
  });
  return (
    <Space
      direction="vertical"
      style={{ width: "100%", maxWidth: 720, margin: "0 auto" }}
      data-testid="page-public-inspectorate"
    >
      <Card title={P.schoolTitle}>
        <Space.Compact style={{ width: "100%" }}>
          <Input
            placeholder={P.codePlaceholder}
            value={code}
            onChange={(e) => setCode(e.target.value.trim())}
            inputMode="numeric"
          />
          <Button type="primary" onClick={() => setAsked(code)} disabled={code === ""}>
            {P.lookUp}
          </Button>
        </Space.Compact>
        <ErrorAlert error={board.error} />
        {board.data && (
          <Space direction="vertical" style={{ marginTop: 12 }}>
            <Typography.Text strong>{board.data.schoolName}</Typography.Text>
            <span>
              {P.inspector}：
              {board.data.inspectors.length > 0 ? board.data.inspectors.join("、") : P.noInspector}
            </span>
            <Link to={board.data.complaintPath}>{P.complain}</Link>
          </Space>
        )}
      </Card>
      <Card title={P.listTitle}>
        <ErrorAlert error={list.error} />
        {list.data?.items.length === 0 ? (
          <Empty description={t.inspectorate.none} />
        ) : (
          <List
            loading={list.isLoading}
            dataSource={list.data?.items ?? []}
            renderItem={(r) => (
              <List.Item>
                <List.Item.Meta
                  title={r.title}
                  description={
                    <>
                      {r.unitName} · {P.deadline} {r.deadline} <Tag>{r.stateLabel}</Tag>
                    </>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </Card>
    </Space>
  );
}
