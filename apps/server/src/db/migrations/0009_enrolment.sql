-- Enrolment (招生入学): calendar and plans per round, parents' applications, the computerised lottery.
create table enrolment_rounds (
  id uuid primary key default gen_random_uuid(),
  year integer not null check (year between 2000 and 2100),
  stage text not null check (stage in ('primary_1', 'junior_1')),
  name text not null,
  -- The lottery's round label (docs/lottery.md token rule), e.g. 2019-junior_1.
  code text not null unique,
  max_choices integer not null check (max_choices between 1 and 10),
  mechanism text not null check (mechanism in ('boston', 'deferred-acceptance')),
  second_mechanism text not null check (second_mechanism in ('boston', 'deferred-acceptance')),
  partial_unit text not null default 'skip' check (partial_unit in ('skip', 'stop')),
  -- {application|review|draw|publicity|admission|secondRound: {start, end}} in Beijing days.
  calendar jsonb not null,
  -- Announced before the draw: digits of each on-site number and their labels.
  seed_digits integer not null check (seed_digits between 4 and 20),
  seed_labels jsonb not null,
  next_number integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (year, stage)
);
--> statement-breakpoint
create table enrolment_plans (
  round_id uuid not null references enrolment_rounds(id),
  institution_id uuid not null references institutions(org_unit_id),
  places integer not null check (places between 0 and 100000),
  -- A private school that fills its places by 电脑派位 in this round.
  in_lottery boolean not null default false,
  reserved_percent integer check (reserved_percent between 0 and 50),
  updated_at timestamptz not null default now(),
  primary key (round_id, institution_id)
);
--> statement-breakpoint
create table enrolment_applications (
  id uuid primary key default gen_random_uuid(),
  round_id uuid not null references enrolment_rounds(id),
  number text not null unique,
  -- The parent's public account; null for applications entered on site (现场报名) and synthetic demo data.
  parent_id uuid references users(id),
  -- The district whose bureau reviews the application (the household's district).
  district_id uuid not null references org_units(id),
  household text not null check (household in ('district', 'city', 'other')),
  residence text not null check (residence in ('owned', 'rented', 'other')),
  choices jsonb not null,
  second_choices jsonb,
  status text not null check (status in ('submitted', 'approved', 'returned', 'withdrawn')),
  return_reason text,
  reviewed_by uuid references users(id),
  reviewed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
--> statement-breakpoint
create index enrolment_applications_review_idx on enrolment_applications (round_id, district_id, status);
--> statement-breakpoint
create index enrolment_applications_parent_idx on enrolment_applications (parent_id);
--> statement-breakpoint
create table enrolment_applicants (
  -- 报名号 of one child: the application's number, suffixed for multiples.
  number text primary key,
  application_id uuid not null references enrolment_applications(id),
  round_id uuid not null references enrolment_rounds(id),
  name text not null,
  sex text not null check (sex in ('male', 'female')),
  birth_date date not null,
  id_number text not null,
  resident_id text not null,
  active boolean not null default true
);
--> statement-breakpoint
-- One application per child per round; a withdrawn one frees the child to apply again.
create unique index enrolment_applicants_once_idx on enrolment_applicants (round_id, resident_id) where active;
--> statement-breakpoint
create index enrolment_applicants_application_idx on enrolment_applicants (application_id);
--> statement-breakpoint
create table enrolment_draws (
  id uuid primary key default gen_random_uuid(),
  round_id uuid not null references enrolment_rounds(id),
  -- 1: 第一轮; 2: 第二轮 for the unplaced and the places left.
  phase integer not null check (phase in (1, 2)),
  status text not null check (status in ('frozen', 'drawn', 'published', 'superseded')),
  setup jsonb not null,
  lists jsonb not null,
  -- The published BundleRound once run.
  result jsonb,
  redraw_reason text,
  frozen_at timestamptz not null,
  drawn_at timestamptz,
  published_at timestamptz,
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create unique index enrolment_draws_current_idx on enrolment_draws (round_id, phase) where status <> 'superseded';
--> statement-breakpoint
create table enrolment_declines (
  draw_id uuid not null references enrolment_draws(id),
  number text not null references enrolment_applicants(number),
  seq integer not null,
  at timestamptz not null,
  primary key (draw_id, number),
  unique (draw_id, seq)
);
