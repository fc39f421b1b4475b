-- A substantiated 师德 complaint links the ethics record the 督学 registered through the teachers module
-- (issue 16). No foreign key: the record belongs to another module, which the inspectorate reaches only
-- through its service.
alter table insp_complaints add column ethics_record_id uuid;
