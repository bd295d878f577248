-- The approver filter of the history (issue 4): approved_by comes from V3; like every history
-- index it ends in id, so a page is an ordered range read from its start.
create index ix_runs_approved_by on runs (approved_by, id desc);
