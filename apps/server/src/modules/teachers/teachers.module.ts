import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../app-context.ts";
import { honoursRoutes } from "../teacher-honours/honours.routes.ts";
import { createHonoursService } from "../teacher-honours/honours.service.ts";
import { createStudiosService } from "../teacher-honours/studios.service.ts";
import { createEthicsService } from "../teacher-registration/ethics.service.ts";
import { registrationRoutes } from "../teacher-registration/registration.routes.ts";
import { createRegistrationService } from "../teacher-registration/registration.service.ts";
import { trainingRoutes } from "../teacher-training/training.routes.ts";
import { createTrainingService } from "../teacher-training/training.service.ts";
import { createTeacherAbsencesService } from "./teacher-absences.service.ts";
import { createTeacherCorrectionsService } from "./teacher-corrections.service.ts";
import { createTeacherImportService } from "./teacher-import.service.ts";
import { createRuralRecognitionService } from "./rural-recognition.service.ts";
import { talentPoolRoutes } from "./talent-pool.routes.ts";
import { createTalentPoolService } from "./talent-pool.service.ts";
import { teachersRoutes } from "./teachers.routes.ts";
import { createTeachersService } from "./teachers.service.ts";

/** 教师发展: builds the teacher services once and mounts their routes under /api/teachers, /api/training … */
export async function registerTeacherModules(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const teachers = createTeachersService(ctx);
  const corrections = createTeacherCorrectionsService(ctx);
  const workbook = createTeacherImportService(ctx);
  const training = createTrainingService(ctx, { teachers });
  const registration = createRegistrationService(ctx, { teachers, self: corrections });
  const ethics = createEthicsService(ctx, { teachers });
  const honours = createHonoursService(ctx, { teachers });
  const studios = createStudiosService(ctx, { teachers });
  const absences = createTeacherAbsencesService(ctx, { teachers });
  await app.register(teachersRoutes({ teachers, corrections, workbook, absences }), {
    prefix: "/api/teachers",
  });
  await app.register(trainingRoutes({ training, self: corrections }), { prefix: "/api/training" });
  await app.register(registrationRoutes({ registration, ethics }), { prefix: "/api/registration" });
  await app.register(honoursRoutes({ honours, studios }), { prefix: "/api/honours" });
  const pool = createTalentPoolService(ctx, { teachers });
  const rural = createRuralRecognitionService(ctx, { teachers, self: corrections });
  await app.register(talentPoolRoutes({ pool, rural }), { prefix: "/api/talent-pool" });
}
