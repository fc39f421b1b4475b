-- The annual work plan as live data: plan → focus areas → tasks → targets and milestones.
create table work_plans (
  id uuid primary key default gen_random_uuid(),
  city_unit_id uuid not null references org_units(id),
  year integer not null,
  title text not null,
  issuer text not null,
  publish_date date not null,
  source_url text,
  source_note text not null,
  reporting_frequency text not null check (reporting_frequency in ('monthly', 'quarterly')),
  demo_data_note text,
  loaded_at timestamptz not null default now(),
  unique (city_unit_id, year)
);
--> statement-breakpoint
create table focus_areas (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references work_plans(id) on delete cascade,
  code text not null,
  seq integer not null,
  title text not null,
  summary text not null,
  unique (plan_id, code)
);
--> statement-breakpoint
create table plan_tasks (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references work_plans(id) on delete cascade,
  focus_area_id uuid not null references focus_areas(id) on delete cascade,
  code text not null,
  seq integer not null,
  title text not null,
  text text not null,
  lead_unit_id uuid not null references org_units(id),
  unique (plan_id, code)
);
--> statement-breakpoint
create table plan_task_units (
  task_id uuid not null references plan_tasks(id) on delete cascade,
  org_unit_id uuid not null references org_units(id),
  role text not null check (role in ('lead', 'co')),
  primary key (task_id, org_unit_id)
);
--> statement-breakpoint
create index plan_task_units_unit_idx on plan_task_units (org_unit_id);
--> statement-breakpoint
create table plan_targets (
  id uuid primary key default gen_random_uuid(),
  task_id uuid not null references plan_tasks(id) on delete cascade,
  code text not null,
  name text not null,
  unit text not null,
  baseline numeric,
  target_value numeric not null,
  comparator text not null check (comparator in ('>=', '<=', '=')),
  start_date date not null,
  deadline date not null,
  source_quote text not null,
  -- {"kind":"manual"} or {"kind":"indicator","measure":…,"filter":{…}} as in the plan file.
  binding jsonb not null,
  check (deadline >= start_date),
  unique (task_id, code)
);
--> statement-breakpoint
create table plan_target_shares (
  target_id uuid not null references plan_targets(id) on delete cascade,
  org_unit_id uuid not null references org_units(id),
  value numeric not null check (value >= 0),
  primary key (target_id, org_unit_id)
);
--> statement-breakpoint
create table plan_milestones (
  id uuid primary key default gen_random_uuid(),
  task_id uuid not null references plan_tasks(id) on delete cascade,
  code text not null,
  name text not null,
  due_date date not null,
  completed_on date,
  unique (task_id, code)
);
