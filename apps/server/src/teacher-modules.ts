import type { AppContext } from "./app-context.ts";
import type { RouteMount } from "./http/route-mount.ts";
import { honoursRoutes } from "./modules/teacher-honours/honours.routes.ts";
import { honourKindsOf } from "./modules/teacher-honours/honours.read-model.ts";
import { createHonoursService } from "./modules/teacher-honours/honours.service.ts";
import { createStudiosService } from "./modules/teacher-honours/studios.service.ts";
import { createEthicsService, type EthicsService } from "./modules/teacher-registration/ethics.service.ts";
import { registrationRoutes } from "./modules/teacher-registration/registration.routes.ts";
import { createRegistrationService } from "./modules/teacher-registration/registration.service.ts";
import { approvedHoursSince } from "./modules/teacher-training/training.read-model.ts";
import { trainingRoutes } from "./modules/teacher-training/training.routes.ts";
import { createTrainingService } from "./modules/teacher-training/training.service.ts";
import { createTeacherAbsencesService } from "./modules/teachers/teacher-absences.service.ts";
import { createTeacherCorrectionsService } from "./modules/teachers/teacher-corrections.service.ts";
import { createTeacherImportService } from "./modules/teachers/teacher-import.service.ts";
import { createRuralRecognitionService } from "./modules/teachers/rural-recognition.service.ts";
import { talentPoolRoutes } from "./modules/teachers/talent-pool.routes.ts";
import { createTalentPoolService } from "./modules/teachers/talent-pool.service.ts";
import { teachersRoutes } from "./modules/teachers/teachers.routes.ts";
import { createTeachersService, type TeachersService } from "./modules/teachers/teachers.service.ts";

/**
 * 教师发展: the teacher services, built once, and their routes under /api/teachers, /api/training …; the
 * teachers and ethics services are returned for the modules that reach them (the 督导室's complaints).
 */
export function teacherModules(ctx: AppContext): {
  mounts: RouteMount[];
  teachers: TeachersService;
  ethics: EthicsService;
} {
  const teachers = createTeachersService(ctx);
  const corrections = createTeacherCorrectionsService(ctx);
  const workbook = createTeacherImportService(ctx);
  const training = createTrainingService(ctx, { teachers });
  const registration = createRegistrationService(ctx, { teachers, self: corrections });
  const ethics = createEthicsService(ctx, { teachers });
  const honours = createHonoursService(ctx, { teachers });
  const studios = createStudiosService(ctx, { teachers });
  const absences = createTeacherAbsencesService(ctx, { teachers });
  const pool = createTalentPoolService(ctx, {
    teachers,
    readModels: { approvedHoursSince, honourKindsOf },
  });
  const rural = createRuralRecognitionService(ctx, { teachers, self: corrections });
  const mounts: RouteMount[] = [
    { prefix: "/api/teachers", routes: teachersRoutes({ teachers, corrections, workbook, absences }) },
    { prefix: "/api/training", routes: trainingRoutes({ training, self: corrections }) },
    { prefix: "/api/registration", routes: registrationRoutes({ registration, ethics }) },
    { prefix: "/api/honours", routes: honoursRoutes({ honours, studios }) },
    { prefix: "/api/talent-pool", routes: talentPoolRoutes({ pool, rural }) },
  ];
  return { mounts, teachers, ethics };
}
