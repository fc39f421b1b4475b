-- Appending to the audit chain cost two lookups per row (the head row under lock, then the newest link of the
-- log) and two nested SQL-function calls for the digest: about two thirds of a bulk import's audit writes.
-- Now the first row a transaction appends takes the head's lock (held to commit, as before) and finds the
-- newest link; each row then leaves its position and digest in a transaction-local setting, from which the
-- next row of the same transaction links on without a lookup. A savepoint rolled back also rolls the setting
-- back, with the rows. The digest is the same expression as audit_log_canonical (migration 0016), written out
-- here; the chain, its digests and tools/audit-verify.ts are unchanged.
--
-- The setting is a cache, not a trust boundary: a writer who forges it can only link its own new rows wrongly
-- (a duplicate position is refused by audit_log_chain_seq_idx; a wrong link is reported by the verifier).
-- Rows already in the log stay append-only.
create or replace function audit_log_chain() returns trigger language plpgsql security definer
set search_path = public, pg_temp as $$
declare
  tail text := current_setting('edubureau.audit_chain_tail', true);
  xact text := txid_current()::text;
  head_seq bigint;
  prev text;
  last_seq bigint;
  last_digest text;
begin
  if tail is not null and split_part(tail, ':', 1) = xact then
    head_seq := split_part(tail, ':', 2)::bigint;
    prev := split_part(tail, ':', 3);
  else
    select seq, digest into head_seq, prev from audit_chain_head where singleton for update;
    -- As in migration 0024: the newest link may be newer than the head, which moves once per statement.
    select chain_seq, digest into last_seq, last_digest from audit_log order by chain_seq desc limit 1;
    if last_seq > head_seq then
      head_seq := last_seq;
      prev := last_digest;
    end if;
  end if;
  new.recorded_at := clock_timestamp();
  new.chain_seq := head_seq + 1;
  new.prev_digest := prev;
  new.digest := encode(sha256(convert_to(prev || jsonb_build_array(
    new.chain_seq,
    new.id,
    to_char(new.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    to_char(new.recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    new.actor_id,
    new.actor_name,
    new.ip,
    new.event,
    new.entity,
    new.entity_id,
    new.action,
    new.before,
    new.after
  )::text, 'UTF8')), 'hex');
  perform set_config('edubureau.audit_chain_tail', xact || ':' || new.chain_seq || ':' || new.digest, true);
  return new;
end;
$$;
