-- Foundation: org units, accounts, sessions, append-only audit log.
create table org_units (
  id uuid primary key default gen_random_uuid(),
  parent_id uuid references org_units(id),
  code text not null unique,
  name text not null,
  kind text not null check (kind in ('city', 'division', 'district', 'street', 'community', 'institution')),
  -- Materialised path "/<root id>/…/<own id>/": "everything under X" is a prefix match.
  path text not null unique,
  depth integer not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
--> statement-breakpoint
create index org_units_path_prefix_idx on org_units (path text_pattern_ops);
--> statement-breakpoint
create index org_units_parent_idx on org_units (parent_id);
--> statement-breakpoint
create index org_units_kind_idx on org_units (kind);
--> statement-breakpoint
create table users (
  id uuid primary key default gen_random_uuid(),
  username text not null unique,
  display_name text not null,
  password_hash text not null,
  role text not null check (role in ('sys_admin', 'city_leader', 'city_division', 'district', 'school', 'inspector', 'teacher', 'public')),
  org_unit_id uuid not null references org_units(id),
  disabled boolean not null default false,
  must_change_password boolean not null default false,
  failed_logins integer not null default 0,
  locked_until timestamptz,
  last_login_at timestamptz,
  password_changed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
--> statement-breakpoint
create index users_org_unit_idx on users (org_unit_id);
--> statement-breakpoint
create table sessions (
  -- SHA-256 of the cookie token: a database leak does not leak live sessions.
  id text primary key,
  user_id uuid not null references users(id) on delete cascade,
  csrf_token text not null,
  ip text,
  user_agent text,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now()
);
--> statement-breakpoint
create index sessions_user_idx on sessions (user_id);
--> statement-breakpoint
create table audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor_id uuid,
  actor_name text,
  ip text,
  entity text not null,
  entity_id text,
  action text not null,
  before jsonb,
  after jsonb
);
--> statement-breakpoint
create index audit_log_at_idx on audit_log (at desc);
--> statement-breakpoint
create index audit_log_entity_idx on audit_log (entity, entity_id);
--> statement-breakpoint
create index audit_log_actor_idx on audit_log (actor_id);
--> statement-breakpoint
-- The audit log is append-only: no role can change or remove a row through SQL either.
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception '审计日志只允许追加，不允许修改或删除';
end;
$$;
--> statement-breakpoint
create trigger audit_log_no_update_or_delete before update or delete on audit_log
  for each row execute function audit_log_append_only();
--> statement-breakpoint
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_append_only();
