-- Every statement that moves the data version (migration 0018) also notifies channel `eb_data_version`,
-- delivered to listening app instances when the writing transaction commits (one notice per transaction:
-- PostgreSQL folds identical notices). An instance that listens keeps the version in memory and asks the
-- database again only after a notice, instead of on every cached read (platform/data-version.ts).
create or replace function bump_data_version() returns trigger language plpgsql as $$
begin
  update data_versions set version = version + 1 where table_name = tg_table_name;
  perform pg_notify('eb_data_version', '');
  return null;
end;
$$;
