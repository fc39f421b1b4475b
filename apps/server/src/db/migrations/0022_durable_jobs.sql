-- Durable jobs and several instances (issue 14, item 4). See docs/deployment.md「多实例部署」.
--
-- 1. Import jobs: the record of every Excel import, so that its state survives a restart and can be read from
-- any instance. The upload itself stays in the memory of the instance that received it and the import writes
-- all or nothing in one transaction, so a job is never resumed elsewhere: when its instance dies (stale
-- heartbeat) or the embedded engine restarts, the job is reported failed and nothing was written.
create table import_jobs (
  id uuid primary key,
  -- One queue per import feature (institutions, students, student-health, teachers …).
  queue text not null,
  owner_id uuid not null,
  file_name text not null,
  state text not null check (state in ('parsing', 'validating', 'writing', 'done', 'failed')),
  processed integer not null default 0,
  total integer not null default 0,
  -- At most MAX_LISTED_PROBLEMS problems; error_count says how many there were.
  errors jsonb,
  error_count integer,
  result jsonb,
  message text,
  -- The process running it and when it last said so.
  instance_id text not null,
  created_at timestamptz not null,
  heartbeat_at timestamptz not null,
  finished_at timestamptz
);
--> statement-breakpoint
-- One running import per account and feature, across every instance.
create unique index import_jobs_one_running on import_jobs (owner_id, queue)
  where state in ('parsing', 'validating', 'writing');
--> statement-breakpoint
create index import_jobs_finished on import_jobs (finished_at) where finished_at is not null;
--> statement-breakpoint
-- 2. Periodic work (the hourly 督办 sweep): one row per job name; an instance runs a period only if its
-- conditional update moved last_period forward, so the period runs once however many instances run.
create table periodic_runs (
  name text primary key,
  last_period bigint not null,
  instance_id text not null,
  claimed_at timestamptz not null
);
