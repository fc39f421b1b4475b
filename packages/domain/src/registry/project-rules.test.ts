import { describe, expect, it } from "vitest";
import { checkProjectTransition, PROJECT_STATUSES } from "./construction-projects.ts";
import {
  checkDatesForStatus,
  checkProjectDates,
  checkProjectSubject,
  checkTestRecording,
  nextProjectStatus,
  previousProjectStatus,
  requiredDateFor,
} from "./project-rules.ts";

describe("construction project rules", () => {
  it("needs an existing school for 改建 and 扩建, and a level the school provides", () => {
    expect(checkProjectSubject({ kind: "new", institutionType: null, level: "compulsory" })).toEqual([]);
    expect(
      checkProjectSubject({ kind: "expand", institutionType: null, level: "compulsory" })[0]?.field,
    ).toBe("institutionId");
    expect(
      checkProjectSubject({ kind: "expand", institutionType: "primary", level: "preschool" })[0]?.message,
    ).toBe("所选学校不提供学前学段");
    expect(
      checkProjectSubject({ kind: "rebuild", institutionType: "complete_secondary", level: "senior" }),
    ).toEqual([]);
  });

  it("orders dates and keeps actual dates out of the future", () => {
    const none = { plannedStart: null, plannedFinish: null, actualStart: null, actualFinish: null };
    expect(checkProjectDates(none, "2019-03-01")).toEqual([]);
    expect(
      checkProjectDates({ ...none, plannedStart: "2019-05-01", plannedFinish: "2019-04-01" }, "2019-03-01")[0]
        ?.field,
    ).toBe("plannedFinish");
    expect(checkProjectDates({ ...none, actualStart: "2019-03-02" }, "2019-03-01")[0]?.field).toBe(
      "actualStart",
    );
    expect(
      checkProjectDates({ ...none, actualStart: "2019-02-01", actualFinish: "2019-01-01" }, "2019-03-01")[0]
        ?.field,
    ).toBe("actualFinish");
  });

  it("matches actual dates to the status", () => {
    const none = { plannedStart: null, plannedFinish: null, actualStart: null, actualFinish: null };
    expect(checkDatesForStatus("planned", none)).toEqual([]);
    expect(checkDatesForStatus("under_construction", none)).toEqual([
      { field: "actualStart", message: "“在建”的项目须有实际开工日期" },
    ]);
    expect(
      checkDatesForStatus("under_construction", {
        ...none,
        actualStart: "2019-01-01",
        actualFinish: "2019-02-01",
      }),
    ).toEqual([{ field: "actualFinish", message: "“在建”的项目不能有实际竣工日期" }]);
    expect(
      checkDatesForStatus("in_use", { ...none, actualStart: "2019-01-01", actualFinish: "2019-02-01" }),
    ).toEqual([]);
  });

  it("walks the statuses one step at a time", () => {
    expect(PROJECT_STATUSES.map(nextProjectStatus)).toEqual([
      "under_construction",
      "completed",
      "in_use",
      null,
    ]);
    expect(PROJECT_STATUSES.map(previousProjectStatus)).toEqual([
      null,
      "planned",
      "under_construction",
      "completed",
    ]);
    expect(requiredDateFor("under_construction")).toBe("actualStart");
    expect(requiredDateFor("completed")).toBe("actualFinish");
    expect(requiredDateFor("in_use")).toBeNull();
  });

  it("records tests only on a building that exists and is not yet in use", () => {
    expect(checkTestRecording("planned")).toContain("尚未开工");
    expect(checkTestRecording("under_construction")).toBeNull();
    expect(checkTestRecording("completed")).toBeNull();
    expect(checkTestRecording("in_use")).toContain("不可修改");
  });

  it("keeps the environmental-acceptance rule: both tests passed before 投入使用", () => {
    const passed = { indoorAir: "passed", syntheticTrack: "passed" } as const;
    expect(checkProjectTransition("completed", "in_use", passed)).toEqual({ ok: true });
    const failed = checkProjectTransition("completed", "in_use", { ...passed, syntheticTrack: "failed" });
    expect(failed).toEqual({ ok: false, message: "塑胶跑道材料检测不合格，项目不得投入使用" });
  });
});
