-- 1. A data version the database maintains. Cached read models (the work-plan dashboard's evaluation) are
-- keyed on it instead of on "the newest audit row", which only held if every write remembered its audit
-- row. Every statement that changes a table bumps that table's counter; the version is the sum of the
-- counters, which grows with every committed write. One counter row per table, so writers of different
-- tables never wait on each other. Bookkeeping tables no evaluation reads are left out: sign-ins write
-- users and sessions, and the audit log and notifications grow with every action.
create table data_versions (
  table_name text primary key,
  version bigint not null default 0
);
--> statement-breakpoint
create function bump_data_version() returns trigger language plpgsql as $$
begin
  update data_versions set version = version + 1 where table_name = tg_table_name;
  return null;
end;
$$;
--> statement-breakpoint
-- New tables of later migrations add the same trigger (`select add_data_version_trigger('t')`); a test
-- checks that every table except the bookkeeping ones below has it.
create function add_data_version_trigger(target text) returns void language plpgsql as $$
begin
  insert into data_versions (table_name) values (target) on conflict do nothing;
  execute format(
    'create trigger data_version_bump after insert or update or delete or truncate on %I '
    'for each statement execute function bump_data_version()',
    target
  );
end;
$$;
--> statement-breakpoint
select add_data_version_trigger(table_name::text)
from information_schema.tables
where table_schema = current_schema() and table_type = 'BASE TABLE'
  and table_name not in (
    'schema_migrations', 'data_versions', 'users', 'sessions', 'audit_log', 'audit_chain_head',
    'audit_chain_anchor', 'notifications', 'notification_reads'
  );
--> statement-breakpoint
-- 2. Health facts: the counts behind every rate of the health dashboard and the 学生体质健康监测报告, per
-- school year × school × grade × sex, kept in step with vision_screenings and fitness_results by
-- statement-level triggers (transition tables: one aggregate per statement, also for a 100,000-row import).
-- A city report groups tens of thousands of fact rows instead of scanning 1.3 million records.
-- vision_rows / fitness_rows count the records behind a fact, so a group with records but zero rates is
-- still reported, and a fact whose records are all gone is removed.
create table health_count_facts (
  school_year text not null,
  institution_id uuid not null,
  district_id uuid not null,
  unit_path text not null,
  grade integer not null,
  sex text not null,
  vision_rows bigint not null default 0,
  screened bigint not null default 0,
  myopic bigint not null default 0,
  poor_vision bigint not null default 0,
  fitness_rows bigint not null default 0,
  tested bigint not null default 0,
  passed bigint not null default 0,
  good bigint not null default 0,
  excellent bigint not null default 0,
  bmi_screened bigint not null default 0,
  overweight bigint not null default 0,
  obese bigint not null default 0,
  primary key (school_year, unit_path, institution_id, district_id, grade, sex)
);
--> statement-breakpoint
create index health_count_facts_year_idx on health_count_facts (school_year, unit_path text_pattern_ops);
--> statement-breakpoint
-- A fact whose records are all gone; the partial index keeps finding them cheap.
create index health_count_facts_empty_idx on health_count_facts (school_year)
  where vision_rows = 0 and fitness_rows = 0;
--> statement-breakpoint
-- The changed rows of a statement, signed: +1 for rows that arrive, -1 for rows that leave (an update is both).
-- Transition tables exist only under the names each trigger gives them, hence the text.
create function health_facts_signed_rows(op text) returns text language sql immutable as $$
  select case op
    when 'INSERT' then 'select 1 as s, * from new_rows'
    when 'DELETE' then 'select -1 as s, * from old_rows'
    else 'select 1 as s, * from new_rows union all select -1 as s, * from old_rows'
  end
$$;
--> statement-breakpoint
-- The statement that adds signed screenings (a query with `s` and the columns of vision_screenings) to the
-- facts. Run by the trigger function itself: transition tables are not visible to functions it calls. Screenings
-- count only the student's latest screening of the year (`counted`), as the report does.
create function health_facts_vision_sql(source text) returns text language sql immutable as $$
  select format($sql$
    insert into health_count_facts as f
      (school_year, institution_id, district_id, unit_path, grade, sex, vision_rows, screened, myopic, poor_vision)
    select school_year, institution_id, district_id, unit_path, grade, sex,
      sum(s),
      sum(case when myopia <> 'not_applicable' then s else 0 end),
      sum(case when myopia = 'myopic' then s else 0 end),
      sum(case when poor_vision then s else 0 end)
    from (%s) changed where counted
    group by school_year, institution_id, district_id, unit_path, grade, sex
    on conflict (school_year, unit_path, institution_id, district_id, grade, sex) do update set
      vision_rows = f.vision_rows + excluded.vision_rows,
      screened = f.screened + excluded.screened,
      myopic = f.myopic + excluded.myopic,
      poor_vision = f.poor_vision + excluded.poor_vision
  $sql$, source)
$$;
--> statement-breakpoint
create function health_facts_fitness_sql(source text) returns text language sql immutable as $$
  select format($sql$
    insert into health_count_facts as f
      (school_year, institution_id, district_id, unit_path, grade, sex, fitness_rows, tested, passed, good,
       excellent, bmi_screened, overweight, obese)
    select school_year, institution_id, district_id, unit_path, grade, sex,
      sum(s),
      sum(s),
      sum(case when band <> 'fail' then s else 0 end),
      sum(case when band in ('good', 'excellent') then s else 0 end),
      sum(case when band = 'excellent' then s else 0 end),
      sum(case when weight_status is not null then s else 0 end),
      sum(case when weight_status = 'overweight' then s else 0 end),
      sum(case when weight_status = 'obese' then s else 0 end)
    from (%s) changed
    group by school_year, institution_id, district_id, unit_path, grade, sex
    on conflict (school_year, unit_path, institution_id, district_id, grade, sex) do update set
      fitness_rows = f.fitness_rows + excluded.fitness_rows,
      tested = f.tested + excluded.tested,
      passed = f.passed + excluded.passed,
      good = f.good + excluded.good,
      excellent = f.excellent + excluded.excellent,
      bmi_screened = f.bmi_screened + excluded.bmi_screened,
      overweight = f.overweight + excluded.overweight,
      obese = f.obese + excluded.obese
  $sql$, source)
$$;
--> statement-breakpoint
-- The trigger of both tables: the statement's rows in, out or both, then facts left without records removed.
create function health_facts_changed() returns trigger language plpgsql as $$
begin
  if tg_table_name = 'vision_screenings' then
    execute health_facts_vision_sql(health_facts_signed_rows(tg_op));
  else
    execute health_facts_fitness_sql(health_facts_signed_rows(tg_op));
  end if;
  delete from health_count_facts where vision_rows = 0 and fitness_rows = 0;
  return null;
end;
$$;
--> statement-breakpoint
create function health_facts_truncated() returns trigger language plpgsql as $$
begin
  if tg_table_name = 'vision_screenings' then
    update health_count_facts set vision_rows = 0, screened = 0, myopic = 0, poor_vision = 0;
  else
    update health_count_facts set fitness_rows = 0, tested = 0, passed = 0, good = 0, excellent = 0,
      bmi_screened = 0, overweight = 0, obese = 0;
  end if;
  delete from health_count_facts where vision_rows = 0 and fitness_rows = 0;
  return null;
end;
$$;
--> statement-breakpoint
do $$
declare
  t text;
begin
  foreach t in array array['vision_screenings', 'fitness_results'] loop
    execute format('create trigger health_facts_insert after insert on %I referencing new table as new_rows '
      'for each statement execute function health_facts_changed()', t);
    execute format('create trigger health_facts_update after update on %I '
      'referencing old table as old_rows new table as new_rows '
      'for each statement execute function health_facts_changed()', t);
    execute format('create trigger health_facts_delete after delete on %I referencing old table as old_rows '
      'for each statement execute function health_facts_changed()', t);
    execute format('create trigger health_facts_truncate after truncate on %I '
      'for each statement execute function health_facts_truncated()', t);
  end loop;
end;
$$;
--> statement-breakpoint
-- Backfill from the records already there.
do $$
begin
  execute health_facts_vision_sql('select 1 as s, * from vision_screenings');
  execute health_facts_fitness_sql('select 1 as s, * from fitness_results');
end;
$$;
