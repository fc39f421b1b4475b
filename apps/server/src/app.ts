import fs from "node:fs";
import path from "node:path";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import fastifyCookie from "@fastify/cookie";
import fastifyMultipart from "@fastify/multipart";
import fastifyStatic from "@fastify/static";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppConfig } from "./config.ts";
import type { AppContext } from "./app-context.ts";
import type { Database } from "./db/database.ts";
import { registerAuthentication } from "./http/authenticate.ts";
import { systemClock, type Clock } from "./http/clock.ts";
import { registerErrorHandling, sendNotFound } from "./http/error-handler.ts";
import { registerRateLimiting } from "./http/login-rate-limit.ts";
import { registerOpenApi } from "./http/openapi.ts";
import { registerNulRejection } from "./http/reject-nul.ts";
import { mountRoutes } from "./http/route-mount.ts";
import { registerSecurityHeaders } from "./http/security-headers.ts";
import { auditRoutes } from "./modules/audit/audit.routes.ts";
import { accountNamesAmong } from "./modules/users/users.read-model.ts";
import { authRoutes } from "./modules/auth/auth.routes.ts";
import { createAuthService } from "./modules/auth/auth.service.ts";
import { createPasswordHasher, type PasswordHasher } from "./modules/auth/password-hash.ts";
import { createTwoFactorService } from "./modules/two-factor/two-factor.service.ts";
import { twoFactorRoutes } from "./modules/two-factor/two-factor.routes.ts";
import { constructionProjectsRoutes } from "./modules/construction-projects/construction-projects.routes.ts";
import { createConstructionProjectsService } from "./modules/construction-projects/construction-projects.service.ts";
import { designationsRoutes } from "./modules/designations/designations.routes.ts";
import { enrolmentModule } from "./modules/enrolment/enrolment.module.ts";
import { teacherModules } from "./teacher-modules.ts";
import { createDesignationsService } from "./modules/designations/designations.service.ts";
import { healthRoutes } from "./modules/health/health.routes.ts";
import { institutionsRoutes } from "./modules/institutions/institutions.routes.ts";
import { createInstitutionsService } from "./modules/institutions/institutions.service.ts";
import { registryNeighbours } from "./registry-neighbours.ts";
import { dataRoutes } from "./modules/indicators/data.routes.ts";
import { createDataElementsService } from "./modules/indicators/data-elements.service.ts";
import { createDataEntryService } from "./modules/indicators/data-entry.service.ts";
import { indicatorsRoutes } from "./modules/indicators/indicators.routes.ts";
import { createIndicatorsService } from "./modules/indicators/indicators.service.ts";
import { planValueSources } from "./plan-value-sources.ts";
import { orgUnitsRoutes } from "./modules/org-units/org-units.routes.ts";
import { createOrgUnitsService } from "./modules/org-units/org-units.service.ts";
import { schoolClassesRoutes } from "./modules/school-classes/school-classes.routes.ts";
import { createSchoolClassesService } from "./modules/school-classes/school-classes.service.ts";
import { usersRoutes } from "./modules/users/users.routes.ts";
import { notificationsRoutes } from "./modules/notifications/notifications.routes.ts";
import { createNotificationsService } from "./modules/notifications/notifications.service.ts";
import { diskAttachmentStore, type AttachmentStore } from "./modules/work-plan/attachment-store.ts";
import { createEvaluationCache } from "./modules/work-plan/evaluation-cache.ts";
import { planReportsRoutes } from "./modules/work-plan/plan-reports.routes.ts";
import { createPlanReportsService } from "./modules/work-plan/plan-reports.service.ts";
import { supervisionRoutes } from "./modules/work-plan/supervision.routes.ts";
import { createSupervisionService } from "./modules/work-plan/supervision.service.ts";
import { publicWorkPlanRoutes, workPlanRoutes } from "./modules/work-plan/work-plan.routes.ts";
import { targetProvenanceRoutes } from "./modules/work-plan/target-provenance.routes.ts";
import { createTargetProvenanceService } from "./modules/work-plan/target-provenance.service.ts";
import { createWorkPlanService } from "./modules/work-plan/work-plan.service.ts";
import { planFilesRoutes } from "./modules/work-plan/plan-files.routes.ts";
import { createPlanFilesService } from "./modules/work-plan/plan-files.service.ts";
import { studentsRoutes } from "./modules/students/students.routes.ts";
import { createStudentsService } from "./modules/students/students.service.ts";
import { studentMaskingFromEnv } from "./modules/students/student-masking.ts";
import { publicHealthRoutes, studentHealthRoutes } from "./modules/student-health/student-health.routes.ts";
import { createStudentHealthService } from "./modules/student-health/student-health.service.ts";
import { createUsersService } from "./modules/users/users.service.ts";

// Validation messages in Simplified Chinese wherever a schema does not give its own.
z.config(z.locales.zhCN());

export interface BuildAppOptions {
  database: Database;
  config: AppConfig;
  clock?: Clock;
  passwordHasher?: PasswordHasher;
  logger?: FastifyServerOptions["logger"];
  /** Where report attachments go; default: DATA_DIR/attachments on disk. */
  attachmentStore?: AttachmentStore;
  /** Run the 督办 sweep once listening and every hour (the server does; tests call it themselves). */
  backgroundJobs?: boolean;
}

const SWEEP_INTERVAL_MS = 60 * 60 * 1000;

/** Composition root: builds every service once and mounts each module's routes. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const ctx: AppContext = {
    database: options.database,
    config: options.config,
    clock: options.clock ?? systemClock,
    passwordHasher: options.passwordHasher ?? createPasswordHasher(),
  };
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.config.bodyLimitBytes,
    trustProxy: options.config.trustProxy,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  await app.register(fastifyCookie);
  // Excel imports: one file of at most 20 MB per request (JSON bodies keep BODY_LIMIT_BYTES).
  await app.register(fastifyMultipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1 } });
  await registerOpenApi(app);

  await registerSecurityHeaders(app);
  await registerRateLimiting(app);
  registerNulRejection(app);

  const twoFactor = createTwoFactorService(ctx);
  const auth = createAuthService(ctx, { twoFactor });
  const orgUnits = createOrgUnitsService(ctx);
  const users = createUsersService(ctx, { orgUnits, sessions: auth, twoFactor });
  const institutions = createInstitutionsService(ctx, { orgUnits, neighbours: registryNeighbours });
  const designations = createDesignationsService(ctx, { orgUnits });
  const projects = createConstructionProjectsService(ctx, { orgUnits });
  const indicators = createIndicatorsService(ctx, { orgUnits });
  const dataElements = createDataElementsService(ctx);
  const dataEntry = createDataEntryService(ctx, { orgUnits });
  const schoolClasses = createSchoolClassesService(ctx, { orgUnits, dataEntry });
  const students = createStudentsService(ctx, { masking: studentMaskingFromEnv() });
  const studentHealth = createStudentHealthService(ctx, { students });
  const notifications = createNotificationsService(ctx);
  const valueSources = planValueSources(ctx, indicators);
  const evaluations = createEvaluationCache(ctx.database.db, ctx.clock, valueSources);
  const supervision = createSupervisionService(ctx, { evaluations });
  const workPlan = createWorkPlanService(ctx, { evaluations, supervision });
  const provenance = createTargetProvenanceService(ctx, { evaluations, sources: valueSources });
  const planFiles = createPlanFilesService(ctx, { workPlan });
  const planReports = createPlanReportsService(ctx, {
    store: options.attachmentStore ?? diskAttachmentStore(path.join(options.config.dataDir, "attachments")),
  });
  registerAuthentication(app, auth);

  await mountRoutes(app, [
    { prefix: "/api/health", routes: healthRoutes(ctx.database) },
    { prefix: "/api/auth", routes: authRoutes(auth, orgUnits, options.config) },
    { prefix: "/api/auth/two-factor", routes: twoFactorRoutes(twoFactor) },
    { prefix: "/api/org-units", routes: orgUnitsRoutes(orgUnits) },
    { prefix: "/api/users", routes: usersRoutes(users) },
    { prefix: "/api/audit-log", routes: auditRoutes(ctx.database.db, { accountNamesAmong }) },
    { prefix: "/api/institutions", routes: institutionsRoutes(institutions) },
    { prefix: "/api/indicators", routes: indicatorsRoutes(indicators) },
    { prefix: "/api/data", routes: dataRoutes(dataElements, dataEntry) },
    { prefix: "/api/designations", routes: designationsRoutes(designations) },
    { prefix: "/api/projects", routes: constructionProjectsRoutes(projects) },
    { prefix: "/api/classes", routes: schoolClassesRoutes(schoolClasses) },
    { prefix: "/api/notifications", routes: notificationsRoutes(notifications) },
    { prefix: "/api/work-plan", routes: workPlanRoutes(workPlan) },
    { prefix: "/api/work-plan", routes: targetProvenanceRoutes(provenance) },
    { prefix: "/api/work-plan", routes: planFilesRoutes(planFiles) },
    { prefix: "/api/work-plan/reports", routes: planReportsRoutes(planReports) },
    { prefix: "/api/work-plan/supervision", routes: supervisionRoutes(supervision) },
    { prefix: "/api/public/work-plan", routes: publicWorkPlanRoutes(workPlan) },
    { prefix: "/api/students", routes: studentsRoutes(students) },
    { prefix: "/api/student-health", routes: studentHealthRoutes(studentHealth) },
    { prefix: "/api/public/health-record", routes: publicHealthRoutes(studentHealth) },
    ...enrolmentModule(ctx),
    ...teacherModules(ctx),
  ]);

  if (options.backgroundJobs) {
    const sweep = () =>
      supervision.sweep().catch((error: unknown) => app.log.error({ err: error }, "督办巡检失败"));
    // After listen, not before ready: the first sweep evaluates every plan, and the server should answer
    // its first requests meanwhile rather than start late.
    app.addHook("onListen", async () => {
      setImmediate(() => void sweep());
    });
    const timer = setInterval(() => void sweep(), SWEEP_INTERVAL_MS);
    timer.unref();
    app.addHook("onClose", async () => clearInterval(timer));
  }

  await serveWebApp(app, options.config);
  return app;
}

/** Serves the built single-page app; unknown non-API paths get index.html so client routes work on reload. */
async function serveWebApp(app: FastifyInstance, config: AppConfig): Promise<void> {
  const dist = config.webDistDir;
  if (!dist || !fs.existsSync(path.join(dist, "index.html"))) {
    app.setNotFoundHandler(sendNotFound);
    return;
  }
  await app.register(fastifyStatic, { root: dist, wildcard: false, index: ["index.html"] });
  app.setNotFoundHandler((request, reply) => {
    if (request.method === "GET" && !request.url.startsWith("/api/")) return reply.sendFile("index.html");
    return sendNotFound(request, reply);
  });
}
