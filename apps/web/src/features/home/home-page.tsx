import { Flex } from "antd";
import { QuickLinks } from "./quick-links.tsx";
import { WelcomeCard } from "./welcome-card.tsx";

export function HomePage() {
  return (
    <Flex vertical gap={16} data-testid="page-home">
      <WelcomeCard />
      <QuickLinks />
    </Flex>
  );
}
