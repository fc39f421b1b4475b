import { SEARCH_GROUP_LIMIT } from "@edubureau/domain/search";
import { INSTITUTION_TYPE_LABELS } from "@edubureau/domain/registry";
import type { DataContext } from "../../app-context.ts";
import type { Actor } from "../../http/actor.ts";
import { problems } from "../../http/problem.ts";
import { institutionPolicy } from "../../policies/registry.ts";
import { teacherPolicy } from "../../policies/teacher.ts";
import { workPlanPolicy } from "../../policies/work-plan.ts";
import type { InstitutionsService } from "../institutions/institutions.service.ts";
import type { TeachersService } from "../teachers/teachers.service.ts";
import { planItemsMatching } from "../work-plan/work-plan.read-model.ts";

export type SearchGroupKind = "institutions" | "teachers" | "tasks" | "targets";

/** One hit: what the list shows and the web page that opens it. */
export interface SearchHit {
  id: string;
  title: string;
  subtitle: string;
  path: string;
}

export interface SearchGroup {
  kind: SearchGroupKind;
  items: SearchHit[];
  /** More matched than are listed: the group's own page finds the rest. */
  more: boolean;
}

/**
 * 全局搜索: institutions by name or code, teachers by name, plan tasks and targets by title or code — each
 * group asked of the module that owns it, in the actor's org scope (applied in that module's SQL), and only
 * when the actor's policy lets it read that kind. Teachers come as the directory lists them: names, schools,
 * subjects, never an ID number.
 */
export function createSearchService(
  ctx: DataContext,
  deps: {
    institutions: Pick<InstitutionsService, "list">;
    teachers: Pick<TeachersService, "list">;
  },
) {
  const { db } = ctx.database;
  const limit = SEARCH_GROUP_LIMIT;

  async function institutions(actor: Actor, text: string): Promise<SearchGroup> {
    const found = await deps.institutions.list(actor, { q: text, page: 1, pageSize: limit });
    return {
      kind: "institutions",
      items: found.items.map((i) => ({
        id: i.id,
        title: i.name,
        subtitle: `${i.district.name} · ${INSTITUTION_TYPE_LABELS[i.type]}`,
        path: `/institutions/${i.id}`,
      })),
      more: found.total > found.items.length,
    };
  }

  async function teachers(actor: Actor, text: string): Promise<SearchGroup> {
    const found = await deps.teachers.list(actor, { q: text, page: 1, pageSize: limit });
    return {
      kind: "teachers",
      items: found.items.map((t) => ({
        id: t.id,
        title: t.name,
        subtitle: t.subject ? `${t.institution.name} · ${t.subject}` : t.institution.name,
        path: `/teachers?teacher=${t.id}`,
      })),
      more: found.total > found.items.length,
    };
  }

  async function planItems(actor: Actor, text: string): Promise<SearchGroup[]> {
    const rows = await planItemsMatching(db, { text, scopePath: actor.scopePath, limit });
    const group = (kind: "task" | "target"): SearchGroup => {
      const matches = rows.filter((r) => r.kind === kind);
      return {
        kind: kind === "task" ? "tasks" : "targets",
        items: matches.slice(0, limit).map((r) => ({
          id: r.id,
          title: r.title,
          subtitle: `${r.planYear}年 · ${r.context}`,
          path: kind === "task" ? `/work-plan/tasks/${r.id}` : `/work-plan/targets/${r.id}`,
        })),
        more: matches.length > limit,
      };
    };
    return [group("task"), group("target")];
  }

  return {
    /** The groups the actor may read, each with at most SEARCH_GROUP_LIMIT hits; 403 when it may read none. */
    async search(actor: Actor, text: string): Promise<SearchGroup[]> {
      const readsInstitutions = institutionPolicy.allow(actor, "read");
      const readsTeachers = teacherPolicy.allow(actor, "read");
      const readsPlan = workPlanPolicy.allow(actor, "read");
      if (!readsInstitutions && !readsTeachers && !readsPlan) {
        throw problems.forbidden("您的账户不能使用全局搜索。");
      }
      // One after another: the embedded engine runs one statement at a time anyway.
      const groups: SearchGroup[] = [];
      if (readsInstitutions) groups.push(await institutions(actor, text));
      if (readsTeachers) groups.push(await teachers(actor, text));
      if (readsPlan) groups.push(...(await planItems(actor, text)));
      return groups;
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
