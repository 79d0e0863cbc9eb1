-- V22's tables versioned by ledger_version_row(), as V21 does for the others.
create trigger formation_date_correction_versioning before insert or update or delete on formation_date_correction
  for each row execute function ledger_version_row();
create trigger formation_date_correction_tenure_versioning before insert or update or delete on formation_date_correction_tenure
  for each row execute function ledger_version_row();
