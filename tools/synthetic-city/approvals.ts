import { CURRENT_SCHOOL_YEAR, PREVIOUS_SCHOOL_YEAR } from "./classes.ts";
import { addDays } from "./dates.ts";
import type { DataApproval, Institution, OrgUnit, ReportedValue, SchoolClass } from "./model.ts";
import { Prng } from "./prng.ts";

/**
 * Class data goes 学校提交 → 区县审核 → 市局确认 each autumn. Last year's is all confirmed; this year's is
 * mostly through (a few schools still in 草稿 or waiting for the district), so both the approved-only and the
 * all-data views of the indicators have something to show. The demo accounts' school is still in 草稿, so the
 * `school` account can edit and submit its classes.
 */
const CURRENT_MIX = { city_confirmed: 78, district_approved: 12, submitted: 6, draft: 4 } as const;

const at = (date: string, hour: number) => `${date}T${String(hour).padStart(2, "0")}:00:00+08:00`;

function approval(
  rng: Prng,
  orgUnitId: string,
  period: string,
  status: DataApproval["status"],
  start: string,
): DataApproval {
  const submitted = addDays(start, rng.int(0, 20));
  const approved = addDays(submitted, rng.int(2, 12));
  const confirmed = addDays(approved, rng.int(3, 15));
  const past = (s: DataApproval["status"]) =>
    ["draft", "submitted", "district_approved", "city_confirmed"].indexOf(status) >=
    ["draft", "submitted", "district_approved", "city_confirmed"].indexOf(s);
  return {
    orgUnitId,
    period,
    status,
    submittedAt: past("submitted") ? at(submitted, rng.int(8, 17)) : null,
    districtApprovedAt: past("district_approved") ? at(approved, rng.int(8, 17)) : null,
    cityConfirmedAt: past("city_confirmed") ? at(confirmed, rng.int(8, 17)) : null,
  };
}

export function generateApprovals(options: {
  seed: number;
  institutions: readonly Institution[];
  classes: readonly SchoolClass[];
  accountSchoolId: string;
}): DataApproval[] {
  const rng = new Prng(options.seed, "approvals");
  const years = new Map<string, Set<string>>();
  for (const c of options.classes) {
    const set = years.get(c.institutionId) ?? new Set<string>();
    set.add(c.schoolYear);
    years.set(c.institutionId, set);
  }
  const out: DataApproval[] = [];
  for (const school of options.institutions) {
    const own = years.get(school.id);
    if (!own) continue;
    if (own.has(PREVIOUS_SCHOOL_YEAR)) {
      out.push(approval(rng, school.id, PREVIOUS_SCHOOL_YEAR, "city_confirmed", "2018-09-15"));
    }
    if (own.has(CURRENT_SCHOOL_YEAR)) {
      const status = school.id === options.accountSchoolId ? "draft" : rng.weighted(CURRENT_MIX);
      out.push(approval(rng, school.id, CURRENT_SCHOOL_YEAR, status, "2019-09-15"));
    }
  }
  return out;
}

/**
 * 审批服务事项全流程网上办 (plan target T21-1, 80%): reported by 行政审批服务处 (DIV-SP) each year — 54% in
 * 2018, 74% by late 2019, short of the target. Both years are confirmed by the city (targets count approved
 * figures only), so the leader's dashboard shows the 2019 figure.
 */
export function generateReportedValues(options: { divisions: readonly OrgUnit[] }): {
  values: ReportedValue[];
  approvals: DataApproval[];
} {
  const unit = options.divisions.find((d) => d.code === "DIV-SP");
  if (!unit) return { values: [], approvals: [] };
  const figures = [
    { period: "2018", total: 136, online: 74 },
    { period: "2019", total: 142, online: 105 },
  ];
  return {
    values: figures.flatMap((f) => [
      { elementCode: "online_service_items_total", orgUnitId: unit.id, period: f.period, value: f.total },
      { elementCode: "online_service_items_online", orgUnitId: unit.id, period: f.period, value: f.online },
    ]),
    approvals: [
      {
        orgUnitId: unit.id,
        period: "2018",
        status: "city_confirmed",
        submittedAt: at("2019-01-08", 10),
        districtApprovedAt: null,
        cityConfirmedAt: at("2019-01-15", 15),
      },
      {
        orgUnitId: unit.id,
        period: "2019",
        status: "city_confirmed",
        submittedAt: at("2019-11-25", 16),
        districtApprovedAt: null,
        cityConfirmedAt: at("2019-11-28", 11),
      },
    ],
  };
}
