-- Registry: institutions, designations, construction projects, classes; reported data with approval.
create table institutions (
  -- An institution is an org unit (kind 'institution'); this row holds its registry facts.
  org_unit_id uuid primary key references org_units(id),
  type text not null check (type in ('kindergarten', 'primary', 'junior', 'nine_year', 'complete_secondary', 'senior',
    'secondary_vocational', 'special', 'higher_vocational', 'community_learning_centre', 'out_of_school')),
  ownership text not null check (ownership in ('public', 'private')),
  -- 普惠性: only meaningful for kindergartens (public ones count as inclusive by definition).
  inclusive boolean not null default false,
  education_group text,
  group_lead boolean not null default false,
  -- Denormalised from the org-unit path for fast roll-ups by district and street.
  district_id uuid not null references org_units(id),
  street_id uuid references org_units(id),
  -- The community a 社区学习中心 serves (for 社区学习中心覆盖率).
  community_id uuid references org_units(id),
  address text,
  longitude double precision,
  latitude double precision,
  status text not null default 'operating' check (status in ('operating', 'closed', 'preparing')),
  places integer not null default 0 check (places >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
--> statement-breakpoint
create index institutions_district_idx on institutions (district_id, type);
--> statement-breakpoint
create index institutions_street_idx on institutions (street_id);
--> statement-breakpoint
create index institutions_community_idx on institutions (community_id) where community_id is not null;
--> statement-breakpoint
create table designation_types (
  code text primary key,
  name text not null unique
);
--> statement-breakpoint
create table designations (
  id uuid primary key default gen_random_uuid(),
  institution_id uuid not null references institutions(org_unit_id),
  type_code text not null references designation_types(code),
  year integer not null check (year between 1949 and 2100),
  document_no text,
  document_date date,
  revoked_on date,
  revoke_reason text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (institution_id, type_code, year)
);
--> statement-breakpoint
create index designations_type_year_idx on designations (type_code, year);
--> statement-breakpoint
create table construction_projects (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  -- Either an existing institution or one still being planned (planned_institution_name).
  institution_id uuid references institutions(org_unit_id),
  planned_institution_name text,
  district_id uuid not null references org_units(id),
  kind text not null check (kind in ('new', 'rebuild', 'expand')),
  level text not null check (level in ('preschool', 'compulsory', 'senior', 'special')),
  ownership text not null default 'public' check (ownership in ('public', 'private')),
  places_added integer not null default 0 check (places_added >= 0),
  planned_start date,
  planned_finish date,
  actual_start date,
  actual_finish date,
  status text not null default 'planned' check (status in ('planned', 'under_construction', 'completed', 'in_use')),
  investment_wan numeric(14, 2),
  indoor_air_test text not null default 'pending' check (indoor_air_test in ('pending', 'passed', 'failed')),
  indoor_air_tested_on date,
  synthetic_track_test text not null default 'pending' check (synthetic_track_test in ('pending', 'passed', 'failed')),
  synthetic_track_tested_on date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (institution_id is not null or planned_institution_name is not null)
);
--> statement-breakpoint
create index construction_projects_district_idx on construction_projects (district_id, level, status);
--> statement-breakpoint
create table school_classes (
  id uuid primary key default gen_random_uuid(),
  institution_id uuid not null references institutions(org_unit_id),
  -- "2019-2020": the school year starting in autumn 2019.
  school_year text not null check (school_year ~ '^\d{4}-\d{4}$'),
  -- 0 = kindergarten, 1..12 = grade 1 to 高三.
  grade integer not null check (grade between 0 and 12),
  name text not null,
  students integer not null check (students >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (institution_id, school_year, grade, name)
);
--> statement-breakpoint
create index school_classes_year_idx on school_classes (school_year, institution_id);
--> statement-breakpoint
create table data_elements (
  code text primary key,
  name text not null,
  unit text not null,
  value_type text not null check (value_type in ('integer', 'number', 'percent')),
  min_value numeric,
  max_value numeric,
  description text
);
--> statement-breakpoint
create table data_values (
  element_code text not null references data_elements(code),
  org_unit_id uuid not null references org_units(id),
  -- ISO-like period: "2019", "2019Q1", "2019-03", or a school year "2019-2020".
  period text not null,
  value numeric not null,
  updated_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (element_code, org_unit_id, period)
);
--> statement-breakpoint
create index data_values_period_idx on data_values (period, element_code);
--> statement-breakpoint
create table data_approvals (
  -- One approval state per reporting unit and period: 学校提交 → 区县审核 → 市局确认.
  org_unit_id uuid not null references org_units(id),
  period text not null,
  status text not null check (status in ('draft', 'submitted', 'district_approved', 'city_confirmed')),
  submitted_by uuid references users(id),
  submitted_at timestamptz,
  district_approved_by uuid references users(id),
  district_approved_at timestamptz,
  city_confirmed_by uuid references users(id),
  city_confirmed_at timestamptz,
  returned_reason text,
  updated_at timestamptz not null default now(),
  primary key (org_unit_id, period)
);
--> statement-breakpoint
insert into designation_types (code, name) values
  ('child_friendly_pilot_school', '儿童友好型试点学校'),
  ('standardized_compulsory_school', '义务教育标准化学校'),
  ('smart_campus_pilot_school', '市级智慧校园试点学校'),
  ('network_alliance_school', '网络联校'),
  ('campus_legal_service_station', '校园法律服务站'),
  ('demonstration_community_learning_centre', '示范性社区学习中心'),
  ('civilised_campus', '文明校园'),
  ('inclusive_private_kindergarten', '普惠性民办幼儿园'),
  ('famous_principal_studio', '名校长工作室'),
  ('brand_private_school', '品牌民办学校');
