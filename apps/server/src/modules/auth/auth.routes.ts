import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { permissionsOf, ROLE_LABELS } from "@edubureau/domain";
import type { AppConfig } from "../../config.ts";
import type { Actor } from "../../http/actor.ts";
import { loginRateLimit } from "../../http/login-rate-limit.ts";
import { requireActor } from "../../http/authenticate.ts";
import { setupResponse } from "../two-factor/two-factor.schemas.ts";
import type { AuthService } from "./auth.service.ts";
import * as s from "./auth.schemas.ts";
import { SESSION_COOKIE } from "../../http/session-token.ts";
import { noContent } from "../../http/zod-types.ts";

const clientOf = (request: FastifyRequest) => ({
  ip: request.ip,
  userAgent: request.headers["user-agent"] ?? null,
});

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "strict",
    secure: request.protocol === "https",
    path: "/",
  });
}

export function authRoutes(
  auth: AuthService,
  config: Pick<AppConfig, "loginRatePerMinute">,
): FastifyPluginAsyncZod {
  function me(actor: Actor) {
    return {
      user: {
        id: actor.userId,
        username: actor.username,
        displayName: actor.displayName,
        role: actor.role,
        roleLabel: ROLE_LABELS[actor.role],
        orgUnit: actor.orgUnit,
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
        schema: { tags, body: s.loginBody, response: { 200: s.meResponse, 202: s.secondFactorResponse } },
      },
      async (request, reply) => {
        // Signing in as someone else ends the session this browser had.
        if (request.actor) await auth.logout(request.actor);
        const result = await auth.login({ ...request.body, ...clientOf(request) });
        if (result.kind === "second_factor") {
          return reply.code(202).send({ secondFactor: result.step, challenge: result.challenge });
        }
        setSessionCookie(request, reply, result.token);
        return me(result.actor);
      },
    );

    app.post(
      "/login/enrolment",
      {
        config: loginRateLimit(config.loginRatePerMinute),
        schema: { tags, body: s.challengeBody, response: { 200: setupResponse } },
      },
      async (request) => auth.enrolmentDuringLogin(request.body.challenge),
    );

    app.post(
      "/login/code",
      {
        config: loginRateLimit(config.loginRatePerMinute),
        schema: { tags, body: s.codeLoginBody, response: { 200: s.codeLoginResponse } },
      },
      async (request, reply) => {
        const { token, actor, recoveryCodes } = await auth.loginWithCode({
          ...request.body,
          ...clientOf(request),
        });
        setSessionCookie(request, reply, token);
        return { ...me(actor), recoveryCodes };
      },
    );

    app.post("/logout", { schema: { tags, response: { 204: noContent } } }, async (request, reply) => {
      if (request.actor) await auth.logout(request.actor);
      void reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.code(204).send();
    });

    app.get("/me", { schema: { tags, response: { 200: s.meResponse } } }, async (request) =>
      me(requireActor(request)),
    );

    app.post(
      "/password",
      { schema: { tags, body: s.changePasswordBody, response: { 204: noContent } } },
      async (request, reply) => {
        await auth.changePassword(
          requireActor(request),
          request.body.currentPassword,
          request.body.newPassword,
        );
        return reply.code(204).send();
      },
    );
  };
}
