-- Education supervision (教育督导, issue 16): the 督导室's year — duty evaluation of district governments
-- (履职评价), special inspections with sealed unannounced samples (专项督导/暗访), rectification orders
-- (整改), 责任督学 assignments and visits, complaints (举报/信访) and quality-monitoring results (质量监测).
-- Tables are prefixed insp_ (the work plan's 督办 tables are supervision_*).

-- 1. 履职评价: an indicator framework per year, one evaluation per district, scores per leaf indicator.
create table insp_frameworks (
  id uuid primary key default gen_random_uuid(),
  year integer not null unique check (year between 2000 and 2100),
  name text not null,
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create table insp_framework_indicators (
  framework_id uuid not null references insp_frameworks(id),
  code text not null,
  name text not null,
  level integer not null check (level in (1, 2)),
  parent_code text,
  max_score numeric not null default 0 check (max_score >= 0),
  rule jsonb,
  sort integer not null,
  primary key (framework_id, code)
);
--> statement-breakpoint
create table insp_evaluations (
  id uuid primary key default gen_random_uuid(),
  framework_id uuid not null references insp_frameworks(id),
  district_id uuid not null references org_units(id),
  status text not null default 'self_evaluating'
    check (status in ('self_evaluating', 'submitted', 'verified')),
  submitted_at timestamptz,
  verified_at timestamptz,
  verified_by uuid,
  created_at timestamptz not null default now(),
  unique (framework_id, district_id)
);
--> statement-breakpoint
create index insp_evaluations_district on insp_evaluations (district_id);
--> statement-breakpoint
create table insp_evaluation_scores (
  evaluation_id uuid not null references insp_evaluations(id),
  indicator_code text not null,
  self_score numeric,
  self_note text not null default '',
  verified_score numeric,
  verify_comment text not null default '',
  primary key (evaluation_id, indicator_code)
);
--> statement-breakpoint
-- Evidence files of a self-evaluation item, a rectification or a visit (photos); bytes in the attachment store.
create table insp_evidence (
  id uuid primary key default gen_random_uuid(),
  owner_kind text not null check (owner_kind in ('evaluation', 'rectification', 'visit')),
  owner_id uuid not null,
  item_code text,
  file_name text not null,
  media_type text not null,
  size_bytes integer not null,
  sha256 text not null,
  storage_key text not null,
  uploaded_by uuid,
  uploaded_at timestamptz not null
);
--> statement-breakpoint
create index insp_evidence_owner on insp_evidence (owner_kind, owner_id);
--> statement-breakpoint
-- 2. 专项督导: a plan with its checklist, its inspectors, and the visits (a sealed random sample for 暗访).
create table insp_plans (
  id uuid primary key default gen_random_uuid(),
  title text not null,
  topic text not null check (topic in ('ethics', 'burden', 'conduct', 'safety', 'other')),
  unannounced boolean not null,
  checklist jsonb not null,
  scope_unit_id uuid not null references org_units(id),
  sample_size integer not null check (sample_size >= 1),
  seed text,
  algorithm text,
  starts_on date not null,
  ends_on date not null check (ends_on >= starts_on),
  public boolean not null default false,
  created_by uuid,
  created_at timestamptz not null
);
--> statement-breakpoint
create table insp_plan_inspectors (
  plan_id uuid not null references insp_plans(id),
  user_id uuid not null,
  name text not null,
  primary key (plan_id, user_id)
);
--> statement-breakpoint
create table insp_visits (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references insp_plans(id),
  school_id uuid not null references org_units(id),
  visit_date date not null,
  status text not null default 'scheduled' check (status in ('scheduled', 'recorded')),
  answers jsonb not null default '[]',
  summary text not null default '',
  recorded_by uuid,
  recorded_at timestamptz,
  unique (plan_id, school_id)
);
--> statement-breakpoint
create index insp_visits_school on insp_visits (school_id, visit_date);
--> statement-breakpoint
create table insp_findings (
  id uuid primary key default gen_random_uuid(),
  visit_id uuid not null references insp_visits(id),
  severity text not null check (severity in ('minor', 'major', 'serious')),
  description text not null,
  created_at timestamptz not null
);
--> statement-breakpoint
-- 3. 整改: an order from a finding or an evaluation weakness to the responsible unit.
create table insp_rectifications (
  id uuid primary key default gen_random_uuid(),
  source_kind text not null check (source_kind in ('finding', 'weakness')),
  source_id uuid not null,
  source_item text,
  unit_id uuid not null references org_units(id),
  title text not null,
  requirement text not null,
  deadline date not null,
  state text not null default 'ordered'
    check (state in ('ordered', 'plan_submitted', 'evidence_submitted', 'returned', 'accepted', 'closed')),
  plan_text text,
  evidence_note text,
  return_reason text,
  public boolean not null default false,
  escalated_on date,
  ordered_by uuid,
  ordered_at timestamptz not null,
  updated_at timestamptz not null,
  unique (source_kind, source_id, source_item)
);
--> statement-breakpoint
create index insp_rectifications_unit on insp_rectifications (unit_id, state);
--> statement-breakpoint
-- 4. 责任督学挂牌督导: inspector ↔ school, and the visit log with its 督导事项.
create table insp_assignments (
  inspector_id uuid not null,
  inspector_name text not null,
  school_id uuid not null references org_units(id),
  since date not null,
  primary key (inspector_id, school_id)
);
--> statement-breakpoint
create index insp_assignments_school on insp_assignments (school_id);
--> statement-breakpoint
create table insp_duty_visits (
  id uuid primary key default gen_random_uuid(),
  inspector_id uuid not null,
  school_id uuid not null references org_units(id),
  visit_date date not null,
  matters jsonb not null,
  feedback text not null,
  created_at timestamptz not null
);
--> statement-breakpoint
create index insp_duty_visits_month on insp_duty_visits (visit_date, school_id);
--> statement-breakpoint
-- 5. 举报/信访.
create table insp_complaints (
  id uuid primary key default gen_random_uuid(),
  topic text not null,
  school_id uuid references org_units(id),
  content text not null,
  anonymous boolean not null,
  name text,
  phone text,
  received_on date not null,
  accepted_on date,
  assignee_id uuid,
  assignee_name text,
  extension_days integer not null default 0,
  investigation text,
  substantiated boolean,
  reply text,
  replied_on date,
  created_at timestamptz not null,
  check (anonymous or (name is not null and phone is not null))
);
--> statement-breakpoint
-- 6. 质量监测: one score per year × subject × grade × school, with the national mean of the subject.
create table insp_monitoring_results (
  year integer not null,
  subject text not null,
  grade text not null,
  school_id uuid not null references org_units(id),
  score numeric not null,
  national_mean numeric,
  primary key (year, subject, grade, school_id)
);
--> statement-breakpoint
select add_data_version_trigger(t) from unnest(array[
  'insp_frameworks', 'insp_framework_indicators', 'insp_evaluations', 'insp_evaluation_scores',
  'insp_evidence', 'insp_plans', 'insp_plan_inspectors', 'insp_visits', 'insp_findings',
  'insp_rectifications', 'insp_assignments', 'insp_duty_visits', 'insp_complaints',
  'insp_monitoring_results'
]) as t;
