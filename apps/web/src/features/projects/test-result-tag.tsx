import { CheckCircleFilled, ClockCircleOutlined, CloseCircleFilled } from "@ant-design/icons";
import { TEST_RESULT_LABELS, type TestResult } from "@edubureau/domain/registry";
import { Tag } from "antd";

const COLORS: Record<TestResult, string> = { pending: "default", passed: "success", failed: "error" };

function ResultIcon({ result }: { result: TestResult }) {
  switch (result) {
    case "passed":
      return <CheckCircleFilled />;
    case "failed":
      return <CloseCircleFilled />;
    case "pending":
      return <ClockCircleOutlined />;
  }
}

/** 合格 / 不合格 / 未检测, optionally prefixed with the test's short name. */
export function TestResultTag({
  result,
  prefix,
  testId,
}: {
  result: TestResult;
  prefix?: string;
  testId?: string;
}) {
  return (
    <Tag color={COLORS[result]} icon={<ResultIcon result={result} />} data-testid={testId}>
      {prefix ? `${prefix}${TEST_RESULT_LABELS[result]}` : TEST_RESULT_LABELS[result]}
    </Tag>
  );
}
