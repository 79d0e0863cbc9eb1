-- H2 runs an ALTER TABLE ... ADD COLUMN by copying the table, and a Java trigger initialised
-- during the copy keeps the copy's name and the old column list (VersioningTrigger.init). V31 added
-- columns to two versioned tables, so their triggers are created afresh on the final tables.
-- PostgreSQL's trigger function reads the row by column name at each firing and needs nothing.
drop trigger mou_signature_versioning;
create trigger mou_signature_versioning before insert, update, delete on mou_signature
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
drop trigger mou_signature_correction_versioning;
create trigger mou_signature_correction_versioning before insert, update, delete on mou_signature_correction
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
