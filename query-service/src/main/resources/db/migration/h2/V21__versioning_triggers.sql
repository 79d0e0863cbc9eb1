-- The H2 half of bitemporal storage (docs/adr/0010): each read-model table's rows are versioned by
-- VersioningTrigger, which reads the recording time EventIntake sets in the session variable
-- @ledger_recorded_at (a change made outside an event counts as recorded when made). See the
-- PostgreSQL migration of the same number for the rules.
create trigger appointment_correction_versioning before insert, update, delete on appointment_correction
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger appointment_organisation_correction_versioning before insert, update, delete on appointment_organisation_correction
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger body_versioning before insert, update, delete on body
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger body_member_role_versioning before insert, update, delete on body_member_role
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger body_parent_versioning before insert, update, delete on body_parent
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger body_replacement_versioning before insert, update, delete on body_replacement
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger body_status_versioning before insert, update, delete on body_status
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger chair_arrangement_versioning before insert, update, delete on chair_arrangement
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger chair_arrangement_correction_versioning before insert, update, delete on chair_arrangement_correction
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger chair_arrangement_correction_turn_versioning before insert, update, delete on chair_arrangement_correction_turn
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger chair_turn_versioning before insert, update, delete on chair_turn
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger decision_versioning before insert, update, delete on decision
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger decision_abstention_versioning before insert, update, delete on decision_abstention
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger decision_correction_versioning before insert, update, delete on decision_correction
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger decision_correction_abstention_versioning before insert, update, delete on decision_correction_abstention
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger declaration_correction_versioning before insert, update, delete on declaration_correction
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger delegation_versioning before insert, update, delete on delegation
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger delegation_act_versioning before insert, update, delete on delegation_act
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger delegation_condition_versioning before insert, update, delete on delegation_condition
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger delegation_correction_versioning before insert, update, delete on delegation_correction
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger delegation_delegator_versioning before insert, update, delete on delegation_delegator
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger delegation_limit_versioning before insert, update, delete on delegation_limit
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger delegation_terms_versioning before insert, update, delete on delegation_terms
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger establishment_correction_versioning before insert, update, delete on establishment_correction
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger formation_correction_versioning before insert, update, delete on formation_correction
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger interest_declaration_versioning before insert, update, delete on interest_declaration
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger joining_correction_versioning before insert, update, delete on joining_correction
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger membership_correction_versioning before insert, update, delete on membership_correction
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger mou_versioning before insert, update, delete on mou
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger mou_date_correction_versioning before insert, update, delete on mou_date_correction
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger mou_draft_correction_versioning before insert, update, delete on mou_draft_correction
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger mou_draft_correction_schedule_versioning before insert, update, delete on mou_draft_correction_schedule
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger mou_drafting_correction_versioning before insert, update, delete on mou_drafting_correction
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger mou_drafting_correction_party_versioning before insert, update, delete on mou_drafting_correction_party
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger mou_notice_versioning before insert, update, delete on mou_notice
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger mou_party_versioning before insert, update, delete on mou_party
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger mou_review_versioning before insert, update, delete on mou_review
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger mou_review_correction_versioning before insert, update, delete on mou_review_correction
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger mou_schedule_versioning before insert, update, delete on mou_schedule
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger mou_signature_versioning before insert, update, delete on mou_signature
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger mou_signature_correction_versioning before insert, update, delete on mou_signature_correction
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger mou_version_versioning before insert, update, delete on mou_version
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger notice_correction_versioning before insert, update, delete on notice_correction
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger organisation_versioning before insert, update, delete on organisation
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger organisation_name_versioning before insert, update, delete on organisation_name
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger partner_tenure_versioning before insert, update, delete on partner_tenure
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger partnership_versioning before insert, update, delete on partnership
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger registration_correction_versioning before insert, update, delete on registration_correction
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger renaming_correction_versioning before insert, update, delete on renaming_correction
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger replacement_correction_versioning before insert, update, delete on replacement_correction
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger reporting_line_versioning before insert, update, delete on reporting_line
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger reporting_line_correction_versioning before insert, update, delete on reporting_line_correction
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger reporting_line_end_correction_versioning before insert, update, delete on reporting_line_end_correction
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger status_date_correction_versioning before insert, update, delete on status_date_correction
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger terms_of_reference_versioning before insert, update, delete on terms_of_reference
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
create trigger terms_of_reference_correction_versioning before insert, update, delete on terms_of_reference_correction
  for each row call 'uk.partnershipledger.query.bitemporal.VersioningTrigger';
