-- Student health (issue 6): minimal 学籍 records, vision screenings (WS/T 663-2020) and fitness results
-- (国家学生体质健康标准（2014年修订）, WS/T 586-2018). Each result carries a snapshot of the student's school,
-- district, scope path, grade and sex when it was taken, so rates by grade, sex, school and year are one scan.
create table students (
  id uuid primary key default gen_random_uuid(),
  student_no text not null unique,
  name text not null,
  sex text not null check (sex in ('male', 'female')),
  birth_date date not null,
  id_number text,
  institution_id uuid not null references org_units(id),
  district_id uuid not null references org_units(id),
  unit_path text not null,
  grade integer not null check (grade between 1 and 12),
  -- The school year `grade` and `class_name` refer to; a grade on another date is counted from it.
  grade_year text not null,
  class_name text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
--> statement-breakpoint
create index students_unit_path_idx on students (unit_path text_pattern_ops, grade);
--> statement-breakpoint
create index students_id_number_idx on students (id_number);
--> statement-breakpoint
create table vision_screenings (
  id uuid primary key default gen_random_uuid(),
  student_id uuid not null references students(id) on delete cascade,
  institution_id uuid not null,
  district_id uuid not null,
  unit_path text not null,
  school_year text not null,
  grade integer not null,
  sex text not null,
  screened_on date not null,
  acuity_right double precision,
  acuity_left double precision,
  sphere_right double precision,
  cylinder_right double precision,
  sphere_left double precision,
  cylinder_left double precision,
  se_right double precision,
  se_left double precision,
  correction text not null default 'none' check (correction in ('none', 'glasses', 'ortho_k')),
  poor_vision boolean,
  worse_class text,
  myopia text not null check (myopia in ('myopic', 'not_myopic', 'undetermined', 'not_applicable')),
  -- The student's latest screening of the school year: the one the rates count.
  counted boolean not null default true,
  import_id uuid,
  created_at timestamptz not null default now(),
  unique (student_id, screened_on)
);
--> statement-breakpoint
create index vision_screenings_year_idx on vision_screenings (school_year, unit_path text_pattern_ops);
--> statement-breakpoint
create table fitness_results (
  id uuid primary key default gen_random_uuid(),
  student_id uuid not null references students(id) on delete cascade,
  institution_id uuid not null,
  district_id uuid not null,
  unit_path text not null,
  school_year text not null,
  grade integer not null,
  sex text not null,
  tested_on date not null,
  height_cm double precision,
  weight_kg double precision,
  bmi double precision,
  items jsonb not null,
  weighted double precision not null,
  bonus double precision not null,
  total double precision not null,
  band text not null check (band in ('excellent', 'good', 'pass', 'fail')),
  complete boolean not null,
  weight_status text check (weight_status in ('normal', 'overweight', 'obese')),
  import_id uuid,
  created_at timestamptz not null default now(),
  unique (student_id, school_year)
);
--> statement-breakpoint
create index fitness_results_year_idx on fitness_results (school_year, unit_path text_pattern_ops);
