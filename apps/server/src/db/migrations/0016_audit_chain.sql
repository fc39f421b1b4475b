-- Tamper-evident audit log (等保 2.0 三级 安全审计): typed event names, a sha256 hash chain computed inside the
-- database in the inserting transaction, and a retention floor of 6 months. See docs/deployment.md「审计日志」.
alter table audit_log add column event text;
--> statement-breakpoint
-- Set by the database, never by the app: the retention rule measures age by this clock.
alter table audit_log add column recorded_at timestamptz;
--> statement-breakpoint
alter table audit_log add column chain_seq bigint;
--> statement-breakpoint
alter table audit_log add column prev_digest text;
--> statement-breakpoint
alter table audit_log add column digest text;
--> statement-breakpoint
-- The newest link: `seq` rows were ever appended, the last one is `last_id` with `digest`.
create table audit_chain_head (
  singleton boolean primary key default true check (singleton),
  seq bigint not null,
  last_id bigint,
  digest text not null,
  updated_at timestamptz not null
);
--> statement-breakpoint
-- Where the kept chain starts once the retention procedure has removed old rows: the last removed link.
create table audit_chain_anchor (
  seq bigint primary key,
  digest text not null,
  cutoff timestamptz not null,
  removed_rows bigint not null,
  removed_at timestamptz not null
);
--> statement-breakpoint
-- The canonical text a digest covers: every column but the digest itself, times in UTC, as a JSON array.
-- tools/audit-verify.ts reads this text and recomputes each digest outside the database.
create function audit_log_canonical(r audit_log) returns text language sql stable as $$
  select jsonb_build_array(
    r.chain_seq,
    r.id,
    to_char(r.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    to_char(r.recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    r.actor_id,
    r.actor_name,
    r.ip,
    r.event,
    r.entity,
    r.entity_id,
    r.action,
    r.before,
    r.after
  )::text
$$;
--> statement-breakpoint
create function audit_log_digest(prev text, r audit_log) returns text language sql stable as $$
  select encode(sha256(convert_to(prev || audit_log_canonical(r), 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- Link the existing rows in id order (the update trigger is lifted for this migration only).
alter table audit_log disable trigger audit_log_no_update_or_delete;
--> statement-breakpoint
do $$
declare
  r audit_log;
  prev text := repeat('0', 64);
  n bigint := 0;
begin
  for r in select * from audit_log order by id loop
    n := n + 1;
    r.chain_seq := n;
    r.recorded_at := r.at;
    r.prev_digest := prev;
    r.digest := audit_log_digest(prev, r);
    update audit_log
      set chain_seq = r.chain_seq, recorded_at = r.recorded_at, prev_digest = r.prev_digest, digest = r.digest
      where id = r.id;
    prev := r.digest;
  end loop;
  insert into audit_chain_head (seq, last_id, digest, updated_at)
    values (n, (select max(id) from audit_log), prev, now());
end;
$$;
--> statement-breakpoint
alter table audit_log enable trigger audit_log_no_update_or_delete;
--> statement-breakpoint
alter table audit_log alter column recorded_at set not null;
--> statement-breakpoint
alter table audit_log alter column chain_seq set not null;
--> statement-breakpoint
alter table audit_log alter column prev_digest set not null;
--> statement-breakpoint
alter table audit_log alter column digest set not null;
--> statement-breakpoint
create unique index audit_log_chain_seq_idx on audit_log (chain_seq);
--> statement-breakpoint
create index audit_log_event_idx on audit_log (event);
--> statement-breakpoint
-- Every insert takes the head row's lock (held to commit), so concurrent writers append to one chain in
-- commit order; whatever the writer sent for the chain columns is overwritten. Runs as the table's owner,
-- so the app's role needs no right on the head table.
create function audit_log_chain() returns trigger language plpgsql security definer
set search_path = public, pg_temp as $$
declare
  next_seq bigint;
  prev text;
begin
  update audit_chain_head set seq = seq + 1 where singleton returning seq, digest into next_seq, prev;
  new.recorded_at := clock_timestamp();
  new.chain_seq := next_seq;
  new.prev_digest := prev;
  new.digest := audit_log_digest(prev, new);
  update audit_chain_head set last_id = new.id, digest = new.digest, updated_at = new.recorded_at
    where singleton;
  return new;
end;
$$;
--> statement-breakpoint
create trigger audit_log_chain before insert on audit_log
  for each row execute function audit_log_chain();
--> statement-breakpoint
-- Append-only, except that the retention procedure (audit_log_remove_before) may remove a prefix of the chain
-- older than 6 months, after recording where the kept chain starts.
create or replace function audit_log_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE'
    and current_setting('edubureau.audit_retention', true) = 'remove'
    and old.recorded_at < now() - interval '6 months'
    and old.chain_seq <= (select max(seq) from audit_chain_anchor) then
    return old;
  end if;
  raise exception '审计日志只允许追加，不允许修改或删除；保存不足 6 个月的记录不得删除';
end;
$$;
--> statement-breakpoint
-- The documented retention procedure (docs/deployment.md): run by the owner role, removes the oldest rows up to
-- `cutoff` (at least 6 months ago) as one prefix of the chain and records the last removed link as the anchor.
create function audit_log_remove_before(cutoff timestamptz) returns bigint language plpgsql as $$
declare
  last_seq bigint;
  last_digest text;
  removed bigint;
begin
  if cutoff > now() - interval '6 months' then
    raise exception '审计日志至少保存 6 个月：截止时间不得晚于 %', now() - interval '6 months';
  end if;
  perform 1 from audit_chain_head where singleton for update;
  select coalesce(min(chain_seq), (select seq + 1 from audit_chain_head)) - 1 into last_seq
    from audit_log where recorded_at >= cutoff;
  select digest into last_digest from audit_log where chain_seq = last_seq;
  if last_digest is null then
    return 0;
  end if;
  insert into audit_chain_anchor (seq, digest, cutoff, removed_rows, removed_at)
    values (last_seq, last_digest, cutoff, (select count(*) from audit_log where chain_seq <= last_seq), now());
  perform set_config('edubureau.audit_retention', 'remove', true);
  delete from audit_log where chain_seq <= last_seq;
  get diagnostics removed = row_count;
  perform set_config('edubureau.audit_retention', '', true);
  return removed;
end;
$$;
--> statement-breakpoint
revoke execute on function audit_log_remove_before(timestamptz) from public;
