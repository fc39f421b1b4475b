-- A leader's 批示 on a 督办单 and 催办 (urging) of the unit (issue 18): the latest instruction, who wrote it and
-- when, and how often the unit was urged. The unit's reply (responded_on) still closes the notice.
alter table supervision_notices add column instruction text;
--> statement-breakpoint
alter table supervision_notices add column instructed_by uuid;
--> statement-breakpoint
alter table supervision_notices add column instructed_on date;
--> statement-breakpoint
alter table supervision_notices add column urged_count integer not null default 0 check (urged_count >= 0);
--> statement-breakpoint
alter table supervision_notices add column last_urged_on date;
