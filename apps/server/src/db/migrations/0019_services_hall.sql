-- 一网通办 (online services hall): the item catalogue (事项清单, national 实施清单 elements), cases (办件) with
-- their steps, uploaded materials, electronic results with a verification code, and 好差评 ratings.
create table service_items (
  id uuid primary key default gen_random_uuid(),
  -- 事项编码 (implementation code of the 实施清单).
  code text not null unique,
  name text not null,
  -- 行政许可 / 行政确认 / 公共服务 / 其他行政权力 …
  item_type text not null,
  -- The unit that owns the item in the catalogue (the bureau's division or a district bureau).
  owner_unit_id uuid not null references org_units(id),
  -- city: the owner unit handles every case; district: the applicant's district bureau handles it.
  handling_level text not null check (handling_level in ('city', 'district')),
  legal_basis text not null,
  conditions text not null,
  process text not null,
  legal_days integer not null check (legal_days >= 0),
  promised_days integer not null check (promised_days >= 0 and promised_days <= legal_days),
  fee text not null,
  location text not null,
  phone text not null,
  online boolean not null,
  online_depth integer not null check (online_depth between 1 and 4),
  -- Review steps [{name, role}], form fields [{key, label, kind, required}], common materials
  -- [{code, name, required}], situations [{code, name, conditions, materials}] (情形), as data.
  steps jsonb not null,
  form_fields jsonb not null,
  materials jsonb not null,
  situations jsonb not null,
  keywords text not null default '',
  status text not null default 'draft' check (status in ('draft', 'published', 'withdrawn')),
  published_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
--> statement-breakpoint
create index service_items_status_idx on service_items (status, code);
--> statement-breakpoint
create table service_cases (
  id uuid primary key default gen_random_uuid(),
  -- 办件编号, shown to the applicant.
  case_no text not null unique,
  item_id uuid not null references service_items(id),
  situation_code text,
  -- The applicant's account; null for counter cases and cases taken over from the provincial platform.
  applicant_id uuid references users(id),
  applicant_name text not null,
  handling_unit_id uuid not null references org_units(id),
  handling_unit_path text not null,
  channel text not null default 'online' check (channel in ('online', 'counter')),
  form jsonb not null,
  status text not null check (status in ('submitted', 'correction', 'notAccepted', 'reviewing', 'concluded', 'delivered')),
  step_index integer not null default 0,
  outcome text check (outcome in ('approved', 'refused')),
  -- The one-time correction notice (一次性告知) while in 补正.
  correction_items jsonb,
  reason text,
  submitted_on date not null,
  accepted_on date,
  concluded_on date,
  limit_days integer not null,
  -- Working days from 受理 to 办结, fixed at conclusion (statistics read it without the calendar).
  used_days integer,
  deadline date,
  -- Counter visits the applicant made (一次办: at most one).
  visits integer not null default 0,
  escalated_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (status <> 'notAccepted' or reason is not null),
  check (outcome <> 'refused' or reason is not null)
);
--> statement-breakpoint
-- The work queue: a unit's open cases by deadline; scope by path prefix.
create index service_cases_queue_idx on service_cases (handling_unit_path text_pattern_ops, status, deadline);
--> statement-breakpoint
create index service_cases_applicant_idx on service_cases (applicant_id, created_at desc);
--> statement-breakpoint
create index service_cases_item_idx on service_cases (item_id, status);
--> statement-breakpoint
-- Each action on a case, with who acted and how long the step held it (time consumed per step).
create table service_case_events (
  id uuid primary key default gen_random_uuid(),
  -- Order of the events of one case (several may share a timestamp).
  seq bigint generated always as identity,
  case_id uuid not null references service_cases(id),
  action text not null,
  note text not null,
  actor_id uuid references users(id),
  actor_name text,
  at timestamptz not null,
  working_days integer not null default 0
);
--> statement-breakpoint
create index service_case_events_case_idx on service_case_events (case_id, seq);
--> statement-breakpoint
-- Uploaded materials: uploaded first (case_id null, owned by the uploader), then bound to a case on submit.
create table service_materials (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references users(id),
  case_id uuid references service_cases(id),
  material_code text,
  file_name text not null,
  media_type text not null,
  size integer not null,
  sha256 text not null,
  data bytea not null,
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create index service_materials_case_idx on service_materials (case_id);
--> statement-breakpoint
-- Electronic results (电子证照): the document is rebuilt from the case; the code verifies it publicly.
create table service_results (
  case_id uuid primary key references service_cases(id),
  verification_code text not null unique,
  title text not null,
  issued_on date not null,
  revoked_at timestamptz,
  revoke_reason text
);
--> statement-breakpoint
create table service_ratings (
  case_id uuid primary key references service_cases(id),
  rating integer not null check (rating between 1 and 5),
  comment text,
  rated_at timestamptz not null,
  -- A bad rating (差评) opens a follow-up the unit must answer by follow_up_due.
  follow_up_due date,
  follow_up_answer text,
  follow_up_at timestamptz
);
--> statement-breakpoint
select add_data_version_trigger('service_items');
--> statement-breakpoint
select add_data_version_trigger('service_cases');
--> statement-breakpoint
select add_data_version_trigger('service_case_events');
--> statement-breakpoint
select add_data_version_trigger('service_materials');
--> statement-breakpoint
select add_data_version_trigger('service_results');
--> statement-breakpoint
select add_data_version_trigger('service_ratings');
