import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findIndicator, indicatorValue, isApproved, type ApprovalStatus } from "@edubureau/domain/indicators";
import { createTestApp, type TestApp, type TestSession } from "../../test/test-app.ts";
import { actOnline, loadPlanWithReportedTarget, saveOnline } from "./reported-target.fixture.ts";

// Property: whatever drafts, submissions, approvals and returns the units make, the plan target equals
// the value computed from the approved units' figures alone.

interface UnitState {
  total: number;
  online: number;
  status: ApprovalStatus;
}
type Model = Map<string, UnitState>;
interface Real {
  /** Who reports for each unit, and who approves it. */
  units: Map<string, { reporter: TestSession; approver: TestSession }>;
}

let t: TestApp;
let targetId: string;
let leader: TestSession;
let division: TestSession;
let real: Real;
/** What the database holds, across runs: each run starts by returning every unit to an empty draft. */
const stored: Model = new Map();

const indicator = findIndicator("online_service_ratio");

beforeAll(async () => {
  t = await createTestApp();
  ({ targetId } = await loadPlanWithReportedTarget(t));
  leader = await t.login("leader");
  division = await t.login("division");
  const furong = await t.login("districtA");
  real = {
    units: new Map([
      [t.world.districtA.id, { reporter: furong, approver: division }],
      [t.world.districtB.id, { reporter: await t.login("districtB"), approver: division }],
      [t.world.schoolA.id, { reporter: await t.login("schoolA"), approver: furong }],
    ]),
  };
});
afterAll(async () => t.close());

function expected(model: Model): number | null {
  if (!indicator) throw new Error("online_service_ratio missing from the catalogue");
  const approved = [...model.values()].filter((u) => isApproved(u.status));
  const sum = (pick: (u: UnitState) => number) => approved.reduce((acc, u) => acc + pick(u), 0);
  return indicatorValue(
    indicator,
    sum((u) => u.online),
    sum((u) => u.total),
  );
}

async function targetValue(): Promise<number | null> {
  const response = await leader.get(`/api/work-plan/targets/${targetId}`);
  if (response.statusCode !== 200) throw new Error(response.body);
  return response.json<{ current: number | null }>().current;
}

const ok = (response: { statusCode: number; body: string }) => {
  if (response.statusCode !== 200) throw new Error(`${response.statusCode} ${response.body}`);
};

function after(model: Model, unitId: string, patch: Partial<UnitState>) {
  const next = { ...(model.get(unitId) ?? { total: 0, online: 0, status: "draft" as const }), ...patch };
  model.set(unitId, next);
  stored.set(unitId, next);
}

abstract class UnitCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly unitId: string) {}
  protected status(model: Model): ApprovalStatus {
    return model.get(this.unitId)?.status ?? "draft";
  }
  abstract check(model: Readonly<Model>): boolean;
  protected abstract act(model: Model, real: Real): Promise<void>;
  async run(model: Model, r: Real): Promise<void> {
    await this.act(model, r);
    expect(await targetValue()).toBe(expected(model));
  }
  protected who(r: Real) {
    const found = r.units.get(this.unitId);
    if (!found) throw new Error("unknown unit");
    return found;
  }
}

class Draft extends UnitCommand {
  constructor(
    unitId: string,
    readonly total: number,
    readonly online: number,
  ) {
    super(unitId);
  }
  override check = (model: Readonly<Model>) => this.status(model) === "draft";
  protected async act(model: Model, r: Real) {
    ok(await saveOnline(this.who(r).reporter, this.unitId, this.total, this.online));
    after(model, this.unitId, { total: this.total, online: this.online });
  }
  override toString = () => `draft(${this.unitId.slice(0, 4)}, ${this.online}/${this.total})`;
}

class Step extends UnitCommand {
  constructor(
    unitId: string,
    readonly action: "submit" | "approve" | "confirm" | "reopen",
  ) {
    super(unitId);
  }
  private static readonly FROM: Record<Step["action"], readonly ApprovalStatus[]> = {
    submit: ["draft"],
    approve: ["submitted"],
    confirm: ["district_approved"],
    reopen: ["submitted", "district_approved", "city_confirmed"],
  };
  private static readonly TO: Record<Step["action"], ApprovalStatus> = {
    submit: "submitted",
    approve: "district_approved",
    confirm: "city_confirmed",
    reopen: "draft",
  };
  override check = (model: Readonly<Model>) => Step.FROM[this.action].includes(this.status(model));
  protected async act(model: Model, r: Real) {
    const { reporter, approver } = this.who(r);
    const session = this.action === "submit" ? reporter : this.action === "approve" ? approver : division;
    ok(await actOnline(session, this.action, this.unitId, this.action === "reopen" ? "请核对" : undefined));
    after(model, this.unitId, { status: Step.TO[this.action] });
  }
  override toString = () => `${this.action}(${this.unitId.slice(0, 4)})`;
}

/** Back to an empty draft for every unit, through the same routes a user would take. */
async function reset(): Promise<Model> {
  for (const [unitId, state] of stored) {
    const { reporter } = real.units.get(unitId) ?? {};
    if (!reporter) continue;
    if (state.status !== "draft") ok(await actOnline(division, "reopen", unitId, "重新填报"));
    ok(await saveOnline(reporter, unitId, null, null));
  }
  stored.clear();
  return new Map();
}

describe("a bound target counts approved figures only", () => {
  it("equals the value of the approved rows after any sequence of draft/submit/approve/return", async () => {
    const unitIds = [...real.units.keys()];
    const unit = fc.constantFrom(...unitIds);
    const commands = [
      fc
        .tuple(unit, fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 50 }))
        .map(([id, total, online]) => new Draft(id, total, Math.min(online, total))),
      ...(["submit", "approve", "confirm", "reopen"] as const).map((action) =>
        unit.map((id) => new Step(id, action)),
      ),
    ];
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 10 }), async (cmds) => {
        const model = await reset();
        await fc.asyncModelRun(() => ({ model, real }), cmds);
      }),
      { numRuns: 8 },
    );
  }, 240_000);
});
