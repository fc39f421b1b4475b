-- 校园安全监管指挥平台 (issue 17): 三防 facility registers and the upgrade programme, inspections, hazards,
-- incidents with their timeline and escalations, drills and safety lessons, psychological crisis cases (seen
-- only by named crisis officers), public-opinion events. Every record hangs off a school (an org unit of kind
-- institution) or, for 舆情, any unit; scope is the org tree path of that unit.
create table safety_facility_registers (
  school_id uuid primary key references org_units (id),
  enrolment integer not null check (enrolment >= 0),
  guards integer not null check (guards >= 0),
  closed_management boolean not null,
  alarm_linked boolean not null,
  entrance_video boolean not null,
  video_retention_days integer not null check (video_retention_days >= 0),
  vehicle_barriers boolean not null,
  escort_post boolean not null,
  updated_at timestamptz not null default now(),
  updated_by uuid
);
--> statement-breakpoint
create table safety_upgrade_items (
  id uuid primary key default gen_random_uuid(),
  school_id uuid not null references org_units (id),
  item text not null,
  budget_wan numeric(12, 2) not null default 0,
  planned_by date not null,
  completed_on date,
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create index safety_upgrade_items_school_idx on safety_upgrade_items (school_id);
--> statement-breakpoint
create table safety_inspections (
  id uuid primary key default gen_random_uuid(),
  school_id uuid not null references org_units (id),
  kind text not null check (kind in ('self', 'spot')),
  topic text not null,
  inspected_on date not null,
  inspector text not null,
  checked_items jsonb not null default '[]',
  findings text not null default '',
  created_by uuid,
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create index safety_inspections_school_idx on safety_inspections (school_id, inspected_on);
--> statement-breakpoint
create table safety_hazards (
  id uuid primary key default gen_random_uuid(),
  school_id uuid not null references org_units (id),
  inspection_id uuid references safety_inspections (id),
  level text not null check (level in ('major', 'serious', 'general')),
  title text not null,
  description text not null default '',
  status text not null check (status in ('reported', 'assigned', 'rectified', 'verified', 'closed')),
  responsible text,
  deadline date,
  evidence jsonb not null default '[]',
  reported_on date not null,
  escalated_on date,
  closed_on date,
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
--> statement-breakpoint
create index safety_hazards_school_idx on safety_hazards (school_id, status);
--> statement-breakpoint
create table safety_incidents (
  id uuid primary key default gen_random_uuid(),
  school_id uuid not null references org_units (id),
  -- The school's client key: a retried report (lost answer, double click) is stored once.
  client_key text,
  category text not null,
  severity text not null check (severity in ('I', 'II', 'III', 'IV')),
  title text not null,
  description text not null,
  casualties integer not null default 0 check (casualties >= 0),
  occurred_at timestamptz not null,
  reported_at timestamptz not null,
  late boolean not null default false,
  status text not null check (status in ('reported', 'acknowledged', 'closed')),
  acknowledged_at timestamptz,
  acknowledged_by uuid,
  followed_up_at timestamptz,
  closed_at timestamptz,
  closure_report text,
  created_by uuid,
  unique (school_id, client_key)
);
--> statement-breakpoint
create index safety_incidents_open_idx on safety_incidents (status, reported_at);
--> statement-breakpoint
create index safety_incidents_school_idx on safety_incidents (school_id, reported_at desc);
--> statement-breakpoint
create table safety_incident_events (
  id uuid primary key default gen_random_uuid(),
  incident_id uuid not null references safety_incidents (id),
  at timestamptz not null,
  kind text not null,
  actor_name text,
  note text not null default ''
);
--> statement-breakpoint
create index safety_incident_events_incident_idx on safety_incident_events (incident_id, at);
--> statement-breakpoint
-- One row per escalation sent: the primary key makes a second sweep (or a concurrent one) send nothing.
create table safety_incident_escalations (
  incident_id uuid not null references safety_incidents (id),
  kind text not null,
  target_unit_id uuid not null references org_units (id),
  sent_at timestamptz not null,
  primary key (incident_id, kind)
);
--> statement-breakpoint
create table safety_drills (
  id uuid primary key default gen_random_uuid(),
  school_id uuid not null references org_units (id),
  drill_type text not null,
  held_on date not null,
  term text not null,
  participants integer not null check (participants >= 0),
  problems text not null default '',
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create index safety_drills_school_idx on safety_drills (school_id, term);
--> statement-breakpoint
create table safety_lessons (
  id uuid primary key default gen_random_uuid(),
  school_id uuid not null references org_units (id),
  topic text not null,
  held_on date not null,
  grade text not null default '',
  participants integer not null check (participants >= 0),
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create index safety_lessons_school_idx on safety_lessons (school_id, held_on);
--> statement-breakpoint
-- Accounts named to see crisis cases in full: a school psychologist (own school) or a district officer.
create table safety_crisis_officers (
  user_id uuid primary key references users (id),
  duty text not null check (duty in ('school_psychologist', 'district_officer')),
  named_by uuid,
  named_at timestamptz not null default now()
);
--> statement-breakpoint
create table safety_crisis_cases (
  id uuid primary key default gen_random_uuid(),
  school_id uuid not null references org_units (id),
  subject_kind text not null check (subject_kind in ('student', 'staff')),
  subject_name text not null,
  risk text not null check (risk in ('high', 'medium', 'low')),
  summary text not null,
  intervention text not null default '',
  opened_on date not null,
  next_follow_up date not null,
  status text not null check (status in ('open', 'closed')) default 'open',
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
--> statement-breakpoint
create index safety_crisis_cases_school_idx on safety_crisis_cases (school_id, status);
--> statement-breakpoint
create table safety_crisis_follow_ups (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references safety_crisis_cases (id),
  on_date date not null,
  note text not null,
  created_by uuid,
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create table safety_opinion_events (
  id uuid primary key default gen_random_uuid(),
  org_unit_id uuid not null references org_units (id),
  incident_id uuid references safety_incidents (id),
  source text not null,
  level text not null check (level in ('high', 'medium', 'low')),
  summary text not null,
  response text not null default '',
  status text not null check (status in ('open', 'closed')) default 'open',
  reported_at timestamptz not null,
  closed_at timestamptz,
  created_by uuid
);
--> statement-breakpoint
select add_data_version_trigger(t) from unnest(array[
  'safety_facility_registers', 'safety_upgrade_items', 'safety_inspections', 'safety_hazards',
  'safety_incidents', 'safety_incident_events', 'safety_incident_escalations', 'safety_drills',
  'safety_lessons', 'safety_crisis_officers', 'safety_crisis_cases', 'safety_crisis_follow_ups',
  'safety_opinion_events'
]) as t;
