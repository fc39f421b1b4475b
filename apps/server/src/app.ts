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
import { registerDataVersionWatch } from "./platform/data-version-writes.ts";
import { systemClock, type Clock } from "./http/clock.ts";
import { registerErrorHandling, sendNotFound } from "./http/error-handler.ts";
import { registerEventStreams } from "./http/event-stream.ts";
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
import { campusSafetyModule } from "./modules/campus-safety/campus-safety.module.ts";
import { safetyPlanFigures } from "./modules/campus-safety/plan-figures.ts";
import { constructionProjectsRoutes } from "./modules/construction-projects/construction-projects.routes.ts";
import { createConstructionProjectsService } from "./modules/construction-projects/construction-projects.service.ts";
import { designationsRoutes } from "./modules/designations/designations.routes.ts";
import { enrolmentModule } from "./modules/enrolment/enrolment.module.ts";
import { teacherModules } from "./teacher-modules.ts";
import { servicesHallModule } from "./modules/services-hall/services-hall.module.ts";
import { inspectorateModule } from "./modules/inspectorate/inspectorate.module.ts";
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
import { createEnrolmentReviewService } from "./modules/enrolment/enrolment-review.service.ts";
import { searchRoutes } from "./modules/search/search.routes.ts";
import { createSearchService } from "./modules/search/search.service.ts";
import { workQueueRoutes } from "./modules/work-queue/work-queue.routes.ts";
import { createWorkQueueService } from "./modules/work-queue/work-queue.service.ts";
import { signUpRoutes } from "./modules/parent-accounts/sign-up.routes.ts";
import { createSignUpService } from "./modules/parent-accounts/sign-up.service.ts";
import { outboxSmsSender, type SmsSender } from "./platform/sms/sms-sender.ts";
import { smsOutboxRoutes } from "./platform/sms/sms-outbox.routes.ts";
import { createEventBus, type EventBus } from "./platform/events.ts";
import { failJobsOfPreviousRun } from "./platform/jobs/job-store.ts";
import { createPeriodicRunner } from "./platform/jobs/periodic.ts";
import { failReportJobsOfPreviousRun } from "./platform/jobs/report-jobs.ts";

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
  /**
   * Run the periodic jobs (the 督办 sweep, once per SWEEP_PERIOD_MS across all instances, first check once
   * listening) and fail imports left running by a previous process of the embedded engine. The server
   * does; tests call the sweep themselves.
   */
  backgroundJobs?: boolean;
  /** How text messages (sign-up codes) leave; default: kept in the outbox administrators read. */
  smsSender?: SmsSender;
  /** Events between instances; default: LISTEN/NOTIFY on the app's database. */
  events?: EventBus;
}

/** Incident time limits run in minutes: the campus-safety sweep's period. */
const SAFETY_SWEEP_PERIOD_MS = 60 * 1000;

/** Composition root: builds every service once and mounts each module's routes. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const events = options.events ?? createEventBus(options.database);
  const ctx: AppContext = {
    database: options.database,
    config: options.config,
    clock: options.clock ?? systemClock,
    passwordHasher: options.passwordHasher ?? createPasswordHasher(),
    events,
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

  registerSecurityHeaders(app);
  await registerRateLimiting(app);
  registerNulRejection(app);
  registerEventStreams(app);
  registerDataVersionWatch(app, options.database);

  const twoFactor = createTwoFactorService(ctx);
  const auth = createAuthService(ctx, { twoFactor });
  const orgUnits = createOrgUnitsService(ctx);
  const users = createUsersService(ctx, { orgUnits, sessions: auth, twoFactor });
  const signUp = createSignUpService(ctx, { users, orgUnits, sms: options.smsSender ?? outboxSmsSender });
  const institutions = createInstitutionsService(ctx, { orgUnits, neighbours: registryNeighbours });
  const designations = createDesignationsService(ctx, { orgUnits });
  const projects = createConstructionProjectsService(ctx, { orgUnits });
  const indicators = createIndicatorsService(ctx, { orgUnits });
  const dataElements = createDataElementsService(ctx);
  const dataEntry = createDataEntryService(ctx, { orgUnits });
  const schoolClasses = createSchoolClassesService(ctx, { orgUnits, dataEntry });
  const students = createStudentsService(ctx, { masking: studentMaskingFromEnv() });
  const studentHealth = createStudentHealthService(ctx, { students });
  const notifications = createNotificationsService(ctx, { events });
  const valueSources = planValueSources(ctx, indicators);
  const evaluations = createEvaluationCache(ctx.database.db, ctx.clock, valueSources);
  const supervision = createSupervisionService(ctx, { evaluations });
  const campusSafety = campusSafetyModule(ctx, { supervision, users });
  const workPlan = createWorkPlanService(ctx, {
    evaluations,
    supervision,
    figures: [safetyPlanFigures(ctx)],
  });
  const provenance = createTargetProvenanceService(ctx, { evaluations, sources: valueSources });
  const planFiles = createPlanFilesService(ctx, { workPlan });
  const attachmentStore =
    options.attachmentStore ?? diskAttachmentStore(path.join(options.config.dataDir, "attachments"));
  const planReports = createPlanReportsService(ctx, { store: attachmentStore });
  const servicesHall = servicesHallModule(ctx);
  const teacherGroup = teacherModules(ctx);
  const inspectorate = inspectorateModule(ctx, {
    store: attachmentStore,
    supervision,
    valueSources,
    teachers: teacherGroup.teachers,
    ethics: teacherGroup.ethics,
  });
  const workQueue = createWorkQueueService({
    supervision,
    planReports,
    enrolmentReview: createEnrolmentReviewService(ctx),
    serviceCases: servicesHall.cases,
    rectifications: inspectorate.rectifications,
    hazards: campusSafety.services.hazards,
    incidents: campusSafety.services.incidents,
  });
  const search = createSearchService(ctx, { institutions, teachers: teacherGroup.teachers });
  registerAuthentication(app, auth);

  await mountRoutes(app, [
    { prefix: "/api/work-queue", routes: workQueueRoutes(workQueue) },
    { prefix: "/api/search", routes: searchRoutes(search) },
    { prefix: "/api/health", routes: healthRoutes(ctx.database, options.config.bureauName) },
    { prefix: "/api/auth", routes: authRoutes(auth, options.config) },
    { prefix: "/api/auth/two-factor", routes: twoFactorRoutes(twoFactor) },
    { prefix: "/api/org-units", routes: orgUnitsRoutes(orgUnits) },
    { prefix: "/api/users", routes: usersRoutes(users) },
    { prefix: "/api/public/sign-up", routes: signUpRoutes(signUp, options.config.loginRatePerMinute) },
    { prefix: "/api/sms-outbox", routes: smsOutboxRoutes(ctx.database) },
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
    ...teacherGroup.mounts,
    ...campusSafety.mounts,
    ...servicesHall.mounts,
    ...inspectorate.mounts,
  ]);

  // Listen before the first request, so an event stream opened at once misses nothing.
  app.addHook("onReady", async () => events.open());
  app.addHook("onClose", async () => events.close());

  if (options.backgroundJobs) {
    // Each periodic job runs once per period however many instances run (a claim in periodic_runs).
    const periodic = createPeriodicRunner({
      db: ctx.database.db,
      clock: ctx.clock,
      jobs: [
        {
          name: "supervision-sweep",
          periodMs: options.config.sweepPeriodMs,
          run: async (period) => {
            // Overdue 整改单 raise their 督办单 first, so the same sweep can escalate them in time.
            await inspectorate.rectifications.escalateOverdue();
            const result = await supervision.sweep();
            app.log.info(
              { periodic: "supervision-sweep", period, ...result },
              "督办巡检完成（本周期由本实例执行）",
            );
          },
        },
        {
          name: "services-hall-escalation",
          periodMs: options.config.sweepPeriodMs,
          run: async () => {
            await servicesHall.escalateOverdue();
          },
        },
        {
          name: "campus-safety-sweep",
          periodMs: SAFETY_SWEEP_PERIOD_MS,
          run: async () => {
            await campusSafety.services.sweep();
          },
        },
      ],
      onError: (name, error) => app.log.error({ err: error, periodic: name }, "定时任务失败"),
    });
    app.addHook("onReady", async () => {
      // A wrong or missing key stops the start here, with the key's message, rather than at a sign-in.
      const sealed = await twoFactor.resealStoredSecrets();
      if (sealed > 0) app.log.info({ sealed }, "两步验证密钥已用当前密钥加密保存");
      if (ctx.database.engine !== "pglite") return;
      const failed = await failJobsOfPreviousRun(ctx.database.db, ctx.clock);
      if (failed > 0) app.log.warn({ failed }, "上次运行中断的导入任务已标记为失败");
      const reports = await failReportJobsOfPreviousRun(ctx.database.db, ctx.clock);
      if (reports > 0) app.log.warn({ failed: reports }, "上次运行中断的报告任务已标记为失败");
    });
    // After listen, not before ready: the first sweep evaluates every plan, and the server should answer
    // its first requests meanwhile rather than start late.
    app.addHook("onListen", async () => {
      setImmediate(() => void periodic.tickAll());
      periodic.start();
    });
    app.addHook("onClose", async () => periodic.stop());
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
