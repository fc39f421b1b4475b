-- Indicator engine: data elements get a period type; the shipped elements; indexes for live roll-ups.
alter table data_elements add column period_type text not null default 'year' check (period_type in ('year', 'school_year'));
--> statement-breakpoint
alter table data_elements add column created_at timestamptz not null default now();
--> statement-breakpoint
alter table data_elements add column updated_at timestamptz not null default now();
--> statement-breakpoint
-- Same rows as DEFAULT_DATA_ELEMENTS in packages/domain/src/indicators/data-elements.ts (a test compares them).
insert into data_elements (code, name, unit, value_type, period_type, min_value, max_value, description) values
  ('classes_total', '义务教育班级总数', '班', 'integer', 'school_year', 0, null, '1–9年级教学班总数（学年初统计）'),
  ('classes_large', '大班额班级数（56人及以上）', '班', 'integer', 'school_year', 0, null, '班额56人及以上的1–9年级班级数，含超大班额（国发〔2016〕40号）'),
  ('classes_super_large', '超大班额班级数（66人及以上）', '班', 'integer', 'school_year', 0, null, '班额66人及以上的1–9年级班级数（国发〔2016〕40号）'),
  ('online_service_items_total', '审批服务事项总数', '项', 'integer', 'year', 0, null, '本单位承担的审批服务事项总数'),
  ('online_service_items_online', '全流程网上办审批服务事项数', '项', 'integer', 'year', 0, null, '可全流程网上办理的审批服务事项数')
on conflict (code) do nothing;
--> statement-breakpoint
create index data_approvals_period_idx on data_approvals (period, status);
--> statement-breakpoint
create index data_values_unit_period_idx on data_values (org_unit_id, period);
