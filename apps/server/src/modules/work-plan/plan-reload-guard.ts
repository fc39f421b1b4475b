import type { PlanFile, PlanProblem } from "@edubureau/domain/work-plan";
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../../db/database.ts";

interface Reported {
  kind: "task" | "target" | "milestone";
  taskCode: string;
  code: string;
  reports: number;
}

/**
 * Reloading a plan updates it in place by code and drops what the new file no longer lists. Progress
 * reports cascade with their task, target or milestone, so a file that leaves out one that units have
 * already reported on is refused, naming it, rather than deleting the reports without a word.
 */
export async function droppedWithReports(tx: Db, cityUnitId: string, file: PlanFile): Promise<PlanProblem[]> {
  const rows = await queryRows<Reported>(
    tx,
    sql`with plan_tasks_of as (
          select t.* from plan_tasks t join work_plans p on p.id = t.plan_id
          where p.city_unit_id = ${cityUnitId} and p.year = ${file.plan.year})
        select 'task' as kind, t.code as "taskCode", t.code, count(*)::int as reports
          from plan_tasks_of t join plan_reports r on r.task_id = t.id group by t.code
        union all
        select 'target', t.code, g.code, count(distinct v.report_id)::int
          from plan_tasks_of t join plan_targets g on g.task_id = t.id
          join plan_report_values v on v.target_id = g.id group by t.code, g.code
        union all
        select 'milestone', t.code, m.code, count(distinct c.report_id)::int
          from plan_tasks_of t join plan_milestones m on m.task_id = t.id
          join plan_report_milestones c on c.milestone_id = m.id group by t.code, m.code`,
  );
  const tasks = new Map(file.tasks.map((task) => [task.code, task]));
  const problems: PlanProblem[] = [];
  for (const row of rows) {
    const task = tasks.get(row.taskCode);
    if (row.kind === "task") {
      if (!task)
        problems.push({
          path: "tasks",
          message: `任务 ${row.code} 已有 ${row.reports} 份进展报告，新文件不能删除该任务`,
        });
    } else if (task) {
      const listed =
        row.kind === "target"
          ? task.targets.some((t) => t.code === row.code)
          : task.milestones.some((m) => m.code === row.code);
      const what = row.kind === "target" ? "目标" : "节点";
      if (!listed)
        problems.push({
          path: `tasks.${row.taskCode}.${row.kind === "target" ? "targets" : "milestones"}`,
          message: `任务 ${row.taskCode} 的${what} ${row.code} 已有 ${row.reports} 份进展报告填报，新文件不能删除该${what}`,
        });
    }
  }
  return problems;
}
