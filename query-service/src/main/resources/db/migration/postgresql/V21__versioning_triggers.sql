-- The PostgreSQL half of bitemporal storage (docs/adr/0010): one trigger function versions the
-- rows of every read-model table. EventIntake sets ledger.recorded_at, transaction-local, to the
-- recording time of the event being projected; a change made outside an event (a migration) counts
-- as recorded when its transaction began.
--
-- Out-of-order recording: should an event recorded earlier than a row's recorded_from change the
-- row, the change counts as recorded at the row's recorded_from, never before it, so that recording
-- intervals never run backwards. A version that would hold an empty interval (changed twice by one
-- event) is not kept.
create function ledger_version_row() returns trigger language plpgsql as $$
declare
  recorded timestamp with time zone :=
    coalesce(nullif(current_setting('ledger.recorded_at', true), '')::timestamp with time zone,
             current_timestamp);
  superseded timestamp with time zone;
begin
  if tg_op = 'INSERT' then
    new.recorded_from := recorded;
    return new;
  end if;
  superseded := greatest(recorded, old.recorded_from);
  if superseded > old.recorded_from then
    -- By column name, so that the two tables' column order need not match.
    execute format('insert into %1$I.%2$I select (jsonb_populate_record(null::%1$I.%2$I, $1)).*',
                   tg_table_schema, tg_table_name || '_history')
      using to_jsonb(old) || jsonb_build_object('superseded_at', superseded);
  end if;
  if tg_op = 'UPDATE' then
    new.recorded_from := superseded;
    return new;
  end if;
  return old;
end
$$;

create trigger appointment_correction_versioning before insert or update or delete on appointment_correction
  for each row execute function ledger_version_row();
create trigger appointment_organisation_correction_versioning before insert or update or delete on appointment_organisation_correction
  for each row execute function ledger_version_row();
create trigger body_versioning before insert or update or delete on body
  for each row execute function ledger_version_row();
create trigger body_member_role_versioning before insert or update or delete on body_member_role
  for each row execute function ledger_version_row();
create trigger body_parent_versioning before insert or update or delete on body_parent
  for each row execute function ledger_version_row();
create trigger body_replacement_versioning before insert or update or delete on body_replacement
  for each row execute function ledger_version_row();
create trigger body_status_versioning before insert or update or delete on body_status
  for each row execute function ledger_version_row();
create trigger chair_arrangement_versioning before insert or update or delete on chair_arrangement
  for each row execute function ledger_version_row();
create trigger chair_arrangement_correction_versioning before insert or update or delete on chair_arrangement_correction
  for each row execute function ledger_version_row();
create trigger chair_arrangement_correction_turn_versioning before insert or update or delete on chair_arrangement_correction_turn
  for each row execute function ledger_version_row();
create trigger chair_turn_versioning before insert or update or delete on chair_turn
  for each row execute function ledger_version_row();
create trigger decision_versioning before insert or update or delete on decision
  for each row execute function ledger_version_row();
create trigger decision_abstention_versioning before insert or update or delete on decision_abstention
  for each row execute function ledger_version_row();
create trigger decision_correction_versioning before insert or update or delete on decision_correction
  for each row execute function ledger_version_row();
create trigger decision_correction_abstention_versioning before insert or update or delete on decision_correction_abstention
  for each row execute function ledger_version_row();
create trigger declaration_correction_versioning before insert or update or delete on declaration_correction
  for each row execute function ledger_version_row();
create trigger delegation_versioning before insert or update or delete on delegation
  for each row execute function ledger_version_row();
create trigger delegation_act_versioning before insert or update or delete on delegation_act
  for each row execute function ledger_version_row();
create trigger delegation_condition_versioning before insert or update or delete on delegation_condition
  for each row execute function ledger_version_row();
create trigger delegation_correction_versioning before insert or update or delete on delegation_correction
  for each row execute function ledger_version_row();
create trigger delegation_delegator_versioning before insert or update or delete on delegation_delegator
  for each row execute function ledger_version_row();
create trigger delegation_limit_versioning before insert or update or delete on delegation_limit
  for each row execute function ledger_version_row();
create trigger delegation_terms_versioning before insert or update or delete on delegation_terms
  for each row execute function ledger_version_row();
create trigger establishment_correction_versioning before insert or update or delete on establishment_correction
  for each row execute function ledger_version_row();
create trigger formation_correction_versioning before insert or update or delete on formation_correction
  for each row execute function ledger_version_row();
create trigger interest_declaration_versioning before insert or update or delete on interest_declaration
  for each row execute function ledger_version_row();
create trigger joining_correction_versioning before insert or update or delete on joining_correction
  for each row execute function ledger_version_row();
create trigger membership_correction_versioning before insert or update or delete on membership_correction
  for each row execute function ledger_version_row();
create trigger mou_versioning before insert or update or delete on mou
  for each row execute function ledger_version_row();
create trigger mou_date_correction_versioning before insert or update or delete on mou_date_correction
  for each row execute function ledger_version_row();
create trigger mou_draft_correction_versioning before insert or update or delete on mou_draft_correction
  for each row execute function ledger_version_row();
create trigger mou_draft_correction_schedule_versioning before insert or update or delete on mou_draft_correction_schedule
  for each row execute function ledger_version_row();
create trigger mou_drafting_correction_versioning before insert or update or delete on mou_drafting_correction
  for each row execute function ledger_version_row();
create trigger mou_drafting_correction_party_versioning before insert or update or delete on mou_drafting_correction_party
  for each row execute function ledger_version_row();
create trigger mou_notice_versioning before insert or update or delete on mou_notice
  for each row execute function ledger_version_row();
create trigger mou_party_versioning before insert or update or delete on mou_party
  for each row execute function ledger_version_row();
create trigger mou_review_versioning before insert or update or delete on mou_review
  for each row execute function ledger_version_row();
create trigger mou_review_correction_versioning before insert or update or delete on mou_review_correction
  for each row execute function ledger_version_row();
create trigger mou_schedule_versioning before insert or update or delete on mou_schedule
  for each row execute function ledger_version_row();
create trigger mou_signature_versioning before insert or update or delete on mou_signature
  for each row execute function ledger_version_row();
create trigger mou_signature_correction_versioning before insert or update or delete on mou_signature_correction
  for each row execute function ledger_version_row();
create trigger mou_version_versioning before insert or update or delete on mou_version
  for each row execute function ledger_version_row();
create trigger notice_correction_versioning before insert or update or delete on notice_correction
  for each row execute function ledger_version_row();
create trigger organisation_versioning before insert or update or delete on organisation
  for each row execute function ledger_version_row();
create trigger organisation_name_versioning before insert or update or delete on organisation_name
  for each row execute function ledger_version_row();
create trigger partner_tenure_versioning before insert or update or delete on partner_tenure
  for each row execute function ledger_version_row();
create trigger partnership_versioning before insert or update or delete on partnership
  for each row execute function ledger_version_row();
create trigger registration_correction_versioning before insert or update or delete on registration_correction
  for each row execute function ledger_version_row();
create trigger renaming_correction_versioning before insert or update or delete on renaming_correction
  for each row execute function ledger_version_row();
create trigger replacement_correction_versioning before insert or update or delete on replacement_correction
  for each row execute function ledger_version_row();
create trigger reporting_line_versioning before insert or update or delete on reporting_line
  for each row execute function ledger_version_row();
create trigger reporting_line_correction_versioning before insert or update or delete on reporting_line_correction
  for each row execute function ledger_version_row();
create trigger reporting_line_end_correction_versioning before insert or update or delete on reporting_line_end_correction
  for each row execute function ledger_version_row();
create trigger status_date_correction_versioning before insert or update or delete on status_date_correction
  for each row execute function ledger_version_row();
create trigger terms_of_reference_versioning before insert or update or delete on terms_of_reference
  for each row execute function ledger_version_row();
create trigger terms_of_reference_correction_versioning before insert or update or delete on terms_of_reference_correction
  for each row execute function ledger_version_row();
