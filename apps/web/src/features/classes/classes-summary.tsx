import type { ClassesSummary } from "@edubureau/domain/registry";
import { Card, Col, Row, Statistic } from "antd";
import { t } from "../../app/locale/index.ts";
import { formatShare } from "../../app/format.ts";

/** Totals of the year as edited, 大班额 counts per 国发〔2016〕40号. */
export function ClassesSummaryCards({ summary }: { summary: ClassesSummary }) {
  const large = summary.byBand.large + summary.byBand.superLarge;
  const cards = [
    { key: "classes", title: t.classes.classes, value: summary.classes },
    { key: "students", title: t.classes.studentsTotal, value: summary.students },
    {
      key: "places",
      title: t.classes.places,
      value: summary.placesRecorded ? summary.places : t.classes.placesUnrecorded,
    },
    {
      key: "large",
      title: t.classes.large,
      value: summary.byBand.large,
      color: large > 0 ? "#d46b08" : undefined,
    },
    {
      key: "superLarge",
      title: t.classes.superLarge,
      value: summary.byBand.superLarge,
      color: summary.byBand.superLarge > 0 ? "#cf1322" : undefined,
    },
    { key: "largeShare", title: t.classes.largeShare, value: formatShare(summary.largeShare) },
  ];
  return (
    <Row gutter={12} style={{ marginBottom: 16 }} data-testid="classes-summary">
      {cards.map((card) => (
        <Col key={card.key} span={4}>
          <Card size="small" data-testid={`classes-summary-${card.key}`}>
            <Statistic
              title={card.title}
              value={card.value}
              {...(card.color ? { styles: { content: { color: card.color } } } : {})}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
