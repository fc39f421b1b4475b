import type { DesignationTypeCode, InstitutionType } from "@edubureau/domain/registry";
import { addDays, minDate } from "./dates.ts";
import type { Designation, Institution, ScaleName } from "./model.ts";
import { deterministicId, Prng } from "./prng.ts";

/**
 * 称号与试点 by year. The 2019 counts sit below the plan's targets so progress is visible but not complete:
 * 儿童友好型试点学校 14 of 20, 市级智慧校园试点 9 of 12, 校园法律服务站 70 of 100, 义务教育标准化学校 96 of
 * 130, 示范性社区学习中心 12 of 20. The demo city is too small for some targets and reaches fewer.
 */
interface Quota {
  type: DesignationTypeCode;
  year: number;
  count: Record<ScaleName, number>;
  /** First day of the month the document was issued. */
  month: string;
}

const QUOTAS: readonly Quota[] = [
  { type: "child_friendly_pilot_school", year: 2019, count: { demo: 14, city: 14 }, month: "2019-06-01" },
  { type: "smart_campus_pilot_school", year: 2018, count: { demo: 3, city: 12 }, month: "2018-10-01" },
  { type: "smart_campus_pilot_school", year: 2019, count: { demo: 9, city: 9 }, month: "2019-09-01" },
  { type: "campus_legal_service_station", year: 2019, count: { demo: 40, city: 70 }, month: "2019-10-01" },
  { type: "standardized_compulsory_school", year: 2017, count: { demo: 4, city: 100 }, month: "2017-12-01" },
  { type: "standardized_compulsory_school", year: 2018, count: { demo: 6, city: 118 }, month: "2018-12-01" },
  { type: "standardized_compulsory_school", year: 2019, count: { demo: 24, city: 96 }, month: "2019-11-01" },
  { type: "network_alliance_school", year: 2016, count: { demo: 2, city: 30 }, month: "2016-09-01" },
  { type: "network_alliance_school", year: 2017, count: { demo: 2, city: 30 }, month: "2017-09-01" },
  { type: "network_alliance_school", year: 2018, count: { demo: 3, city: 30 }, month: "2018-09-01" },
  { type: "network_alliance_school", year: 2019, count: { demo: 3, city: 22 }, month: "2019-10-01" },
  {
    type: "demonstration_community_learning_centre",
    year: 2018,
    count: { demo: 2, city: 8 },
    month: "2018-11-01",
  },
  {
    type: "demonstration_community_learning_centre",
    year: 2019,
    count: { demo: 12, city: 12 },
    month: "2019-10-01",
  },
  { type: "civilised_campus", year: 2018, count: { demo: 3, city: 40 }, month: "2018-12-01" },
  { type: "civilised_campus", year: 2019, count: { demo: 3, city: 30 }, month: "2019-04-01" },
  { type: "famous_principal_studio", year: 2018, count: { demo: 2, city: 4 }, month: "2018-05-01" },
  { type: "famous_principal_studio", year: 2019, count: { demo: 3, city: 3 }, month: "2019-05-01" },
  { type: "brand_private_school", year: 2018, count: { demo: 1, city: 5 }, month: "2018-08-01" },
  { type: "brand_private_school", year: 2019, count: { demo: 1, city: 4 }, month: "2019-08-01" },
];

const SCHOOLS: ReadonlySet<InstitutionType> = new Set([
  "kindergarten",
  "primary",
  "junior",
  "nine_year",
  "complete_secondary",
  "senior",
  "secondary_vocational",
  "special",
]);
const COMPULSORY: ReadonlySet<InstitutionType> = new Set([
  "primary",
  "junior",
  "nine_year",
  "complete_secondary",
]);

/** Who can hold a designation, and how likely each is chosen (0 = never). */
function weight(type: DesignationTypeCode, s: Institution): number {
  if (s.status !== "operating") return 0;
  const urban = s.tier === "urban" ? 2 : 1;
  switch (type) {
    case "child_friendly_pilot_school":
      return s.ownership === "public" && (s.type === "kindergarten" || COMPULSORY.has(s.type)) ? urban : 0;
    case "smart_campus_pilot_school":
      return SCHOOLS.has(s.type) && s.type !== "kindergarten" && s.type !== "special"
        ? urban * (s.ownership === "public" ? 1 : 0.5)
        : 0;
    case "campus_legal_service_station":
      return SCHOOLS.has(s.type) ? (s.type === "kindergarten" ? 0.3 : 1) : 0;
    case "standardized_compulsory_school":
      // Standardisation lifts the weaker rural schools first.
      return COMPULSORY.has(s.type) && s.ownership === "public"
        ? { urban: 1, seat: 1.5, town: 3, village: 2.5 }[s.tier]
        : 0;
    case "network_alliance_school":
      return COMPULSORY.has(s.type) && s.ownership === "public" && (s.tier === "town" || s.tier === "village")
        ? 1
        : 0;
    case "demonstration_community_learning_centre":
      return s.type === "community_learning_centre" ? 1 : 0;
    case "civilised_campus":
      return SCHOOLS.has(s.type) ? urban : 0;
    case "famous_principal_studio":
      return SCHOOLS.has(s.type) && s.ownership === "public" ? urban : 0;
    case "brand_private_school":
      return s.ownership === "private" && SCHOOLS.has(s.type) && s.type !== "kindergarten" ? 1 : 0;
    case "inclusive_private_kindergarten":
      return s.type === "kindergarten" && s.ownership === "private" && s.inclusive ? 1 : 0;
  }
}

/** Efraimidis–Spirakis weighted sample without replacement. */
function weightedSample(
  rng: Prng,
  items: readonly Institution[],
  weights: readonly number[],
  count: number,
): Institution[] {
  return items
    .map((item, i) => ({ item, key: rng.next() ** (1 / (weights[i] ?? 1)) }))
    .sort((a, b) => b.key - a.key)
    .slice(0, count)
    .map((entry) => entry.item);
}

export function generateDesignations(options: {
  seed: number;
  scale: ScaleName;
  asOf: string;
  institutions: readonly Institution[];
}): Designation[] {
  const { seed, asOf, institutions } = options;
  const rng = new Prng(seed, "designations");
  const holders = new Map<DesignationTypeCode, Set<string>>();
  const out: Designation[] = [];
  const add = (
    s: Institution,
    type: DesignationTypeCode,
    year: number,
    document: { no: string; date: string },
  ) => {
    out.push({
      id: deterministicId(seed, "designation", `${s.code}/${type}/${year}`),
      institutionId: s.id,
      typeCode: type,
      year,
      documentNo: document.no,
      documentDate: document.date,
      revokedOn: null,
      revokeReason: null,
    });
  };
  for (const quota of QUOTAS) {
    const taken = holders.get(quota.type) ?? new Set<string>();
    holders.set(quota.type, taken);
    // Only schools open by the document's year can be named.
    const pool = institutions.filter((s) => !taken.has(s.id) && s.openedYear <= quota.year);
    const weights = pool.map((s) => weight(quota.type, s));
    const eligible = pool.filter((_, i) => (weights[i] ?? 0) > 0);
    const chosen = weightedSample(
      rng,
      eligible,
      weights.filter((w) => w > 0),
      quota.count[options.scale],
    );
    const document = {
      no: `长教通〔${quota.year}〕${rng.int(8, 160)}号`,
      date: minDate(addDays(quota.month, rng.int(0, 27)), asOf),
    };
    for (const s of chosen.sort((a, b) => (a.code < b.code ? -1 : 1))) {
      taken.add(s.id);
      add(s, quota.type, quota.year, document);
    }
  }
  // Every 普惠性 private kindergarten was recognised in one of the yearly batches.
  const inclusive = institutions.filter((s) => weight("inclusive_private_kindergarten", s) > 0);
  const batches = new Map<number, { no: string; date: string }>();
  for (const s of inclusive) {
    const year = Math.min(
      2019,
      Math.max(s.openedYear, Number(rng.weighted({ 2016: 2, 2017: 3, 2018: 3, 2019: 2 }))),
    );
    const document = batches.get(year) ?? {
      no: `长教通〔${year}〕${rng.int(8, 160)}号`,
      date: minDate(`${year}-07-${rng.int(10, 28)}`, asOf),
    };
    batches.set(year, document);
    add(s, "inclusive_private_kindergarten", year, document);
  }
  revokeOne(out, "civilised_campus", 2018);
  return out;
}

/** One 2018 文明校园 lost its title after an incident, so revocations appear in the data. */
function revokeOne(designations: Designation[], type: DesignationTypeCode, year: number): void {
  const target = designations.find((d) => d.typeCode === type && d.year === year);
  if (!target) return;
  target.revokedOn = "2019-07-12";
  target.revokeReason = "发生校园安全责任事故，撤销称号";
}
