import { CLASS_SIZE_BAND_LABELS, type ClassSizeBand } from "@edubureau/domain/class-size";
import { Tag } from "antd";

const COLORS: Record<ClassSizeBand, string> = {
  standard: "green",
  oversized: "gold",
  large: "orange",
  superLarge: "red",
};

/** 标准班额 / 班额偏大 / 大班额 / 超大班额 (国发〔2016〕40号); nothing where no standard applies. */
export function BandTag({ band, testId }: { band: ClassSizeBand | null; testId?: string }) {
  if (band === null) return null;
  return (
    <Tag color={COLORS[band]} data-testid={testId}>
      {CLASS_SIZE_BAND_LABELS[band]}
    </Tag>
  );
}
