-- Lottery after the draw (issue 13): one placement ledger per enrolment round, the draw announcement
-- (派位公告) published before the draw, and declines as events of the ledger.

-- 派位公告: one per round phase, published when the lists are frozen and never changed.
create table enrolment_announcements (
  round_id uuid not null references enrolment_rounds(id),
  phase integer not null check (phase in (1, 2)),
  body jsonb not null,
  digest text not null,
  published_at timestamptz not null,
  primary key (round_id, phase)
);
--> statement-breakpoint
create function enrolment_append_only() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only', tg_table_name;
end $$;
--> statement-breakpoint
create trigger enrolment_announcements_immutable before update or delete on enrolment_announcements
  for each row execute function enrolment_append_only();
--> statement-breakpoint
-- The ledger's log: round joins and declines are its inputs; promotions follow from them and are
-- recorded in the same transaction. Append-only.
create table enrolment_ledger_events (
  round_id uuid not null references enrolment_rounds(id),
  seq integer not null check (seq >= 1),
  kind text not null check (kind in ('round', 'declined', 'promoted')),
  number text,
  school text,
  from_school text,
  list text,
  round_label text,
  at timestamptz not null,
  primary key (round_id, seq),
  check ((kind = 'round') = (round_label is not null)),
  check ((kind = 'round') = (number is null))
);
--> statement-breakpoint
create trigger enrolment_ledger_events_append_only before update or delete on enrolment_ledger_events
  for each row execute function enrolment_append_only();
--> statement-breakpoint
-- Every place of the lottery, numbered per school: the first round's quota, and no more.
create table enrolment_places (
  round_id uuid not null references enrolment_rounds(id),
  school text not null,
  seat integer not null check (seat >= 1),
  primary key (round_id, school, seat)
);
--> statement-breakpoint
-- Who holds which place now. A child holds at most one place (primary key), a place has at most one
-- holder (unique), and a holder needs a place that exists (foreign key): no school over its quota.
create table enrolment_placements (
  round_id uuid not null,
  number text not null references enrolment_applicants(number),
  school text not null,
  seat integer not null,
  primary key (round_id, number),
  unique (round_id, school, seat),
  foreign key (round_id, school, seat) references enrolment_places (round_id, school, seat)
);
--> statement-breakpoint
-- Existing declines become the ledger's log: each published draw joins at its publication, each
-- decline at its time. Places and placements are written by the server the next time the ledger changes.
insert into enrolment_ledger_events (round_id, seq, kind, number, round_label, at)
select round_id, row_number() over (partition by round_id order by at, ord, sub), kind, number, round_label, at
from (
  select d.round_id, 'round' as kind, null::text as number, d.setup ->> 'label' as round_label,
         coalesce(d.published_at, d.created_at) as at, 0 as ord, d.phase as sub
  from enrolment_draws d
  where d.status = 'published'
  union all
  select d.round_id, 'declined', x.number, null, x.at, 1, x.seq
  from enrolment_declines x join enrolment_draws d on d.id = x.draw_id
) e;
--> statement-breakpoint
drop table enrolment_declines;
