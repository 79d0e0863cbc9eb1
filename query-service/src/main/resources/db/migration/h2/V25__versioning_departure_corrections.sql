-- V24's tables versioned by VersioningTrigger, as V21 does for the others.
create trigger departure_correction_versioning before insert, update, delete on departure_correction
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger abolition_correction_versioning before insert, update, delete on abolition_correction
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger mou_departure_correction_versioning before insert, update, delete on mou_departure_correction
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
