-- Issue 14, security follow-up. See docs/deployment.md「Secrets at rest」and「Report jobs」.
--
-- 1. TOTP secrets are stored sealed (AES-256-GCM, `v1.<key id>.<iv>.<ciphertext>`). A migration cannot
-- encrypt — the key is configuration, never in the database — so the server seals any plain-text secret at
-- start-up (two-factor.service.ts, resealStoredSecrets); this only records the column's meaning.
comment on column user_totp.secret is
  'RFC 6238 secret sealed with AES-256-GCM under EDUBUREAU_SECRET_KEY (v1.<key id>.<iv>.<ciphertext>)';
--> statement-breakpoint
-- 2. Report generation as a durable job: the record, its progress and heartbeat, and the finished file (kept
-- 24 hours, and only the newest per account and report).
create table report_jobs (
  id uuid primary key,
  -- Which report (student-health, work-plan …).
  kind text not null,
  owner_id uuid not null,
  state text not null check (state in ('running', 'done', 'failed')),
  -- 0–100, coarse: the report's stages.
  progress integer not null default 0,
  message text,
  file_name text,
  ascii_name text,
  file bytea,
  instance_id text not null,
  created_at timestamptz not null,
  heartbeat_at timestamptz not null,
  finished_at timestamptz
);
--> statement-breakpoint
create unique index report_jobs_one_running on report_jobs (owner_id, kind) where state = 'running';
--> statement-breakpoint
create index report_jobs_owner on report_jobs (owner_id, kind);
