-- Parents sign up with their mobile number (issue 18): codes sent by a pluggable SMS sender whose default
-- writes to an outbox that administrators read. Both tables are bookkeeping like sessions: no read model
-- reads them, so they stay out of the data version (platform/data-version.ts UNVERSIONED_TABLES).
create table sms_outbox (
  id uuid primary key default gen_random_uuid(),
  phone text not null,
  body text not null,
  -- Why it was sent (sign_up …), for the administrators' list.
  purpose text not null,
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create index sms_outbox_created_idx on sms_outbox (created_at desc);
--> statement-breakpoint
create table sign_up_codes (
  id uuid primary key default gen_random_uuid(),
  phone text not null,
  -- SHA-256 of the six digits with the row id: the table alone does not give the code away.
  code_hash text not null,
  expires_at timestamptz not null,
  attempts integer not null default 0,
  used_at timestamptz,
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create index sign_up_codes_phone_idx on sign_up_codes (phone, created_at desc);
--> statement-breakpoint
-- The application's guardian (who the school and the district call), the home address and the parent's
-- 承诺 that what they filled in is true (issue 18). Nullable: applications made before this migration.
alter table enrolment_applications
  add column guardian_name text,
  add column guardian_relation text,
  add column guardian_phone text,
  add column home_address text,
  add column pledged_at timestamptz;
