-- Teachers: 农村(薄弱)学校任教经历认定 (apply → 区县教育局 certifies or rejects) and absences from teaching
-- (中止教育教学工作) that the re-registration rules read.
create table rural_experience_recognitions (
  id uuid primary key default gen_random_uuid(),
  teacher_id uuid not null references teachers(id),
  status text not null default 'pending' check (status in ('pending', 'certified', 'rejected')),
  -- The domain's computed result when the application was made (packages/domain/src/teachers/rural-experience.ts).
  as_of date not null,
  total_months integer not null check (total_months >= 0),
  total_days integer not null check (total_days >= 0),
  periods jsonb not null,
  basis text not null,
  message text not null,
  applied_by uuid not null references users(id),
  applied_at timestamptz not null default now(),
  reviewed_by uuid references users(id),
  reviewed_at timestamptz,
  review_note text,
  -- 长教农认〔2019〕0001号: the certifying year and a serial within it.
  certificate_year integer,
  certificate_no text unique,
  check ((status = 'certified') = (certificate_no is not null)),
  check (status <> 'rejected' or review_note is not null)
);
--> statement-breakpoint
-- At most one open application and one certificate per teacher.
create unique index rural_recognitions_pending_idx on rural_experience_recognitions (teacher_id) where status = 'pending';
--> statement-breakpoint
create unique index rural_recognitions_certified_idx on rural_experience_recognitions (teacher_id) where status = 'certified';
--> statement-breakpoint
create index rural_recognitions_status_idx on rural_experience_recognitions (status, applied_at);
--> statement-breakpoint
create table teacher_absences (
  id uuid primary key default gen_random_uuid(),
  teacher_id uuid not null references teachers(id),
  from_date date not null,
  to_date date not null,
  -- The kind of approved leave, null when the absence was not approved.
  approved_leave text check (approved_leave in ('maternity', 'sick', 'fullTimeStudy')),
  note text,
  recorded_by uuid references users(id),
  created_at timestamptz not null default now(),
  check (to_date >= from_date)
);
--> statement-breakpoint
create index teacher_absences_teacher_idx on teacher_absences (teacher_id, from_date);
