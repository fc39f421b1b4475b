import { Flex, Spin } from "antd";
import { t } from "../app/locale/index.ts";

export function FullPageSpin() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: 320, height: "100%" }}>
      <Spin size="large" description={t.common.loading} />
    </Flex>
  );
}
