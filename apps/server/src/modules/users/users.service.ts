import {
  canAssignRole,
  ORG_UNIT_KIND_LABELS,
  ROLE_LABELS,
  roleFitsOrgUnit,
  type Role,
} from "@edubureau/domain";
import { maskMobile } from "@edubureau/domain/identity";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { problems } from "../../http/problem.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import type { OrgUnitsService } from "../org-units/org-units.service.ts";
import { assertAcceptablePassword, currentPasswordHash, rememberPassword } from "./password-rules.ts";
import * as q from "./users.queries.ts";

type UserRowInScope = NonNullable<Awaited<ReturnType<typeof q.findInScope>>>;

function view(row: UserRowInScope) {
  const { path: _path, ...orgUnit } = row.orgUnit;
  return { ...row, orgUnit, roleLabel: ROLE_LABELS[row.role] };
}

function snapshot(row: UserRowInScope) {
  return {
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    orgUnitId: row.orgUnit.id,
    disabled: row.disabled,
  };
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  orgUnitId: string;
}

export interface UpdateUserInput {
  displayName?: string | undefined;
  role?: Role | undefined;
  orgUnitId?: string | undefined;
  disabled?: boolean | undefined;
}

/**
 * What this module needs of sign-in: ending an account's sessions. Given by the composition root, so the
 * users module does not import the auth module (which reads accounts).
 */
export interface SessionEnder {
  endSessionsOf(tx: Db, userId: string): Promise<void>;
}

/** What this module needs of the second factor: an administrator's reset, in the caller's transaction. */
export interface TwoFactorResetter {
  resetFor(tx: Db, userId: string): Promise<boolean>;
}

export function createUsersService(
  ctx: AppContext,
  deps: { orgUnits: OrgUnitsService; sessions: SessionEnder; twoFactor: TwoFactorResetter },
) {
  const { orgUnits: orgUnitsService, sessions, twoFactor } = deps;
  const { db } = ctx.database;
  const { clock, passwordHasher, config } = ctx;

  function assertAssignable(actor: Actor, role: Role, field = "role"): void {
    if (!canAssignRole(actor.role, role))
      throw problems.field(field, `您无权设置“${ROLE_LABELS[role]}”角色的账户`);
  }

  async function assertPlacement(actor: Actor, role: Role, orgUnitId: string, tx: Db): Promise<void> {
    const unit = await orgUnitsService.getInScope(actor, orgUnitId, tx);
    if (!roleFitsOrgUnit(role, unit.kind)) {
      throw problems.field(
        "orgUnitId",
        `“${ROLE_LABELS[role]}”账户不能设在${ORG_UNIT_KIND_LABELS[unit.kind]}（${unit.name}）`,
      );
    }
  }

  async function getManaged(actor: Actor, id: string, tx: Db): Promise<UserRowInScope> {
    const row = await q.findInScope(tx, id, actor.scopePath);
    if (!row) throw problems.notFound("用户");
    if (!canAssignRole(actor.role, row.role)) throw problems.forbidden("您无权管理该角色的账户。");
    return row;
  }

  return {
    /** An account within the actor's scope, for another module naming it to a duty (e.g. a crisis officer). */
    async accountInScope(
      actor: Actor,
      id: string,
    ): Promise<{ id: string; role: Role; unitPath: string } | null> {
      const row = await q.findInScope(db, id, actor.scopePath);
      return row ? { id: row.id, role: row.role, unitPath: row.orgUnit.path } : null;
    },

    async list(actor: Actor, options: { q?: string | undefined; page: number; pageSize: number }) {
      const result = await q.listInScope(db, { scopePath: actor.scopePath, text: options.q, ...options });
      return { items: result.items.map(view), total: result.total };
    },

    async create(actor: Actor, input: CreateUserInput) {
      assertAssignable(actor, input.role);
      assertAcceptablePassword(input.password, input, "password");
      const passwordHash = await passwordHasher.hash(input.password);
      const now = clock.now();
      return db.transaction(async (tx) => {
        await assertPlacement(actor, input.role, input.orgUnitId, tx);
        if (await q.usernameTaken(tx, input.username))
          throw problems.field("username", `用户名 ${input.username} 已存在`);
        const id = await q.insertUser(tx, {
          username: input.username,
          displayName: input.displayName,
          passwordHash,
          role: input.role,
          orgUnitId: input.orgUnitId,
          mustChangePassword: config.production,
          at: now,
        });
        const created = await q.findInScope(tx, id, actor.scopePath);
        if (!created) throw new Error("created user not visible");
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "USER_CREATED", entityId: id, after: snapshot(created) },
          now,
        );
        return view(created);
      });
    },

    async update(actor: Actor, id: string, input: UpdateUserInput) {
      const now = clock.now();
      return db.transaction(async (tx) => {
        const before = await getManaged(actor, id, tx);
        if (id === actor.userId && (input.role !== undefined || input.disabled === true)) {
          throw problems.forbidden("不能修改自己的角色或停用自己的账户。");
        }
        const role = input.role ?? before.role;
        if (input.role !== undefined) assertAssignable(actor, input.role);
        if (input.role !== undefined || input.orgUnitId !== undefined) {
          await assertPlacement(actor, role, input.orgUnitId ?? before.orgUnit.id, tx);
        }
        await q.updateUser(tx, id, { ...definedOnly(input), at: now });
        if (input.disabled === true) await sessions.endSessionsOf(tx, id);
        const after = await q.findInScope(tx, id, actor.scopePath);
        if (!after) throw problems.forbidden("修改后该账户将超出您的管理范围。");
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "USER_UPDATED",
            entityId: id,
            before: snapshot(before),
            after: snapshot(after),
          },
          now,
        );
        return view(after);
      });
    },

    async resetPassword(actor: Actor, id: string, newPassword: string): Promise<void> {
      // One's own password changes only with the current password (the change-password route).
      if (id === actor.userId) {
        throw problems.forbidden("不能在此重置自己的密码，请在“修改密码”中输入当前密码后修改。");
      }
      const now = clock.now();
      await db.transaction(async (tx) => {
        const target = await getManaged(actor, id, tx);
        assertAcceptablePassword(newPassword, target, "newPassword");
        const passwordHash = await passwordHasher.hash(newPassword);
        const replaced = await currentPasswordHash(tx, id);
        if (replaced) await rememberPassword(tx, id, replaced, now);
        await q.resetPassword(tx, id, { passwordHash, mustChangePassword: config.production, at: now });
        await sessions.endSessionsOf(tx, id);
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "USER_PASSWORD_RESET",
            entityId: id,
            after: { username: target.username, unlocked: true },
          },
          now,
        );
      });
    },

    /** A lost phone: the account's second factor and recovery codes go; its next sign-in enrols anew. */
    async resetTwoFactor(actor: Actor, id: string, reason: string): Promise<void> {
      if (id === actor.userId) throw problems.forbidden("不能重置自己的两步验证，请联系其他系统管理员。");
      const now = clock.now();
      await db.transaction(async (tx) => {
        const target = await getManaged(actor, id, tx);
        const removed = await twoFactor.resetFor(tx, id);
        if (!removed) throw problems.conflict("该账户尚未启用两步验证。");
        await sessions.endSessionsOf(tx, id);
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "TWO_FACTOR_RESET", entityId: id, after: { username: target.username, reason } },
          now,
        );
      });
    },

    /** The password rules a new account's password must meet, as a 400 naming `field`. */
    assertAcceptablePassword,

    /**
     * 家长自助注册 (parent-accounts, after the number is proven): a 公众 account on the city unit named by the
     * mobile number, in the caller's transaction with its audit row. Null when the number already has one.
     */
    async registerPublic(
      tx: Db,
      input: { phone: string; displayName: string; password: string; ip: string | null },
      at: Date,
    ): Promise<string | null> {
      if (await q.usernameTaken(tx, input.phone)) return null;
      const [city] = await orgUnitsService.cityUnits(tx);
      if (!city) throw new Error("no city org unit");
      const id = await q.insertUser(tx, {
        username: input.phone,
        displayName: input.displayName,
        passwordHash: await passwordHasher.hash(input.password),
        role: "public",
        orgUnitId: city.id,
        mustChangePassword: false,
        at,
      });
      await recordAudit(
        tx,
        { actorId: id, actorName: `${input.displayName}(${maskMobile(input.phone)})`, ip: input.ip },
        { event: "PUBLIC_ACCOUNT_REGISTERED", entityId: id, after: { username: maskMobile(input.phone) } },
        at,
      );
      return id;
    },
  };
}

function definedOnly<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}

export type UsersService = ReturnType<typeof createUsersService>;
