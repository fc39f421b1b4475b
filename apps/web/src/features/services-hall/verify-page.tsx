import { useQuery } from "@tanstack/react-query";
import { Alert, Card, Descriptions, Input, Space } from "antd";
import { useSearchParams } from "react-router";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { t } from "../../app/locale/index.ts";
import { verifyQuery } from "./services-hall.api.ts";

const s = t.servicesHall;

/** 办理结果验真: anyone checks the code printed on a result; the holder's name is masked. */
export function VerifyPage() {
  const [params, setParams] = useSearchParams();
  const code = (params.get("code") ?? "").trim().toUpperCase();
  const result = useQuery(verifyQuery(code));
  const data = result.data;
  return (
    <Card title={s.verifyTitle} data-testid="page-services-verify">
      <Space direction="vertical" size="middle" style={{ width: "100%" }}>
        <Input.Search
          defaultValue={code}
          placeholder={s.verifyCode}
          enterButton={s.verifyButton}
          onSearch={(v) => setParams(v.trim() ? { code: v.trim() } : {})}
          data-testid="services-verify-code"
        />
        <ErrorAlert error={result.error} />
        {data && !data.found && (
          <Alert type="error" showIcon title={s.notFound} data-testid="services-verify-result" />
        )}
        {data?.found && (
          <>
            <Alert
              type={data.valid ? "success" : "error"}
              showIcon
              title={data.valid ? s.genuine : s.revoked}
              data-testid="services-verify-result"
            />
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={s.resultTitle}>{data.title}</Descriptions.Item>
              <Descriptions.Item label={s.caseNo}>{data.caseNo}</Descriptions.Item>
              <Descriptions.Item label={s.item}>{data.itemName}</Descriptions.Item>
              <Descriptions.Item label={s.holderName}>{data.holder}</Descriptions.Item>
              <Descriptions.Item label={s.unit}>{data.unit}</Descriptions.Item>
              <Descriptions.Item label={s.issuedOn}>{data.issuedOn}</Descriptions.Item>
            </Descriptions>
          </>
        )}
      </Space>
    </Card>
  );
}
