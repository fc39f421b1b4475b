import type { FastifyInstance } from "fastify";
import fastifyHelmet from "@fastify/helmet";

/**
 * Security headers on every answer. The built web app loads only its own scripts; antd writes its styles
 * at run time (style-src 'unsafe-inline'); QR codes and the favicon are data: images. No page may be framed.
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "same-origin" },
    // Served over plain HTTP on a LAN as well as behind HTTPS proxies: never force an upgrade.
    strictTransportSecurity: false,
  });
}
