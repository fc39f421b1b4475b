import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requireActor } from "../../http/authenticate.ts";
import type { TwoFactorService } from "./two-factor.service.ts";
import * as s from "./two-factor.schemas.ts";

/** A signed-in account's own second factor: status, enrolment by QR code, confirmation with a code. */
export function twoFactorRoutes(service: TwoFactorService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["登录与账户"];
    app.get("/", { schema: { tags, response: { 200: s.statusResponse } } }, async (request) =>
      service.status(requireActor(request)),
    );

    app.post("/setup", { schema: { tags, response: { 200: s.setupResponse } } }, async (request) =>
      service.startSetup(requireActor(request)),
    );

    app.post(
      "/confirm",
      { schema: { tags, body: s.codeBody, response: { 200: s.recoveryCodesResponse } } },
      async (request) => ({
        recoveryCodes: await service.confirmSetup(requireActor(request), request.body.code),
      }),
    );

    app.post(
      "/recovery-codes",
      { schema: { tags, body: s.codeBody, response: { 200: s.recoveryCodesResponse } } },
      async (request) => ({
        recoveryCodes: await service.regenerateRecoveryCodes(requireActor(request), request.body.code),
      }),
    );
  };
}
