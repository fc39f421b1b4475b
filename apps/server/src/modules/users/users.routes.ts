import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requirePermission } from "../../http/authenticate.ts";
import type { UsersService } from "./users.service.ts";
import * as s from "./users.schemas.ts";
import { noContent } from "../../http/zod-types.ts";

export function usersRoutes(service: UsersService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["用户"];
    app.get(
      "/",
      { schema: { tags, querystring: s.listQuery, response: { 200: s.userList } } },
      async (request) => service.list(requirePermission(request, "users.read"), request.query),
    );

    app.post(
      "/",
      { schema: { tags, body: s.createUserBody, response: { 201: s.userSchema } } },
      async (request, reply) =>
        reply.code(201).send(await service.create(requirePermission(request, "users.write"), request.body)),
    );

    app.patch(
      "/:id",
      { schema: { tags, params: s.idParams, body: s.updateUserBody, response: { 200: s.userSchema } } },
      async (request) =>
        service.update(requirePermission(request, "users.write"), request.params.id, request.body),
    );

    app.post(
      "/:id/reset-password",
      { schema: { tags, params: s.idParams, body: s.resetPasswordBody, response: { 204: noContent } } },
      async (request, reply) => {
        await service.resetPassword(
          requirePermission(request, "users.write"),
          request.params.id,
          request.body.newPassword,
        );
        return reply.code(204).send();
      },
    );

    app.post(
      "/:id/two-factor/reset",
      { schema: { tags, params: s.idParams, body: s.resetTwoFactorBody, response: { 204: noContent } } },
      async (request, reply) => {
        await service.resetTwoFactor(
          requirePermission(request, "users.write"),
          request.params.id,
          request.body.reason,
        );
        return reply.code(204).send();
      },
    );
  };
}
