import type { OnlineDepth } from "@edubureau/domain/services-hall";
import { materialsFor } from "@edubureau/domain/services-hall";
import type { DataContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { problems } from "../../http/problem.ts";
import { serviceItemPolicy } from "../../policies/service-item.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import { DEFAULT_CATALOGUE } from "./default-catalogue.ts";
import * as q from "./service-items.queries.ts";

/** The guide a citizen reads: everything but the internal review roles. */
function guideOf(item: q.ItemRow) {
  const { ownerUnitPath: _path, ownerUnitId: _id, keywords: _k, ...rest } = item;
  return { ...rest, steps: item.steps.map((s) => s.name) };
}

function snapshot(item: q.ItemRow) {
  return {
    code: item.code,
    name: item.name,
    onlineDepth: item.onlineDepth,
    promisedDays: item.promisedDays,
    legalDays: item.legalDays,
    status: item.status,
  };
}

export function createServiceItemsService(ctx: DataContext) {
  const { db } = ctx.database;
  const { clock } = ctx;

  async function mustFind(id: string, tx: Db = db): Promise<q.ItemRow> {
    const item = await q.findItem(tx, id);
    if (!item) throw problems.notFound("事项");
    return item;
  }

  async function published(id: string, tx: Db = db): Promise<q.ItemRow> {
    const item = await mustFind(id, tx);
    if (item.status !== "published") throw problems.notFound("事项");
    return item;
  }

  async function changeStatus(actor: Actor, id: string, status: "published" | "withdrawn") {
    return db.transaction(async (tx) => {
      const before = await mustFind(id, tx);
      serviceItemPolicy.authorize(actor, "manage", { ownerUnitPath: before.ownerUnitPath });
      if (before.status === status) {
        throw problems.conflict(status === "published" ? "该事项已发布。" : "该事项已撤回。");
      }
      const now = clock.now();
      await q.setStatus(tx, id, status, now);
      const after = await mustFind(id, tx);
      await recordAudit(
        tx,
        whoOf(actor),
        {
          event: status === "published" ? "SERVICE_ITEM_PUBLISHED" : "SERVICE_ITEM_WITHDRAWN",
          entityId: id,
          before: snapshot(before),
          after: snapshot(after),
        },
        now,
      );
      return after;
    });
  }

  return {
    /** Public: published items, searched by name, code or keyword. */
    async searchPublished(search: string | undefined) {
      return (await q.listItems(db, { search, publishedOnly: true })).map(guideOf);
    },

    async guide(id: string) {
      return guideOf(await published(id));
    },

    /** 智能导办: the exact materials list for the situation the applicant answered. */
    async checklist(id: string, situationCode: string | null) {
      const item = await published(id);
      if (situationCode !== null && !item.situations.some((s) => s.code === situationCode)) {
        throw problems.field("situation", "请选择该事项的办理情形");
      }
      return { materials: materialsFor(item, situationCode) };
    },

    /** Staff: every item with its status. */
    async manageList(actor: Actor, search: string | undefined) {
      const items = await q.listItems(db, { search, publishedOnly: false });
      return items.map((item) => ({
        ...guideOf(item),
        abilities: serviceItemPolicy.abilities(actor, { ownerUnitPath: item.ownerUnitPath }),
      }));
    },

    async update(actor: Actor, id: string, changes: q.ItemChanges) {
      return db.transaction(async (tx) => {
        const before = await mustFind(id, tx);
        serviceItemPolicy.authorize(actor, "manage", { ownerUnitPath: before.ownerUnitPath });
        const legal = changes.legalDays ?? before.legalDays;
        const promised = changes.promisedDays ?? before.promisedDays;
        if (promised > legal) throw problems.field("promisedDays", "承诺时限不能长于法定时限");
        const now = clock.now();
        await q.updateItem(tx, id, changes, now);
        const after = await mustFind(id, tx);
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "SERVICE_ITEM_UPDATED", entityId: id, before: snapshot(before), after: snapshot(after) },
          now,
        );
        return guideOf(after);
      });
    },

    publish: (actor: Actor, id: string) => changeStatus(actor, id, "published").then(guideOf),
    withdraw: (actor: Actor, id: string) => changeStatus(actor, id, "withdrawn").then(guideOf),

    /** For the case service: the published item an application names (its internal fields included). */
    published,
    find: mustFind,
  };
}

export type ServiceItemsService = ReturnType<typeof createServiceItemsService>;

/**
 * Installs the default catalogue, published, owned by `ownerUnitId` (the bureau's 行政审批服务处), in the
 * caller's transaction; does nothing when a catalogue exists. Used by the demo seed and tests.
 */
export async function installDefaultCatalogue(
  tx: Db,
  options: {
    ownerUnitId: string;
    at: Date;
    /** Who installs it, audited; the demo seed leaves it out (its own seed_demo row covers the load). */
    who?: { actorId: string | null; actorName: string | null; ip: null };
  },
): Promise<number> {
  if ((await q.countItems(tx)) > 0) return 0;
  for (const item of DEFAULT_CATALOGUE) {
    await q.insertItem(tx, item, options.ownerUnitId, "published", options.at);
  }
  if (options.who) {
    await recordAudit(
      tx,
      options.who,
      { event: "SERVICE_CATALOGUE_INSTALLED", entityId: null, after: { items: DEFAULT_CATALOGUE.length } },
      options.at,
    );
  }
  return DEFAULT_CATALOGUE.length;
}

export type { OnlineDepth };
