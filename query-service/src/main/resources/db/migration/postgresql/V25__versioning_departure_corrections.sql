-- V24's tables versioned by ledger_version_row(), as V21 does for the others.
create trigger departure_correction_versioning before insert or update or delete on departure_correction
  for each row execute function ledger_version_row();
create trigger abolition_correction_versioning before insert or update or delete on abolition_correction
  for each row execute function ledger_version_row();
create trigger mou_departure_correction_versioning before insert or update or delete on mou_departure_correction
  for each row execute function ledger_version_row();
