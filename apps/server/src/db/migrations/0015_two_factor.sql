-- Two factors for privileged roles (等保 2.0 三级: two or more authentication factors for administrators)
-- and the history of the last passwords (no reuse).
create table user_totp (
  user_id uuid primary key references users(id) on delete cascade,
  -- RFC 6238 shared secret, Base32; confirmed once the owner has typed a valid code.
  secret text not null,
  confirmed_at timestamptz,
  -- The last 30-second step a code was accepted for: a code is good once.
  last_step bigint,
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create table user_recovery_codes (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users(id) on delete cascade,
  code_hash text not null,
  used_at timestamptz
);
--> statement-breakpoint
create index user_recovery_codes_user_idx on user_recovery_codes (user_id);
--> statement-breakpoint
-- Password verified, second factor outstanding: a short-lived, single-purpose token (stored hashed).
create table login_challenges (
  id text primary key,
  user_id uuid not null references users(id) on delete cascade,
  purpose text not null check (purpose in ('verify', 'enrol')),
  attempts integer not null default 0,
  expires_at timestamptz not null
);
--> statement-breakpoint
create table password_history (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users(id) on delete cascade,
  password_hash text not null,
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create index password_history_user_idx on password_history (user_id, created_at desc);
