import { Table, Typography } from "antd";
import { t } from "../../app/locale/index.ts";
import type { LedgerFigures } from "./enrolment.api.ts";
import { countCell } from "../../app/format.ts";

/** The placement ledger now: places = admitted + free per school; the totals line adds up the applicants. */
export function LedgerFiguresTable({ figures }: { figures: LedgerFigures }) {
  const l = t.enrolment.lottery;
  return (
    <div data-testid="ledger-figures">
      <Typography.Title level={5}>{l.figures}</Typography.Title>
      <Typography.Paragraph data-testid="ledger-totals">{l.figuresTotals(figures)}</Typography.Paragraph>
      <Table
        size="small"
        rowKey="school"
        pagination={false}
        scroll={{ x: true }}
        dataSource={figures.schools}
        columns={[
          { title: t.enrolment.school, dataIndex: "name" },
          { title: l.plannedPlaces, dataIndex: "plannedPlaces", align: "right", render: countCell },
          { title: l.reserved, dataIndex: "reservedPlaces", align: "right", render: countCell },
          { title: t.enrolment.lotteryPlaces, dataIndex: "places", align: "right", render: countCell },
          { title: t.enrolment.admitted, dataIndex: "admitted", align: "right", render: countCell },
          { title: l.free, dataIndex: "free", align: "right", render: countCell },
          { title: t.enrolment.waiting, dataIndex: "waiting", align: "right", render: countCell },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {l.reservedNote}
      </Typography.Paragraph>
    </div>
  );
}
