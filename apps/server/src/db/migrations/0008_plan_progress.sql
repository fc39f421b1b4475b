-- Progress of the work plan: periodic reports with values, milestones and attachments; review by the
-- lead unit; value snapshots for trends; 督办单 (supervision notices); in-app notifications.

-- Demo deployments evaluate an old plan as of a fixed day (the synthetic data's date); null: today.
alter table work_plans add column evaluation_date date;
--> statement-breakpoint
create table plan_reports (
  id uuid primary key default gen_random_uuid(),
  task_id uuid not null references plan_tasks(id) on delete cascade,
  org_unit_id uuid not null references org_units(id),
  period_key text not null,
  status text not null check (status in ('draft', 'submitted', 'accepted', 'returned')),
  narrative text not null default '',
  -- Plan day of the latest submission (Beijing date, or the plan's evaluation date in a demo).
  submitted_on date,
  submitted_at timestamptz,
  submitted_by uuid references users(id),
  reviewed_at timestamptz,
  reviewed_by uuid references users(id),
  return_reason text,
  revision integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (task_id, org_unit_id, period_key)
);
--> statement-breakpoint
create index plan_reports_unit_idx on plan_reports (org_unit_id, status);
--> statement-breakpoint
create table plan_report_values (
  report_id uuid not null references plan_reports(id) on delete cascade,
  target_id uuid not null references plan_targets(id) on delete cascade,
  value numeric not null,
  primary key (report_id, target_id)
);
--> statement-breakpoint
create table plan_report_milestones (
  report_id uuid not null references plan_reports(id) on delete cascade,
  milestone_id uuid not null references plan_milestones(id) on delete cascade,
  completed_on date not null,
  primary key (report_id, milestone_id)
);
--> statement-breakpoint
create table plan_report_attachments (
  id uuid primary key default gen_random_uuid(),
  report_id uuid not null references plan_reports(id) on delete cascade,
  file_name text not null,
  media_type text not null,
  size_bytes integer not null check (size_bytes > 0),
  sha256 text not null,
  storage_key text not null unique,
  uploaded_by uuid references users(id),
  uploaded_at timestamptz not null default now()
);
--> statement-breakpoint
create table plan_target_snapshots (
  target_id uuid not null references plan_targets(id) on delete cascade,
  on_date date not null,
  value numeric,
  progress numeric not null,
  status text not null,
  primary key (target_id, on_date)
);
--> statement-breakpoint
create table supervision_notices (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references work_plans(id) on delete cascade,
  task_id uuid not null references plan_tasks(id) on delete cascade,
  org_unit_id uuid not null references org_units(id),
  -- triggerKey() of packages/domain/src/work-plan/supervision.ts: one notice per cause.
  trigger_key text not null,
  trigger_kind text not null,
  reason text not null,
  raised_on date not null,
  response_deadline date not null,
  escalated_on date,
  response text,
  responded_on date,
  responded_by uuid references users(id),
  created_at timestamptz not null default now(),
  unique (plan_id, org_unit_id, trigger_key)
);
--> statement-breakpoint
create index supervision_notices_unit_idx on supervision_notices (org_unit_id, responded_on);
--> statement-breakpoint
create table notifications (
  id uuid primary key default gen_random_uuid(),
  -- Addressed to everyone of a unit, or only to accounts of one role there (e.g. city_leader).
  org_unit_id uuid not null references org_units(id),
  role text,
  kind text not null,
  title text not null,
  body text not null default '',
  link text,
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create index notifications_unit_idx on notifications (org_unit_id, created_at desc);
--> statement-breakpoint
create table notification_reads (
  notification_id uuid not null references notifications(id) on delete cascade,
  user_id uuid not null references users(id) on delete cascade,
  read_at timestamptz not null default now(),
  primary key (notification_id, user_id)
);
