-- V22's tables versioned by VersioningTrigger, as V21 does for the others.
create trigger formation_date_correction_versioning before insert, update, delete on formation_date_correction
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger formation_date_correction_tenure_versioning before insert, update, delete on formation_date_correction_tenure
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
