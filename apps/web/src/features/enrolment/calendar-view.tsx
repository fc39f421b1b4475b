import { Descriptions, Tag } from "antd";
import {
  openWindows,
  WINDOW_KINDS,
  WINDOW_LABELS,
  describeWindow,
  type EnrolmentCalendar,
} from "@edubureau/domain/enrolment";
import { t } from "../../app/locale/index.ts";

/** Beijing calendar day of now, the day the server compares windows against. */
export function beijingToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The six windows of a round, the open ones marked. */
export function CalendarView({ calendar }: { calendar: EnrolmentCalendar }) {
  const open = new Set(openWindows(calendar, beijingToday()));
  return (
    <Descriptions size="small" column={3} bordered data-testid="enrolment-calendar">
      {WINDOW_KINDS.map((kind) => (
        <Descriptions.Item key={kind} label={WINDOW_LABELS[kind]}>
          {describeWindow(calendar[kind])} {open.has(kind) && <Tag color="green">{t.enrolment.today}</Tag>}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
