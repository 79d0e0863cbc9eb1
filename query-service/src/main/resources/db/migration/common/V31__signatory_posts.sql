-- mou.signed and mou.signature-corrected revision 2 give a signatory's post apart from the name
-- (docs/adr/0015). Signatures recorded in revision 1 have no post: their one text is the name.
-- The history tables gain the same columns, as every versioned table's companion must (ADR 10).
alter table mou_signature add column signatory_post varchar(1000);
alter table mou_signature_history add column signatory_post varchar(1000);
alter table mou_signature_correction add column previous_signatory_post varchar(1000);
alter table mou_signature_correction add column signatory_post varchar(1000);
alter table mou_signature_correction_history add column previous_signatory_post varchar(1000);
alter table mou_signature_correction_history add column signatory_post varchar(1000);
