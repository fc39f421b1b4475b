-- The audit chain of migration 0016 updated its head row twice per appended row. PostgreSQL keeps every version
-- of a row updated inside one transaction, so a bulk import's N audit rows cost O(N²): 10,000 rows took minutes.
-- Now each row takes the head's lock (held to commit, so concurrent writers still append in commit order) and
-- finds the previous link as the newest row of the log, which is this transaction's own last row once it has
-- appended any; the head row is written once per statement. The chain, its digests and tools/audit-verify.ts
-- are unchanged.
create or replace function audit_log_chain() returns trigger language plpgsql security definer
set search_path = public, pg_temp as $$
declare
  head_seq bigint;
  prev text;
  last_seq bigint;
  last_digest text;
begin
  select seq, digest into head_seq, prev from audit_chain_head where singleton for update;
  -- Rows appended earlier in this transaction (also earlier rows of this statement) are newer than the head.
  select chain_seq, digest into last_seq, last_digest from audit_log order by chain_seq desc limit 1;
  if last_seq > head_seq then
    head_seq := last_seq;
    prev := last_digest;
  end if;
  new.recorded_at := clock_timestamp();
  new.chain_seq := head_seq + 1;
  new.prev_digest := prev;
  new.digest := audit_log_digest(prev, new);
  return new;
end;
$$;
--> statement-breakpoint
-- After each statement, the head names the newest link.
create function audit_log_chain_head() returns trigger language plpgsql security definer
set search_path = public, pg_temp as $$
begin
  update audit_chain_head h
    set seq = l.chain_seq, last_id = l.id, digest = l.digest, updated_at = l.recorded_at
    from (select chain_seq, id, digest, recorded_at from audit_log order by chain_seq desc limit 1) l
    where h.singleton and l.chain_seq > h.seq;
  return null;
end;
$$;
--> statement-breakpoint
create trigger audit_log_chain_head after insert on audit_log
  for each statement execute function audit_log_chain_head();
