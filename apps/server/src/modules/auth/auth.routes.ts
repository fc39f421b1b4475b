import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { permissionsOf, ROLE_LABELS } from "@edubureau/domain";
import type { AppConfig } from "../../config.ts";
import type { Actor } from "../../http/actor.ts";
import { loginRateLimit } from "../../http/login-rate-limit.ts";
import { requireActor } from "../../http/authenticate.ts";
import type { OrgUnitsService } from "../org-units/org-units.service.ts";
import type { AuthService } from "./auth.service.ts";
import * as s from "./auth.schemas.ts";
import { SESSION_COOKIE } from "./session-token.ts";

export function authRoutes(
  auth: AuthService,
  orgUnits: OrgUnitsService,
  config: Pick<AppConfig, "loginRatePerMinute">,
): FastifyPluginAsyncZod {
  async function me(actor: Actor) {
    const unit = await orgUnits.getInScope(actor, actor.orgUnitId);
    return {
      user: {
        id: actor.userId,
        username: actor.username,
        displayName: actor.displayName,
        role: actor.role,
        roleLabel: ROLE_LABELS[actor.role],
        orgUnit: { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind },
        permissions: [...permissionsOf(actor.role)],
        mustChangePassword: actor.mustChangePassword,
      },
      csrfToken: actor.csrfToken,
    };
  }

  return async (app) => {
    const tags = ["登录与账户"];
    app.post(
      "/login",
      {
        config: loginRateLimit(config.loginRatePerMinute),
        schema: { tags, body: s.loginBody, response: { 200: s.meResponse } },
      },
      async (request, reply) => {
        // Signing in as someone else ends the session this browser had.
        if (request.actor) await auth.logout(request.actor);
        const { token, actor } = await auth.login({
          ...request.body,
          ip: request.ip,
          userAgent: request.headers["user-agent"] ?? null,
        });
        void reply.setCookie(SESSION_COOKIE, token, {
          httpOnly: true,
          sameSite: "strict",
          secure: request.protocol === "https",
          path: "/",
        });
        return me(actor);
      },
    );

    app.post("/logout", { schema: { tags } }, async (request, reply) => {
      if (request.actor) await auth.logout(request.actor);
      void reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.code(204).send();
    });

    app.get("/me", { schema: { tags, response: { 200: s.meResponse } } }, async (request) =>
      me(requireActor(request)),
    );

    app.post("/password", { schema: { tags, body: s.changePasswordBody } }, async (request, reply) => {
      await auth.changePassword(
        requireActor(request),
        request.body.currentPassword,
        request.body.newPassword,
      );
      return reply.code(204).send();
    });
  };
}
