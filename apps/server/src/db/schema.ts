// Every module's tables, for Drizzle's relational queries. Columns are defined beside their module.
export { orgUnits } from "../modules/org-units/org-units.tables.ts";
export { passwordHistory, users } from "../modules/users/users.tables.ts";
export { sessions } from "../modules/auth/sessions.tables.ts";
export { auditLog } from "../modules/audit/audit.tables.ts";
export { institutions } from "../modules/institutions/institutions.tables.ts";
export { designationTypes, designations } from "../modules/designations/designations.tables.ts";
export { constructionProjects } from "../modules/construction-projects/construction-projects.tables.ts";
export { schoolClasses } from "../modules/school-classes/school-classes.tables.ts";
export { dataApprovals, dataElements, dataValues } from "../modules/indicators/indicators.tables.ts";
export {
  focusAreas,
  planMilestones,
  planTargets,
  planTargetShares,
  planTasks,
  planTaskUnits,
  workPlans,
} from "../modules/work-plan/work-plan.tables.ts";
export {
  planReportAttachments,
  planReportMilestones,
  planReports,
  planReportValues,
  planTargetSnapshots,
  supervisionNotices,
} from "../modules/work-plan/plan-progress.tables.ts";
export { notificationReads, notifications } from "../modules/notifications/notifications.tables.ts";
export {
  ruralExperienceRecognitions,
  teacherAbsences,
  teacherAnnualReviews,
  teacherCorrections,
  teacherExchanges,
  teacherPostings,
  teachers,
} from "../modules/teachers/teachers.tables.ts";
export {
  trainingCredits,
  trainingEnrolments,
  trainingProgrammes,
  trainingQuotas,
} from "../modules/teacher-training/training.tables.ts";
export {
  teacherEthicsRecords,
  teacherRegistrations,
} from "../modules/teacher-registration/registration.tables.ts";
export {
  honourNominations,
  honourRounds,
  normalStudentIntakes,
  teacherStudioAssessments,
  teacherStudioMembers,
  teacherStudios,
} from "../modules/teacher-honours/honours.tables.ts";
export { students } from "../modules/students/students.tables.ts";
export { fitnessResults, visionScreenings } from "../modules/student-health/student-health.tables.ts";
export {
  enrolmentApplicants,
  enrolmentApplications,
  enrolmentDeclines,
  enrolmentDraws,
  enrolmentPlans,
  enrolmentRounds,
} from "../modules/enrolment/enrolment.tables.ts";
export { loginChallenges, userRecoveryCodes, userTotp } from "../modules/two-factor/two-factor.tables.ts";
