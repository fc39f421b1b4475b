import type { FeatureSeed } from "./feature-seed.ts";
import { seedEnrolment } from "./enrolment-seed.ts";
import { seedWorkPlan } from "./work-plan-seed.ts";
import { seedStudentHealth } from "./student-health-seed.ts";
import { seedTeachers } from "./teachers-seed.ts";
import { seedCampusSafety } from "./campus-safety-seed.ts";
import { seedServicesHall } from "./services-hall-seed.ts";
import { seedInspectorate } from "./inspectorate-seed.ts";

// The work plan last: its snapshots and first 督办单 read the other features' data.
export const FEATURE_SEEDS: readonly FeatureSeed[] = [
  seedStudentHealth,
  seedTeachers,
  seedEnrolment,
  seedCampusSafety,
  seedServicesHall,
  seedInspectorate,
  seedWorkPlan,
];
