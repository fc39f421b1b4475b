-- Teachers (教师发展): registry, training credits, re-registration, ethics, studios and honours, intake.
create table teachers (
  id uuid primary key default gen_random_uuid(),
  -- 教师编号: district code + 8-digit serial (packages/domain/src/teachers/teacher-number.ts).
  teacher_number text not null unique,
  name text not null,
  sex text not null check (sex in ('male', 'female')),
  birth_date date not null,
  id_number text not null unique,
  institution_id uuid not null references institutions(org_unit_id),
  -- Denormalised from the institution for district lists and roll-ups.
  district_id uuid not null references org_units(id),
  post text not null check (post in ('teacher', 'principal', 'kindergartenHead', 'researcher')),
  subject text not null,
  stage text not null check (stage in ('kindergarten', 'primary', 'junior', 'senior', 'vocational', 'special')),
  title text not null check (title in ('unranked', 'third', 'second', 'first', 'senior', 'fullSenior')),
  employment text not null check (employment in ('publicInStaff', 'publicOffStaff', 'privateInPost')),
  qualification_type text,
  qualification_subject text,
  qualification_number text,
  first_registered_on date,
  -- The registration (first or periodic) that opened the current five-year cycle.
  registered_on date,
  fit_to_teach boolean not null default true,
  user_id uuid unique references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
--> statement-breakpoint
create index teachers_institution_idx on teachers (institution_id);
--> statement-breakpoint
create index teachers_district_registered_idx on teachers (district_id, registered_on);
--> statement-breakpoint
create table teacher_postings (
  id uuid primary key default gen_random_uuid(),
  teacher_id uuid not null references teachers(id),
  school_name text not null,
  from_date date not null,
  to_date date,
  rural boolean not null default false,
  check (to_date is null or to_date >= from_date)
);
--> statement-breakpoint
create index teacher_postings_teacher_idx on teacher_postings (teacher_id);
--> statement-breakpoint
create table teacher_annual_reviews (
  teacher_id uuid not null references teachers(id),
  year integer not null check (year between 1949 and 2100),
  grade text not null check (grade in ('excellent', 'pass', 'basicPass', 'fail', 'notTaken')),
  approved_leave text check (approved_leave in ('maternity', 'sick', 'fullTimeStudy')),
  primary key (teacher_id, year)
);
--> statement-breakpoint
create table teacher_corrections (
  id uuid primary key default gen_random_uuid(),
  teacher_id uuid not null references teachers(id),
  field text not null,
  current_value text,
  requested_value text not null,
  reason text not null,
  status text not null default 'pending' check (status in ('pending', 'approved', 'rejected')),
  review_note text,
  reviewed_by uuid references users(id),
  reviewed_at timestamptz,
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create index teacher_corrections_teacher_idx on teacher_corrections (teacher_id, status);
--> statement-breakpoint
create table training_programmes (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  level text not null check (level in ('national', 'provincial', 'municipal', 'district', 'school')),
  kind text not null check (kind in ('municipalTraining', 'backboneRolling', 'offsiteAdvanced', 'masterStudio', 'schoolBased', 'external')),
  hours double precision not null check (hours > 0),
  starts_on date not null,
  ends_on date not null,
  capacity integer not null check (capacity > 0),
  -- ProgrammeEligibility of the domain (stages, subjects, minTitle, years of service).
  eligibility jsonb not null default '{}'::jsonb,
  -- The unit that runs the programme; its subtree may see and enrol.
  organiser_id uuid not null references org_units(id),
  created_at timestamptz not null default now(),
  check (ends_on >= starts_on)
);
--> statement-breakpoint
create table training_quotas (
  programme_id uuid not null references training_programmes(id),
  -- A district (区县) share of the programme's places.
  district_id uuid not null references org_units(id),
  quota integer not null check (quota >= 0),
  primary key (programme_id, district_id)
);
--> statement-breakpoint
create table training_enrolments (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references training_programmes(id),
  teacher_id uuid not null references teachers(id),
  district_id uuid not null references org_units(id),
  status text not null default 'enrolled' check (status in ('enrolled', 'completed', 'notCompleted')),
  attended_hours double precision,
  assessment_passed boolean,
  completed_on date,
  note text,
  enrolled_at timestamptz not null default now(),
  unique (programme_id, teacher_id)
);
--> statement-breakpoint
create index training_enrolments_teacher_idx on training_enrolments (teacher_id);
--> statement-breakpoint
create table training_credits (
  id uuid primary key default gen_random_uuid(),
  teacher_id uuid not null references teachers(id),
  -- null for hours from outside programmes (外部学习), which carry evidence and need the school's approval.
  programme_id uuid references training_programmes(id),
  level text not null,
  kind text not null,
  title text not null,
  hours double precision not null check (hours > 0),
  credited_on date not null,
  status text not null default 'approved' check (status in ('pending', 'approved', 'rejected')),
  evidence text,
  review_note text,
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create index training_credits_teacher_idx on training_credits (teacher_id, credited_on);
--> statement-breakpoint
create index training_credits_kind_idx on training_credits (kind, credited_on) where programme_id is not null;
--> statement-breakpoint
create table teacher_ethics_records (
  id uuid primary key default gen_random_uuid(),
  teacher_id uuid not null references teachers(id),
  found_on date not null,
  severity text not null check (severity in ('minor', 'serious')),
  description text not null,
  recorded_by uuid references users(id),
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create index teacher_ethics_teacher_idx on teacher_ethics_records (teacher_id);
--> statement-breakpoint
create table teacher_registrations (
  id uuid primary key default gen_random_uuid(),
  teacher_id uuid not null references teachers(id),
  year integer not null,
  outcome text not null check (outcome in ('passed', 'deferred', 'failed')),
  reasons jsonb not null default '[]'::jsonb,
  hours double precision not null,
  confirmed_by uuid references users(id),
  confirmed_on date not null,
  unique (teacher_id, year)
);
--> statement-breakpoint
create table honour_rounds (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('famousPrincipal', 'teacherStudio', 'principalStudio', 'ruralStation', 'excellentTeacher', 'charmingTeacher')),
  year integer not null,
  -- 卓越教师 batches and 感动星城魅力教师 editions are numbered.
  series_no integer,
  window_from date not null,
  window_to date not null,
  stage text not null default 'nomination' check (stage in ('nomination', 'review', 'publicity', 'awarded', 'cancelled')),
  history jsonb not null default '[]'::jsonb,
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create table honour_nominations (
  round_id uuid not null references honour_rounds(id),
  teacher_id uuid not null references teachers(id),
  selected boolean not null default false,
  awarded_on date,
  primary key (round_id, teacher_id)
);
--> statement-breakpoint
create table teacher_studios (
  id uuid primary key default gen_random_uuid(),
  type text not null check (type in ('名校长工作室', '名园长工作室', '名师工作室', '名师农村工作站')),
  name text not null,
  establishment text not null check (establishment in ('新建', '换届')),
  year integer not null,
  leader_id uuid not null references teachers(id),
  institution_id uuid not null references institutions(org_unit_id),
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create table teacher_studio_members (
  studio_id uuid not null references teacher_studios(id),
  teacher_id uuid not null references teachers(id),
  primary key (studio_id, teacher_id)
);
--> statement-breakpoint
create table teacher_studio_assessments (
  studio_id uuid not null references teacher_studios(id),
  year integer not null,
  grade text not null check (grade in ('excellent', 'pass', 'fail')),
  note text,
  primary key (studio_id, year)
);
--> statement-breakpoint
create table normal_student_intakes (
  district_id uuid not null references org_units(id),
  year integer not null,
  programme text not null check (programme in ('省级公费师范生')),
  students integer not null check (students >= 0),
  primary key (district_id, year, programme)
);
--> statement-breakpoint
create table teacher_exchanges (
  id uuid primary key default gen_random_uuid(),
  teacher_id uuid not null references teachers(id),
  kind text not null check (kind in ('rotation', 'support', 'countyHired')),
  from_institution_id uuid not null references institutions(org_unit_id),
  to_institution_id uuid not null references institutions(org_unit_id),
  from_date date not null,
  to_date date,
  created_at timestamptz not null default now()
);
