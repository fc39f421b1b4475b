import { describe, expect, it } from "vitest";
import {
  ageBand,
  checkIncidentReport,
  checklistFor,
  deadlinesOf,
  drillShortfall,
  dueEscalations,
  hazardTransition,
  incidentTransitionError,
  isHazardOverdue,
  isFollowUpOverdue,
  missedSelfInspections,
  nextFollowUp,
  requiredDrillsPerTerm,
  requiredGuards,
  EXTRA_GUARDS_SOURCE,
  SAFETY_ITEM_SOURCES,
  SAFETY_ITEMS,
  rollupCompliance,
  safetyStandardFor,
  schoolCompliance,
  SEVERITY_LIMITS,
  termOf,
  termRange,
  type FacilityRegister,
  type IncidentClock,
} from "./index.ts";

const full: FacilityRegister = {
  enrolment: 800,
  guards: 1,
  closedManagement: true,
  alarmLinked: true,
  entranceVideo: true,
  videoRetentionDays: 30,
  vehicleBarriers: true,
  escortPost: true,
};

describe("三防 standards per school type and size", () => {
  it.each([
    [0, 1],
    [1000, 1],
    [1001, 2],
    [1500, 2],
    [1501, 3],
    [3000, 5],
  ])("%i pupils need %i full-time guards", (pupils, guards) => {
    expect(requiredGuards(pupils)).toBe(guards);
  });

  it("covers 中小学幼儿园 and not higher vocational or community centres", () => {
    expect(safetyStandardFor("kindergarten", 200)).not.toBeNull();
    expect(safetyStandardFor("higher_vocational", 5000)).toBeNull();
    expect(safetyStandardFor("community_learning_centre", 0)).toBeNull();
  });

  it("asks no 护学岗 of a secondary vocational school", () => {
    expect(safetyStandardFor("secondary_vocational", 900)?.escortPost).toBe(false);
    expect(safetyStandardFor("primary", 900)?.escortPost).toBe(true);
  });
});

describe("三防 standards' sources", () => {
  it("names a source for every item and marks the unverified figures as 参考值", () => {
    for (const item of SAFETY_ITEMS) expect(SAFETY_ITEM_SOURCES[item].source.length).toBeGreaterThan(0);
    expect(SAFETY_ITEMS.filter((item) => SAFETY_ITEM_SOURCES[item].reference)).toEqual(["videoRetention"]);
    expect(EXTRA_GUARDS_SOURCE.reference).toBe(true);
  });

  it("marks the guard requirement as 参考值 only where it asks for more than the first guard", () => {
    const guardsOf = (enrolment: number) => {
      const r = schoolCompliance("primary", { ...full, enrolment, guards: 9 });
      return r.status === "compliant" ? r.items.find((i) => i.item === "guards") : undefined;
    };
    expect(guardsOf(1000)?.reference).toBe(false);
    expect(guardsOf(1001)?.reference).toBe(true);
    const r = schoolCompliance("primary", full);
    expect(r.status === "compliant" && r.items.find((i) => i.item === "videoRetention")?.reference).toBe(
      true,
    );
    expect(r.status === "compliant" && r.items.find((i) => i.item === "alarmLinked")?.reference).toBe(false);
  });
});

describe("compliance per school", () => {
  it("is compliant when every item is met, at the edges", () => {
    const r = schoolCompliance("primary", full);
    expect(r.status).toBe("compliant");
  });

  it("fails on 29 days of video, passes on 30", () => {
    expect(schoolCompliance("primary", { ...full, videoRetentionDays: 29 }).status).toBe("non_compliant");
    expect(schoolCompliance("primary", { ...full, videoRetentionDays: 30 }).status).toBe("compliant");
  });

  it("a school of 1,001 pupils with one guard falls short", () => {
    const r = schoolCompliance("junior", { ...full, enrolment: 1001 });
    expect(r.status).toBe("non_compliant");
    if (r.status === "non_compliant")
      expect(r.items.find((i) => i.item === "guards")).toMatchObject({ required: 2, actual: 1, met: false });
  });

  it("a secondary vocational school without 护学岗 is still compliant", () => {
    const r = schoolCompliance("secondary_vocational", { ...full, escortPost: false });
    expect(r.status).toBe("compliant");
    if (r.status === "compliant") expect(r.applicable).toBe(6);
  });

  it("no register means not compliant; uncovered types are left out of the rate", () => {
    expect(schoolCompliance("primary", null).status).toBe("no_register");
    expect(schoolCompliance("higher_vocational", null).status).toBe("not_applicable");
    const roll = rollupCompliance([
      schoolCompliance("primary", full),
      schoolCompliance("primary", null),
      schoolCompliance("higher_vocational", null),
      schoolCompliance("junior", { ...full, alarmLinked: false }),
    ]);
    expect(roll).toEqual({ schools: 3, compliant: 1, noRegister: 1, rate: 1 / 3 });
    expect(rollupCompliance([]).rate).toBeNull();
  });
});

describe("incident reporting limits", () => {
  const occurred = new Date("2019-05-01T02:00:00Z");
  const after = (ms: number) => new Date(occurred.getTime() + ms);
  const HOUR = 3600_000;

  it("a serious incident reported at exactly one hour is in time; a millisecond later is late", () => {
    expect(checkIncidentReport("I", occurred, after(HOUR))).toEqual({ ok: true, late: false, lateByMs: 0 });
    expect(checkIncidentReport("I", occurred, after(HOUR + 1))).toEqual({
      ok: true,
      late: true,
      lateByMs: 1,
    });
    expect(
      checkIncidentReport("II", occurred, after(HOUR + 1)).ok &&
        checkIncidentReport("II", occurred, after(HOUR + 1)),
    ).toMatchObject({ late: true });
    expect(checkIncidentReport("IV", occurred, after(HOUR + 1))).toMatchObject({ late: false });
  });

  it("refuses a time in the future beyond a minute's drift", () => {
    expect(checkIncidentReport("III", after(60_000), occurred).ok).toBe(true);
    const r = checkIncidentReport("III", after(60_001), occurred);
    expect(r).toEqual({ ok: false, field: "occurredAt", message: "事发时间不能晚于当前时间" });
  });

  it("orders the limits: a more serious class never has a longer limit", () => {
    const order = ["I", "II", "III", "IV"] as const;
    for (let i = 1; i < order.length; i++) {
      const a = SEVERITY_LIMITS[order[i - 1]!];
      const b = SEVERITY_LIMITS[order[i]!];
      expect(a.reportWithinMs).toBeLessThanOrEqual(b.reportWithinMs);
      expect(a.acknowledgeWithinMs).toBeLessThanOrEqual(b.acknowledgeWithinMs);
      expect(a.followUpWithinMs).toBeLessThanOrEqual(b.followUpWithinMs);
    }
  });
});

describe("incident escalation at the boundaries", () => {
  const reportedAt = new Date("2019-05-01T02:00:00Z");
  const base: IncidentClock = {
    severity: "I",
    status: "reported",
    reportedAt,
    acknowledgedAt: null,
    followedUpAt: null,
    closedAt: null,
  };
  const d = deadlinesOf(base);

  it("nothing due at the acknowledgement deadline; the city is due one millisecond later", () => {
    expect(dueEscalations(base, d.acknowledgeBy)).toEqual([]);
    expect(dueEscalations(base, new Date(d.acknowledgeBy.getTime() + 1))).toEqual(["acknowledge_overdue"]);
  });

  it("an acknowledged incident without follow-up goes to the district after its limit", () => {
    const ack = { ...base, status: "acknowledged" as const, acknowledgedAt: reportedAt };
    expect(dueEscalations(ack, d.followUpBy)).toEqual([]);
    expect(dueEscalations(ack, new Date(d.followUpBy.getTime() + 1))).toEqual(["follow_up_overdue"]);
    const followed = { ...ack, followedUpAt: reportedAt };
    expect(dueEscalations(followed, new Date(d.closeBy.getTime() + 1))).toEqual(["closure_overdue"]);
  });

  it("a closed incident escalates nothing", () => {
    expect(dueEscalations({ ...base, status: "closed" }, new Date(d.closeBy.getTime() + 1))).toEqual([]);
  });

  it("transitions", () => {
    expect(incidentTransitionError("reported", "acknowledge")).toBeNull();
    expect(incidentTransitionError("acknowledged", "acknowledge")).toBe("该事件已签收。");
    expect(incidentTransitionError("reported", "close")).toBe("区县签收后才能提交结案报告。");
    expect(incidentTransitionError("closed", "follow_up")).toBe("该事件已结案，不能再操作。");
  });

  it("age bands at their edges", () => {
    expect(ageBand(reportedAt, new Date(reportedAt.getTime() + 3600_000 - 1))).toBe("lt1h");
    expect(ageBand(reportedAt, new Date(reportedAt.getTime() + 3600_000))).toBe("lt24h");
    expect(ageBand(reportedAt, new Date(reportedAt.getTime() + 7 * 86400_000))).toBe("ge7d");
  });
});

describe("hazard life cycle", () => {
  it("walks reported → assigned → rectified → verified → closed", () => {
    expect(
      hazardTransition({
        status: "reported",
        action: "assign",
        evidenceCount: 0,
        responsible: "王主任",
        deadline: "2019-05-10",
      }),
    ).toEqual({ ok: true, to: "assigned" });
    expect(hazardTransition({ status: "assigned", action: "rectify", evidenceCount: 1 })).toEqual({
      ok: true,
      to: "rectified",
    });
    expect(hazardTransition({ status: "rectified", action: "verify", evidenceCount: 1 })).toEqual({
      ok: true,
      to: "verified",
    });
    expect(hazardTransition({ status: "rectified", action: "reject", evidenceCount: 1 })).toEqual({
      ok: true,
      to: "assigned",
    });
    expect(hazardTransition({ status: "verified", action: "close", evidenceCount: 1 })).toEqual({
      ok: true,
      to: "closed",
    });
  });

  it("refuses rectifying or closing without evidence", () => {
    expect(hazardTransition({ status: "assigned", action: "rectify", evidenceCount: 0 })).toMatchObject({
      ok: false,
      field: "evidence",
    });
    expect(hazardTransition({ status: "verified", action: "close", evidenceCount: 0 })).toMatchObject({
      ok: false,
      field: "evidence",
    });
  });

  it("refuses skipping steps and acting on a closed hazard; assigning needs a person and a deadline", () => {
    expect(hazardTransition({ status: "reported", action: "close", evidenceCount: 3 })).toMatchObject({
      ok: false,
      field: "action",
    });
    expect(hazardTransition({ status: "closed", action: "verify", evidenceCount: 3 })).toMatchObject({
      ok: false,
      message: "该隐患已销号，不能再操作。",
    });
    expect(
      hazardTransition({
        status: "reported",
        action: "assign",
        evidenceCount: 0,
        responsible: " ",
        deadline: "2019-05-01",
      }),
    ).toMatchObject({ ok: false, field: "responsible" });
    expect(
      hazardTransition({
        status: "reported",
        action: "assign",
        evidenceCount: 0,
        responsible: "李",
        deadline: null,
      }),
    ).toMatchObject({ ok: false, field: "deadline" });
  });

  it("is overdue the day after its deadline, not on it, and never once rectified", () => {
    expect(isHazardOverdue({ status: "assigned", deadline: "2019-05-10" }, "2019-05-10")).toBe(false);
    expect(isHazardOverdue({ status: "assigned", deadline: "2019-05-10" }, "2019-05-11")).toBe(true);
    expect(isHazardOverdue({ status: "rectified", deadline: "2019-05-10" }, "2019-06-11")).toBe(false);
    expect(isHazardOverdue({ status: "reported", deadline: null }, "2029-01-01")).toBe(false);
  });
});

describe("drills per term", () => {
  it("terms turn on 1 September and 1 February", () => {
    expect(termOf("2019-08-31")).toBe("2018-2019-2");
    expect(termOf("2019-09-01")).toBe("2019-2020-1");
    expect(termOf("2020-01-31")).toBe("2019-2020-1");
    expect(termOf("2020-02-01")).toBe("2019-2020-2");
    expect(termRange("2019-2020-1")).toEqual({ from: "2019-09-01", to: "2020-01-31" });
  });

  it("asks 3 of kindergartens, 2 of schools, none of uncovered types", () => {
    expect(requiredDrillsPerTerm("kindergarten")).toBe(3);
    expect(requiredDrillsPerTerm("senior")).toBe(2);
    expect(requiredDrillsPerTerm("higher_vocational")).toBe(0);
    expect(drillShortfall("primary", 1)).toBe(1);
    expect(drillShortfall("primary", 5)).toBe(0);
  });
});

describe("inspections and crisis follow-ups", () => {
  it("seasonal checklist items apply only in season", () => {
    expect(checklistFor("water", 1)).toEqual([]);
    expect(checklistFor("water", 6)).toHaveLength(2);
  });

  it("a month is missed only once it has ended without a self-inspection", () => {
    expect(missedSelfInspections(["2019-03-15"], "2019-01-01", "2019-04-30")).toEqual(["2019-01", "2019-02"]);
    expect(missedSelfInspections([], "2019-04-01", "2019-04-30")).toEqual([]);
    expect(missedSelfInspections([], "2018-12-01", "2019-01-01")).toEqual(["2018-12"]);
  });

  it("follow-ups by risk, overdue the day after", () => {
    expect(nextFollowUp("high", "2019-05-01")).toBe("2019-05-08");
    expect(nextFollowUp("low", "2019-05-01")).toBe("2019-05-31");
    expect(isFollowUpOverdue("2019-05-08", "2019-05-08")).toBe(false);
    expect(isFollowUpOverdue("2019-05-08", "2019-05-09")).toBe(true);
  });
});
