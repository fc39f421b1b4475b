/**
 * Every audited action has one event name with its own payload type (as Documenso's
 * DOCUMENT_AUDIT_LOG_TYPE): a call site names the event, and the row's entity and action columns — which the
 * history views filter on — are derived from this table, never typed by hand.
 */

/** A record's state before or after a change, as the module snapshots it. */
type Snapshot = object | null;

/** What most changes carry: the record before and after. */
interface ChangePayload {
  before?: Snapshot | undefined;
  after?: Snapshot | undefined;
}

/** A whole-file import: which file (its sha256) and how many rows it wrote. */
interface ImportPayload {
  after: { fileName: string; sha256: string; rows?: number; [count: string]: unknown };
}

/** A look at personal data that is masked by default. */
interface PersonalReadPayload {
  after: object;
}

interface LoginFailedPayload {
  after: { reason: "unknown_user" | "bad_password" | "locked" | "disabled" | (string & {}) };
}

interface NoPayload {
  before?: undefined;
  after?: undefined;
}

/** A spec in the table; `payload` exists only for the type checker. */
export interface AuditEventSpec<P> {
  entity: string;
  action: string;
  payload?: P;
}

const event = <P = ChangePayload>(entity: string, action: string): AuditEventSpec<P> => ({ entity, action });

export const AUDIT_EVENTS = {
  // 登录与账户
  LOGIN_SUCCEEDED: event<NoPayload>("auth", "login"),
  LOGGED_OUT: event<NoPayload>("auth", "logout"),
  LOGIN_FAILED_UNKNOWN_USER: event<LoginFailedPayload>("auth", "login_failed"),
  LOGIN_WHILE_LOCKED: event<LoginFailedPayload>("auth", "login_while_locked"),
  LOGIN_FAILED: event("user", "login_failed"),
  ACCOUNT_LOCKED: event("user", "locked"),
  PASSWORD_CHANGED: event("user", "password_changed"),
  USER_CREATED: event("user", "create"),
  USER_UPDATED: event("user", "update"),
  USER_PASSWORD_RESET: event("user", "reset_password"),
  TWO_FACTOR_ENABLED: event("user", "two_factor_enabled"),
  TWO_FACTOR_RESET: event<{ after: { username: string; reason: string } }>("user", "two_factor_reset"),
  RECOVERY_CODE_USED: event("user", "recovery_code_used"),
  RECOVERY_CODES_REGENERATED: event("user", "recovery_codes_regenerated"),
  PUBLIC_ACCOUNT_REGISTERED: event<{ after: { username: string } }>("user", "register"),
  SIGN_UP_CODE_SENT: event<{ after: { phone: string } }>("sign_up_code", "send"),
  ORG_UNIT_CREATED: event("org_unit", "create"),
  ORG_UNIT_UPDATED: event("org_unit", "update"),
  SYSTEM_SEEDED: event<{ after: object }>("system", "seed_demo"),
  // 学校名录、称号、建设项目、班级
  INSTITUTION_CREATED: event("institution", "create"),
  INSTITUTION_UPDATED: event("institution", "update"),
  INSTITUTION_IMPORT_CREATED: event("institution", "import_create"),
  INSTITUTION_IMPORT_UPDATED: event("institution", "import_update"),
  INSTITUTIONS_IMPORTED: event<ImportPayload>("institution_import", "import"),
  DESIGNATION_AWARDED: event("designation", "award"),
  DESIGNATION_UPDATED: event("designation", "update"),
  DESIGNATION_REVOKED: event("designation", "revoke"),
  CONSTRUCTION_PROJECT_CREATED: event("construction_project", "create"),
  CONSTRUCTION_PROJECT_UPDATED: event("construction_project", "update"),
  CONSTRUCTION_PROJECT_DELETED: event("construction_project", "delete"),
  CONSTRUCTION_PROJECT_TRANSITIONED: event("construction_project", "transition"),
  CONSTRUCTION_PROJECT_TESTS_RECORDED: event("construction_project", "record_tests"),
  SCHOOL_CLASS_CREATED: event("school_class", "create"),
  SCHOOL_CLASS_UPDATED: event("school_class", "update"),
  SCHOOL_CLASS_DELETED: event("school_class", "delete"),
  SCHOOL_CLASSES_YEAR_REPLACED: event("school_classes", "replace_year"),
  // 指标填报与审核
  DATA_ELEMENT_CREATED: event("data_element", "create"),
  DATA_ELEMENT_UPDATED: event("data_element", "update"),
  DATA_VALUE_SAVED: event("data_value", "save"),
  DATA_APPROVAL_SUBMITTED: event("data_approval", "submit"),
  DATA_APPROVAL_APPROVED: event("data_approval", "approve"),
  DATA_APPROVAL_CONFIRMED: event("data_approval", "confirm"),
  DATA_APPROVAL_REOPENED: event("data_approval", "reopen"),
  // 工作计划
  WORK_PLAN_IMPORTED: event<{ after: object }>("work_plan", "import"),
  PLAN_REPORT_CREATED: event("plan_report", "create"),
  PLAN_REPORT_UPDATED: event("plan_report", "update"),
  PLAN_REPORT_FILE_ATTACHED: event("plan_report", "attach"),
  PLAN_REPORT_FILE_DETACHED: event("plan_report", "detach"),
  PLAN_REPORT_SUBMITTED: event("plan_report", "submit"),
  PLAN_REPORT_ACCEPTED: event("plan_report", "accept"),
  PLAN_REPORT_RETURNED: event("plan_report", "return"),
  SUPERVISION_NOTICE_RAISED: event<{ after: { reason: string } }>("supervision_notice", "raise"),
  SUPERVISION_NOTICE_ESCALATED: event<{ after: { escalatedOn: string } }>("supervision_notice", "escalate"),
  SUPERVISION_NOTICE_RESPONDED: event("supervision_notice", "respond"),
  SUPERVISION_NOTICE_INSTRUCTED: event<{
    before: { instruction: string | null };
    after: { instruction: string; urged: boolean };
  }>("supervision_notice", "instruct"),
  // 招生入学
  ENROLMENT_ROUND_CREATED: event("enrolment_round", "create"),
  ENROLMENT_ROUND_UPDATED: event("enrolment_round", "update"),
  ENROLMENT_PLAN_CREATED: event("enrolment_plan", "create"),
  ENROLMENT_PLAN_UPDATED: event("enrolment_plan", "update"),
  ENROLMENT_APPLICATION_CREATED: event("enrolment_application", "create"),
  ENROLMENT_APPLICATION_WITHDRAWN: event("enrolment_application", "withdraw"),
  ENROLMENT_SECOND_CHOICES_SET: event("enrolment_application", "second_choices"),
  ENROLMENT_PLACE_DECLINED: event("enrolment_application", "decline"),
  ENROLMENT_APPLICATION_APPROVED: event("enrolment_application", "approve"),
  ENROLMENT_APPLICATION_RETURNED: event("enrolment_application", "return"),
  ENROLMENT_APPLICATION_PERSONAL_VIEWED: event<PersonalReadPayload>("enrolment_application", "view_personal"),
  ENROLMENT_DRAW_FROZEN: event("enrolment_draw", "freeze"),
  ENROLMENT_DRAW_DRAWN: event("enrolment_draw", "draw"),
  ENROLMENT_DRAW_PUBLISHED: event("enrolment_draw", "publish"),
  ENROLMENT_DRAW_REDRAWN: event("enrolment_draw", "redraw"),
  // 学生与学生健康
  STUDENT_CREATED: event("student", "create"),
  STUDENT_UPDATED: event("student", "update"),
  STUDENT_PERSONAL_VIEWED: event<PersonalReadPayload>("student", "view_personal"),
  STUDENT_PERSONAL_EXPORTED: event<PersonalReadPayload>("student", "export_personal"),
  STUDENTS_IMPORTED: event<ImportPayload>("student_import", "import"),
  VISION_SCREENINGS_IMPORTED: event<ImportPayload>("vision_screening_import", "import"),
  FITNESS_TESTS_IMPORTED: event<ImportPayload>("fitness_import", "import"),
  HEALTH_PARENT_LOOKUP: event<{ after: { idNumber: string } }>("student_health_record", "parent_lookup"),
  HEALTH_PARENT_LOOKUP_FAILED: event<{ after: { idNumber: string } }>(
    "student_health_record",
    "parent_lookup_failed",
  ),
  // 教师
  TEACHER_CREATED: event("teacher", "create"),
  TEACHER_UPDATED: event("teacher", "update"),
  TEACHER_IMPORTED: event("teacher", "import"),
  TEACHERS_IMPORTED: event<ImportPayload>("teacher_import", "import"),
  TEACHER_PERSONAL_VIEWED: event<PersonalReadPayload>("teacher", "view_personal"),
  TEACHER_PERSONAL_EXPORTED: event<PersonalReadPayload>("teacher", "export_personal"),
  TEACHER_POSTING_ADDED: event("teacher", "add_posting"),
  TEACHER_REVIEW_SET: event("teacher", "set_review"),
  TEACHER_EXCHANGE_RECORDED: event("teacher", "record_exchange"),
  TEACHER_ABSENCE_RECORDED: event("teacher", "record_absence"),
  TEACHER_ABSENCE_DELETED: event("teacher", "delete_absence"),
  TEACHER_CORRECTION_REQUESTED: event("teacher_correction", "request"),
  TEACHER_CORRECTION_APPROVED: event("teacher_correction", "approve"),
  TEACHER_CORRECTION_REJECTED: event("teacher_correction", "reject"),
  TEACHER_ETHICS_READ: event<PersonalReadPayload>("teacher_ethics", "read"),
  TEACHER_ETHICS_RECORDED: event("teacher_ethics", "record"),
  TEACHER_REGISTRATION_CONFIRMED: event("teacher_registration", "confirm"),
  RURAL_RECOGNITION_APPLIED: event("rural_recognition", "apply"),
  RURAL_RECOGNITION_CERTIFIED: event("rural_recognition", "certify"),
  RURAL_RECOGNITION_REJECTED: event("rural_recognition", "reject"),
  TRAINING_PROGRAMME_CREATED: event("training_programme", "create"),
  TRAINING_QUOTAS_SET: event("training_programme", "set_quotas"),
  TRAINING_ENROLLED: event("training_programme", "enrol"),
  TRAINING_COMPLETED: event("training_programme", "complete"),
  TRAINING_CREDIT_SUBMITTED: event("training_credit", "submit_external"),
  TRAINING_CREDIT_APPROVED: event("training_credit", "approve"),
  TRAINING_CREDIT_REJECTED: event("training_credit", "reject"),
  TEACHER_STUDIO_CREATED: event("teacher_studio", "create"),
  TEACHER_STUDIO_MEMBERS_ADDED: event("teacher_studio", "add_members"),
  TEACHER_STUDIO_MEMBER_REMOVED: event("teacher_studio", "remove_member"),
  TEACHER_STUDIO_ASSESSED: event("teacher_studio", "assess"),
  NORMAL_STUDENT_INTAKE_SET: event("normal_student_intake", "set"),
  HONOUR_ROUND_OPENED: event("honour_round", "open"),
  HONOUR_NOMINATED: event("honour_round", "nominate"),
  HONOUR_ROUND_ADVANCED: event("honour_round", "advance"),
  // 校园安全 (campus-safety)
  SAFETY_FACILITY_REGISTER_SAVED: event("safety_facility_register", "save"),
  SAFETY_UPGRADE_ITEM_CREATED: event("safety_upgrade_item", "create"),
  SAFETY_UPGRADE_ITEM_COMPLETED: event("safety_upgrade_item", "complete"),
  SAFETY_INSPECTION_RECORDED: event("safety_inspection", "create"),
  SAFETY_HAZARD_REPORTED: event("safety_hazard", "create"),
  SAFETY_HAZARD_TRANSITIONED: event("safety_hazard", "transition"),
  SAFETY_HAZARD_ESCALATED: event("safety_hazard", "escalate"),
  SAFETY_INCIDENT_REPORTED: event("safety_incident", "create"),
  SAFETY_INCIDENT_ACKNOWLEDGED: event("safety_incident", "acknowledge"),
  SAFETY_INCIDENT_FOLLOWED_UP: event("safety_incident", "follow_up"),
  SAFETY_INCIDENT_CLOSED: event("safety_incident", "close"),
  SAFETY_INCIDENT_ESCALATED: event("safety_incident", "escalate"),
  SAFETY_DRILL_RECORDED: event("safety_drill", "create"),
  SAFETY_LESSON_RECORDED: event("safety_lesson", "create"),
  SAFETY_CRISIS_OFFICER_NAMED: event("safety_crisis_officer", "name"),
  SAFETY_CRISIS_CASE_CREATED: event("safety_crisis_case", "create"),
  SAFETY_CRISIS_CASE_VIEWED: event<PersonalReadPayload>("safety_crisis_case", "view"),
  SAFETY_CRISIS_FOLLOW_UP_RECORDED: event("safety_crisis_case", "follow_up"),
  SAFETY_OPINION_EVENT_CREATED: event("safety_opinion_event", "create"),
  SAFETY_OPINION_EVENT_UPDATED: event("safety_opinion_event", "update"),
  // 一网通办: the item catalogue, cases (办件) through their life cycle, results and 好差评
  SERVICE_ITEM_UPDATED: event("service_item", "update"),
  SERVICE_ITEM_PUBLISHED: event("service_item", "publish"),
  SERVICE_ITEM_WITHDRAWN: event("service_item", "withdraw"),
  SERVICE_CATALOGUE_INSTALLED: event("service_item", "install_catalogue"),
  SERVICE_MATERIAL_UPLOADED: event("service_material", "upload"),
  SERVICE_CASE_SUBMITTED: event("service_case", "submit"),
  SERVICE_CASE_ACCEPTED: event("service_case", "accept_case"),
  SERVICE_CASE_NOT_ACCEPTED: event("service_case", "not_accept"),
  SERVICE_CASE_CORRECTION_REQUESTED: event("service_case", "request_correction"),
  SERVICE_CASE_RESUBMITTED: event("service_case", "resubmit"),
  SERVICE_CASE_REVIEWED: event("service_case", "review"),
  SERVICE_CASE_DELIVERED: event("service_case", "deliver"),
  SERVICE_CASE_ESCALATED: event("service_case", "escalate_case"),
  SERVICE_CASE_RATED: event("service_case", "rate"),
  SERVICE_RATING_FOLLOWED_UP: event("service_case", "answer_rating"),
  // 教育督导 (inspectorate)
  INSP_FRAMEWORK_CREATED: event("insp_framework", "create"),
  INSP_FRAMEWORK_UPDATED: event("insp_framework", "update"),
  INSP_EVALUATIONS_OPENED: event("insp_evaluation", "open"),
  INSP_SELF_SCORED: event("insp_evaluation", "self_score"),
  INSP_EVALUATION_SUBMITTED: event("insp_evaluation", "submit"),
  INSP_SCORES_VERIFIED: event("insp_evaluation", "verify_scores"),
  INSP_EVALUATION_CONCLUDED: event("insp_evaluation", "conclude"),
  INSP_EVIDENCE_ATTACHED: event("insp_evidence", "attach"),
  INSP_PLAN_CREATED: event("insp_plan", "create"),
  INSP_SAMPLE_DRAWN: event("insp_plan", "draw_sample"),
  INSP_VISIT_RECORDED: event("insp_visit", "record"),
  INSP_RECTIFICATION_ORDERED: event("insp_rectification", "order"),
  INSP_RECTIFICATION_STEP: event("insp_rectification", "step"),
  INSP_RECTIFICATION_ESCALATED: event("insp_rectification", "escalate"),
  INSP_ASSIGNMENT_SET: event("insp_assignment", "set"),
  INSP_DUTY_VISIT_LOGGED: event("insp_duty_visit", "log"),
  INSP_COMPLAINT_RECEIVED: event("insp_complaint", "receive"),
  INSP_COMPLAINT_HANDLED: event("insp_complaint", "handle"),
  INSP_COMPLAINT_ETHICS_LINKED: event("insp_complaint", "link_ethics"),
  INSP_COMPLAINANT_READ: event<PersonalReadPayload>("insp_complaint", "read_personal"),
  INSP_MONITORING_IMPORTED: event<ImportPayload>("insp_monitoring", "import"),
} as const;

export type AuditEventType = keyof typeof AUDIT_EVENTS;

type PayloadOf<E extends AuditEventType> =
  (typeof AUDIT_EVENTS)[E] extends AuditEventSpec<infer P> ? P : never;

/** Events whose payload is the record before and after (most of them). */
type ChangeEventType = {
  [E in AuditEventType]: [PayloadOf<E>] extends [ChangePayload]
    ? [ChangePayload] extends [PayloadOf<E>]
      ? E
      : never
    : never;
}[AuditEventType];

/**
 * One audit event as a call site writes it: the event name, the record it concerns, and its payload. Change
 * events share one member, so a helper may take any of a family (`AuditEventOf<"PLAN_REPORT_">`).
 */
export type AuditEntry =
  | {
      [E in Exclude<AuditEventType, ChangeEventType>]: { event: E; entityId: string | null } & PayloadOf<E>;
    }[Exclude<AuditEventType, ChangeEventType>]
  | ({ event: ChangeEventType; entityId: string | null } & ChangePayload);

export const AUDIT_EVENT_TYPES = Object.keys(AUDIT_EVENTS) as AuditEventType[];

export function isAuditEventType(value: string): value is AuditEventType {
  return Object.hasOwn(AUDIT_EVENTS, value);
}

/** Events of one family, for a module's own audit helper. */
export type AuditEventOf<Prefix extends string> = Extract<ChangeEventType, `${Prefix}${string}`>;

/** One event per step of 学校提交 → 区县审核 → 市局确认 (the domain's ApprovalAction). */
export const DATA_APPROVAL_EVENTS = {
  submit: "DATA_APPROVAL_SUBMITTED",
  approve: "DATA_APPROVAL_APPROVED",
  confirm: "DATA_APPROVAL_CONFIRMED",
  reopen: "DATA_APPROVAL_REOPENED",
} as const satisfies Record<string, AuditEventType>;
