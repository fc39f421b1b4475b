import {
  checkDatesForStatus,
  checkProjectDates,
  checkProjectTransition,
  checkTestRecording,
  PROJECT_STATUS_LABELS,
  PROJECT_STATUSES,
  REQUIRED_DATE_LABELS,
  requiredDateFor,
  type ProjectProblem,
  type ProjectStatus,
  type TestResult,
} from "@edubureau/domain/registry";
import { problems } from "../../http/problem.ts";
import type { ProjectListRow, ProjectValues } from "./construction-projects.queries.ts";
import { refuseIfAny } from "./construction-projects.view.ts";

export interface TransitionInput {
  status: ProjectStatus;
  actualStart?: string | undefined;
  actualFinish?: string | undefined;
}

export interface TestEntry {
  result: TestResult;
  testedOn?: string | null | undefined;
}

export interface TestsInput {
  indoorAir?: TestEntry | undefined;
  syntheticTrack?: TestEntry | undefined;
}

/**
 * The columns a status change writes, or null when the project is already there. Refuses with the
 * domain's message on `status` (skipped steps, 投入使用 without both environmental tests passed) and on
 * the date a forward step needs: 在建 its actual start, 竣工 its actual finish.
 */
export function transitionValues(
  before: ProjectListRow,
  input: TransitionInput,
  today: string,
): Pick<ProjectValues, "status" | "actualStart" | "actualFinish"> | null {
  const to = input.status;
  const check = checkProjectTransition(before.status, to, {
    indoorAir: before.indoorAirTest,
    syntheticTrack: before.syntheticTrackTest,
  });
  if (!check.ok) throw problems.field("status", check.message);
  if (to === before.status) return null;
  const forward = PROJECT_STATUSES.indexOf(to) > PROJECT_STATUSES.indexOf(before.status);
  // Stepping back undoes the step: the date that step recorded goes with it.
  const dates = {
    plannedStart: before.plannedStart,
    plannedFinish: before.plannedFinish,
    actualStart: to === "planned" ? null : (input.actualStart ?? before.actualStart),
    actualFinish:
      to === "planned" || to === "under_construction" ? null : (input.actualFinish ?? before.actualFinish),
  };
  const required = forward ? requiredDateFor(to) : null;
  if (required && !dates[required])
    throw problems.field(
      required,
      `转为“${PROJECT_STATUS_LABELS[to]}”须填写${REQUIRED_DATE_LABELS[required]}`,
    );
  refuseIfAny([...checkProjectDates(dates, today), ...checkDatesForStatus(to, dates)]);
  return { status: to, actualStart: dates.actualStart, actualFinish: dates.actualFinish };
}

/** The columns a test recording writes; "pending" clears a result and its date. */
export function testValues(
  before: ProjectListRow,
  input: TestsInput,
  today: string,
): Partial<
  Pick<ProjectValues, "indoorAirTest" | "indoorAirTestedOn" | "syntheticTrackTest" | "syntheticTrackTestedOn">
> {
  const refusal = checkTestRecording(before.status);
  if (refusal) throw problems.conflict(refusal);
  const found: ProjectProblem[] = [];
  const dateOf = (field: string, entry: TestEntry): string | null => {
    if (entry.result === "pending") return null;
    const testedOn = entry.testedOn ?? null;
    if (!testedOn) found.push({ field, message: "请填写检测日期" });
    else if (testedOn > today) found.push({ field, message: "检测日期不能晚于今天" });
    else if (before.actualStart && testedOn < before.actualStart)
      found.push({ field, message: `检测日期不能早于实际开工日期 ${before.actualStart}` });
    return testedOn;
  };
  const values = {
    ...(input.indoorAir
      ? {
          indoorAirTest: input.indoorAir.result,
          indoorAirTestedOn: dateOf("indoorAir.testedOn", input.indoorAir),
        }
      : {}),
    ...(input.syntheticTrack
      ? {
          syntheticTrackTest: input.syntheticTrack.result,
          syntheticTrackTestedOn: dateOf("syntheticTrack.testedOn", input.syntheticTrack),
        }
      : {}),
  };
  refuseIfAny(found);
  return values;
}
