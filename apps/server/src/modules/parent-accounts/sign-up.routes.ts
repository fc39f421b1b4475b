import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { loginRateLimit } from "../../http/login-rate-limit.ts";
import type { SignUpService } from "./sign-up.service.ts";
import * as s from "./sign-up.schemas.ts";

/** 家长注册, open to anyone: a verification code to a mobile number, then the account. */
export function signUpRoutes(service: SignUpService, ratePerMinute: number): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["登录与账户"];
    app.post(
      "/code",
      {
        config: loginRateLimit(ratePerMinute),
        schema: { tags, body: s.codeBody, response: { 200: s.codeResponse } },
      },
      async (request) => service.sendCode(request.body.phone, request.ip),
    );

    app.post(
      "/",
      {
        config: loginRateLimit(ratePerMinute),
        schema: { tags, body: s.signUpBody, response: { 201: s.signUpResponse } },
      },
      async (request, reply) => {
        reply.code(201);
        return service.register(request.body, request.ip);
      },
    );
  };
}
