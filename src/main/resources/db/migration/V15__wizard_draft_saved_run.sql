-- A wizard draft is closed once its preview is saved as a run: saved_run_id names that run.
-- The row is kept (not deleted) so that saving the same draft again (Back, then Save) finds the run
-- already saved instead of storing a second, identical one. Open drafts are those without it.
alter table wizard_drafts add column saved_run_id bigint;
