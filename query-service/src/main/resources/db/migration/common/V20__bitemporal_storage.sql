-- Bitemporal storage (docs/adr/0010): every read-model table keeps, besides its effective-date
-- intervals, when the ledger learned each row's current content (recorded_from), and a companion
-- T_history keeps every earlier content of a row with the recording interval it held:
-- [recorded_from, superseded_at). The triggers of V21 (one per vendor, in db/migration/h2 and
-- db/migration/postgresql) write them; the projectors do not know they exist.
--
-- "As recorded at R" is then: the rows of T with recorded_from <= R, plus the rows of T_history
-- with recorded_from <= R < superseded_at. The history tables carry the indexes of their tables
-- (each read looks a key up in both) and one on the key with superseded_at.
--
-- Rows already stored count as recorded when their recorded_at says, or for the child rows that
-- have none (limits, conditions, parties, schedules, turns, parents, abstentions) since 1970: they
-- are only ever read through their parent row, which carries the time. What rows said before this
-- migration was not kept; replaying the topic into an empty read model records it all.
--
-- projection_position is not versioned: it is the intake's bookkeeping, updated by every event,
-- and no query reads it.

-- appointment_correction
alter table appointment_correction add column recorded_from timestamp with time zone;
update appointment_correction set recorded_from = recorded_at;
alter table appointment_correction alter column recorded_from set default current_timestamp;
alter table appointment_correction alter column recorded_from set not null;
create table appointment_correction_history as
  select appointment_correction.*, cast(null as timestamp with time zone) as superseded_at
  from appointment_correction with no data;
create index appointment_correction_history_key on appointment_correction_history (event_id, superseded_at);
create index appointment_correction_of_membership_history on appointment_correction_history (membership_id);

-- appointment_organisation_correction
alter table appointment_organisation_correction add column recorded_from timestamp with time zone;
update appointment_organisation_correction set recorded_from = recorded_at;
alter table appointment_organisation_correction alter column recorded_from set default current_timestamp;
alter table appointment_organisation_correction alter column recorded_from set not null;
create table appointment_organisation_correction_history as
  select appointment_organisation_correction.*, cast(null as timestamp with time zone) as superseded_at
  from appointment_organisation_correction with no data;
create index appointment_organisation_correction_history_key on appointment_organisation_correction_history (event_id, superseded_at);
create index appointment_organisation_correction_of_body_history on appointment_organisation_correction_history (body_id, membership_id, recorded_at);

-- body
alter table body add column recorded_from timestamp with time zone;
update body set recorded_from = recorded_at;
alter table body alter column recorded_from set default current_timestamp;
alter table body alter column recorded_from set not null;
create table body_history as
  select body.*, cast(null as timestamp with time zone) as superseded_at
  from body with no data;
create index body_history_key on body_history (body_id, superseded_at);
create index body_partnership_history on body_history (partnership_id, established_on);

-- body_member_role
alter table body_member_role add column recorded_from timestamp with time zone;
update body_member_role set recorded_from = recorded_at;
alter table body_member_role alter column recorded_from set default current_timestamp;
alter table body_member_role alter column recorded_from set not null;
create table body_member_role_history as
  select body_member_role.*, cast(null as timestamp with time zone) as superseded_at
  from body_member_role with no data;
create index body_member_role_history_key on body_member_role_history (membership_id, valid_from, superseded_at);
create index body_member_role_as_of_history on body_member_role_history (body_id, valid_from, valid_to);

-- body_parent
alter table body_parent add column recorded_from timestamp with time zone;
update body_parent set recorded_from = timestamp with time zone '1970-01-01 00:00:00+00';
alter table body_parent alter column recorded_from set default current_timestamp;
alter table body_parent alter column recorded_from set not null;
create table body_parent_history as
  select body_parent.*, cast(null as timestamp with time zone) as superseded_at
  from body_parent with no data;
create index body_parent_history_key on body_parent_history (body_id, parent_body_id, superseded_at);

-- body_replacement
alter table body_replacement add column recorded_from timestamp with time zone;
update body_replacement set recorded_from = recorded_at;
alter table body_replacement alter column recorded_from set default current_timestamp;
alter table body_replacement alter column recorded_from set not null;
create table body_replacement_history as
  select body_replacement.*, cast(null as timestamp with time zone) as superseded_at
  from body_replacement with no data;
create index body_replacement_history_key on body_replacement_history (body_id, replacement_body_id, superseded_at);
create index body_replacement_by_replacement_history on body_replacement_history (replacement_body_id);

-- body_status
alter table body_status add column recorded_from timestamp with time zone;
update body_status set recorded_from = recorded_at;
alter table body_status alter column recorded_from set default current_timestamp;
alter table body_status alter column recorded_from set not null;
create table body_status_history as
  select body_status.*, cast(null as timestamp with time zone) as superseded_at
  from body_status with no data;
create index body_status_history_key on body_status_history (body_id, valid_from, superseded_at);

-- chair_arrangement
alter table chair_arrangement add column recorded_from timestamp with time zone;
update chair_arrangement set recorded_from = recorded_at;
alter table chair_arrangement alter column recorded_from set default current_timestamp;
alter table chair_arrangement alter column recorded_from set not null;
create table chair_arrangement_history as
  select chair_arrangement.*, cast(null as timestamp with time zone) as superseded_at
  from chair_arrangement with no data;
create index chair_arrangement_history_key on chair_arrangement_history (body_id, valid_from, superseded_at);
create index chair_arrangement_in_force_history on chair_arrangement_history (body_id, valid_from, valid_to);

-- chair_arrangement_correction
alter table chair_arrangement_correction add column recorded_from timestamp with time zone;
update chair_arrangement_correction set recorded_from = recorded_at;
alter table chair_arrangement_correction alter column recorded_from set default current_timestamp;
alter table chair_arrangement_correction alter column recorded_from set not null;
create table chair_arrangement_correction_history as
  select chair_arrangement_correction.*, cast(null as timestamp with time zone) as superseded_at
  from chair_arrangement_correction with no data;
create index chair_arrangement_correction_history_key on chair_arrangement_correction_history (event_id, superseded_at);
create index chair_arrangement_correction_of_body_history on chair_arrangement_correction_history (body_id, recorded_at);

-- chair_arrangement_correction_turn
alter table chair_arrangement_correction_turn add column recorded_from timestamp with time zone;
update chair_arrangement_correction_turn set recorded_from = timestamp with time zone '1970-01-01 00:00:00+00';
alter table chair_arrangement_correction_turn alter column recorded_from set default current_timestamp;
alter table chair_arrangement_correction_turn alter column recorded_from set not null;
create table chair_arrangement_correction_turn_history as
  select chair_arrangement_correction_turn.*, cast(null as timestamp with time zone) as superseded_at
  from chair_arrangement_correction_turn with no data;
create index chair_arrangement_correction_turn_history_key on chair_arrangement_correction_turn_history (event_id, position, superseded_at);

-- chair_turn
alter table chair_turn add column recorded_from timestamp with time zone;
update chair_turn set recorded_from = timestamp with time zone '1970-01-01 00:00:00+00';
alter table chair_turn alter column recorded_from set default current_timestamp;
alter table chair_turn alter column recorded_from set not null;
create table chair_turn_history as
  select chair_turn.*, cast(null as timestamp with time zone) as superseded_at
  from chair_turn with no data;
create index chair_turn_history_key on chair_turn_history (body_id, arrangement_from, position, superseded_at);

-- decision
alter table decision add column recorded_from timestamp with time zone;
update decision set recorded_from = recorded_at;
alter table decision alter column recorded_from set default current_timestamp;
alter table decision alter column recorded_from set not null;
create table decision_history as
  select decision.*, cast(null as timestamp with time zone) as superseded_at
  from decision with no data;
create index decision_history_key on decision_history (decision_id, superseded_at);
create index decision_by_date_history on decision_history (body_id, decided_on);

-- decision_abstention
alter table decision_abstention add column recorded_from timestamp with time zone;
update decision_abstention set recorded_from = timestamp with time zone '1970-01-01 00:00:00+00';
alter table decision_abstention alter column recorded_from set default current_timestamp;
alter table decision_abstention alter column recorded_from set not null;
create table decision_abstention_history as
  select decision_abstention.*, cast(null as timestamp with time zone) as superseded_at
  from decision_abstention with no data;
create index decision_abstention_history_key on decision_abstention_history (decision_id, position, superseded_at);

-- decision_correction
alter table decision_correction add column recorded_from timestamp with time zone;
update decision_correction set recorded_from = recorded_at;
alter table decision_correction alter column recorded_from set default current_timestamp;
alter table decision_correction alter column recorded_from set not null;
create table decision_correction_history as
  select decision_correction.*, cast(null as timestamp with time zone) as superseded_at
  from decision_correction with no data;
create index decision_correction_history_key on decision_correction_history (event_id, superseded_at);
create index decision_correction_of_decision_history on decision_correction_history (decision_id, recorded_at);

-- decision_correction_abstention
alter table decision_correction_abstention add column recorded_from timestamp with time zone;
update decision_correction_abstention set recorded_from = timestamp with time zone '1970-01-01 00:00:00+00';
alter table decision_correction_abstention alter column recorded_from set default current_timestamp;
alter table decision_correction_abstention alter column recorded_from set not null;
create table decision_correction_abstention_history as
  select decision_correction_abstention.*, cast(null as timestamp with time zone) as superseded_at
  from decision_correction_abstention with no data;
create index decision_correction_abstention_history_key on decision_correction_abstention_history (event_id, position, superseded_at);

-- declaration_correction
alter table declaration_correction add column recorded_from timestamp with time zone;
update declaration_correction set recorded_from = recorded_at;
alter table declaration_correction alter column recorded_from set default current_timestamp;
alter table declaration_correction alter column recorded_from set not null;
create table declaration_correction_history as
  select declaration_correction.*, cast(null as timestamp with time zone) as superseded_at
  from declaration_correction with no data;
create index declaration_correction_history_key on declaration_correction_history (event_id, superseded_at);
create index declaration_correction_of_declaration_history on declaration_correction_history (declaration_id, recorded_at);

-- delegation
alter table delegation add column recorded_from timestamp with time zone;
update delegation set recorded_from = recorded_at;
alter table delegation alter column recorded_from set default current_timestamp;
alter table delegation alter column recorded_from set not null;
create table delegation_history as
  select delegation.*, cast(null as timestamp with time zone) as superseded_at
  from delegation with no data;
create index delegation_history_key on delegation_history (delegation_id, superseded_at);
create index delegation_in_force_history on delegation_history (body_id, valid_from, valid_to);

-- delegation_act
alter table delegation_act add column recorded_from timestamp with time zone;
update delegation_act set recorded_from = recorded_at;
alter table delegation_act alter column recorded_from set default current_timestamp;
alter table delegation_act alter column recorded_from set not null;
create table delegation_act_history as
  select delegation_act.*, cast(null as timestamp with time zone) as superseded_at
  from delegation_act with no data;
create index delegation_act_history_key on delegation_act_history (event_id, superseded_at);
create index delegation_act_timeline_history on delegation_act_history (delegation_id, effective_date);

-- delegation_condition
alter table delegation_condition add column recorded_from timestamp with time zone;
update delegation_condition set recorded_from = timestamp with time zone '1970-01-01 00:00:00+00';
alter table delegation_condition alter column recorded_from set default current_timestamp;
alter table delegation_condition alter column recorded_from set not null;
create table delegation_condition_history as
  select delegation_condition.*, cast(null as timestamp with time zone) as superseded_at
  from delegation_condition with no data;
create index delegation_condition_history_key on delegation_condition_history (terms_id, position, superseded_at);

-- delegation_correction
alter table delegation_correction add column recorded_from timestamp with time zone;
update delegation_correction set recorded_from = recorded_at;
alter table delegation_correction alter column recorded_from set default current_timestamp;
alter table delegation_correction alter column recorded_from set not null;
create table delegation_correction_history as
  select delegation_correction.*, cast(null as timestamp with time zone) as superseded_at
  from delegation_correction with no data;
create index delegation_correction_history_key on delegation_correction_history (event_id, superseded_at);
create index delegation_correction_of_delegation_history on delegation_correction_history (delegation_id, recorded_at);

-- delegation_delegator
alter table delegation_delegator add column recorded_from timestamp with time zone;
update delegation_delegator set recorded_from = recorded_at;
alter table delegation_delegator alter column recorded_from set default current_timestamp;
alter table delegation_delegator alter column recorded_from set not null;
create table delegation_delegator_history as
  select delegation_delegator.*, cast(null as timestamp with time zone) as superseded_at
  from delegation_delegator with no data;
create index delegation_delegator_history_key on delegation_delegator_history (id, superseded_at);
create index delegation_delegator_as_of_history on delegation_delegator_history (delegation_id, valid_from, valid_to);

-- delegation_limit
alter table delegation_limit add column recorded_from timestamp with time zone;
update delegation_limit set recorded_from = timestamp with time zone '1970-01-01 00:00:00+00';
alter table delegation_limit alter column recorded_from set default current_timestamp;
alter table delegation_limit alter column recorded_from set not null;
create table delegation_limit_history as
  select delegation_limit.*, cast(null as timestamp with time zone) as superseded_at
  from delegation_limit with no data;
create index delegation_limit_history_key on delegation_limit_history (terms_id, position, superseded_at);

-- delegation_terms
alter table delegation_terms add column recorded_from timestamp with time zone;
update delegation_terms set recorded_from = recorded_at;
alter table delegation_terms alter column recorded_from set default current_timestamp;
alter table delegation_terms alter column recorded_from set not null;
create table delegation_terms_history as
  select delegation_terms.*, cast(null as timestamp with time zone) as superseded_at
  from delegation_terms with no data;
create index delegation_terms_history_key on delegation_terms_history (terms_id, superseded_at);
create index delegation_terms_as_of_history on delegation_terms_history (delegation_id, valid_from, valid_to);

-- establishment_correction
alter table establishment_correction add column recorded_from timestamp with time zone;
update establishment_correction set recorded_from = recorded_at;
alter table establishment_correction alter column recorded_from set default current_timestamp;
alter table establishment_correction alter column recorded_from set not null;
create table establishment_correction_history as
  select establishment_correction.*, cast(null as timestamp with time zone) as superseded_at
  from establishment_correction with no data;
create index establishment_correction_history_key on establishment_correction_history (event_id, superseded_at);
create index establishment_correction_of_body_history on establishment_correction_history (body_id, recorded_at);

-- formation_correction
alter table formation_correction add column recorded_from timestamp with time zone;
update formation_correction set recorded_from = recorded_at;
alter table formation_correction alter column recorded_from set default current_timestamp;
alter table formation_correction alter column recorded_from set not null;
create table formation_correction_history as
  select formation_correction.*, cast(null as timestamp with time zone) as superseded_at
  from formation_correction with no data;
create index formation_correction_history_key on formation_correction_history (event_id, superseded_at);
create index formation_correction_of_partnership_history on formation_correction_history (partnership_id, recorded_at);

-- interest_declaration
alter table interest_declaration add column recorded_from timestamp with time zone;
update interest_declaration set recorded_from = recorded_at;
alter table interest_declaration alter column recorded_from set default current_timestamp;
alter table interest_declaration alter column recorded_from set not null;
create table interest_declaration_history as
  select interest_declaration.*, cast(null as timestamp with time zone) as superseded_at
  from interest_declaration with no data;
create index interest_declaration_history_key on interest_declaration_history (declaration_id, superseded_at);
create index interest_declaration_by_date_history on interest_declaration_history (body_id, declared_on);

-- joining_correction
alter table joining_correction add column recorded_from timestamp with time zone;
update joining_correction set recorded_from = recorded_at;
alter table joining_correction alter column recorded_from set default current_timestamp;
alter table joining_correction alter column recorded_from set not null;
create table joining_correction_history as
  select joining_correction.*, cast(null as timestamp with time zone) as superseded_at
  from joining_correction with no data;
create index joining_correction_history_key on joining_correction_history (event_id, superseded_at);
create index joining_correction_of_partnership_history on joining_correction_history (partnership_id, tenure_id, recorded_at);

-- membership_correction
alter table membership_correction add column recorded_from timestamp with time zone;
update membership_correction set recorded_from = recorded_at;
alter table membership_correction alter column recorded_from set default current_timestamp;
alter table membership_correction alter column recorded_from set not null;
create table membership_correction_history as
  select membership_correction.*, cast(null as timestamp with time zone) as superseded_at
  from membership_correction with no data;
create index membership_correction_history_key on membership_correction_history (event_id, superseded_at);
create index membership_correction_of_membership_history on membership_correction_history (membership_id, recorded_at);

-- mou
alter table mou add column recorded_from timestamp with time zone;
update mou set recorded_from = recorded_at;
alter table mou alter column recorded_from set default current_timestamp;
alter table mou alter column recorded_from set not null;
create table mou_history as
  select mou.*, cast(null as timestamp with time zone) as superseded_at
  from mou with no data;
create index mou_history_key on mou_history (mou_id, superseded_at);
create index mou_by_partnership_history on mou_history (partnership_id, drafted_on);

-- mou_date_correction
alter table mou_date_correction add column recorded_from timestamp with time zone;
update mou_date_correction set recorded_from = recorded_at;
alter table mou_date_correction alter column recorded_from set default current_timestamp;
alter table mou_date_correction alter column recorded_from set not null;
create table mou_date_correction_history as
  select mou_date_correction.*, cast(null as timestamp with time zone) as superseded_at
  from mou_date_correction with no data;
create index mou_date_correction_history_key on mou_date_correction_history (event_id, superseded_at);
create index mou_date_correction_of_mou_history on mou_date_correction_history (mou_id, recorded_at);

-- mou_draft_correction
alter table mou_draft_correction add column recorded_from timestamp with time zone;
update mou_draft_correction set recorded_from = recorded_at;
alter table mou_draft_correction alter column recorded_from set default current_timestamp;
alter table mou_draft_correction alter column recorded_from set not null;
create table mou_draft_correction_history as
  select mou_draft_correction.*, cast(null as timestamp with time zone) as superseded_at
  from mou_draft_correction with no data;
create index mou_draft_correction_history_key on mou_draft_correction_history (event_id, superseded_at);
create index mou_draft_correction_of_version_history on mou_draft_correction_history (mou_id, version, recorded_at);

-- mou_draft_correction_schedule
alter table mou_draft_correction_schedule add column recorded_from timestamp with time zone;
update mou_draft_correction_schedule set recorded_from = timestamp with time zone '1970-01-01 00:00:00+00';
alter table mou_draft_correction_schedule alter column recorded_from set default current_timestamp;
alter table mou_draft_correction_schedule alter column recorded_from set not null;
create table mou_draft_correction_schedule_history as
  select mou_draft_correction_schedule.*, cast(null as timestamp with time zone) as superseded_at
  from mou_draft_correction_schedule with no data;
create index mou_draft_correction_schedule_history_key on mou_draft_correction_schedule_history (event_id, position, superseded_at);

-- mou_drafting_correction
alter table mou_drafting_correction add column recorded_from timestamp with time zone;
update mou_drafting_correction set recorded_from = recorded_at;
alter table mou_drafting_correction alter column recorded_from set default current_timestamp;
alter table mou_drafting_correction alter column recorded_from set not null;
create table mou_drafting_correction_history as
  select mou_drafting_correction.*, cast(null as timestamp with time zone) as superseded_at
  from mou_drafting_correction with no data;
create index mou_drafting_correction_history_key on mou_drafting_correction_history (event_id, superseded_at);
create index mou_drafting_correction_of_version_history on mou_drafting_correction_history (mou_id, version, recorded_at);

-- mou_drafting_correction_party
alter table mou_drafting_correction_party add column recorded_from timestamp with time zone;
update mou_drafting_correction_party set recorded_from = timestamp with time zone '1970-01-01 00:00:00+00';
alter table mou_drafting_correction_party alter column recorded_from set default current_timestamp;
alter table mou_drafting_correction_party alter column recorded_from set not null;
create table mou_drafting_correction_party_history as
  select mou_drafting_correction_party.*, cast(null as timestamp with time zone) as superseded_at
  from mou_drafting_correction_party with no data;
create index mou_drafting_correction_party_history_key on mou_drafting_correction_party_history (event_id, position, superseded_at);

-- mou_notice
alter table mou_notice add column recorded_from timestamp with time zone;
update mou_notice set recorded_from = recorded_at;
alter table mou_notice alter column recorded_from set default current_timestamp;
alter table mou_notice alter column recorded_from set not null;
create table mou_notice_history as
  select mou_notice.*, cast(null as timestamp with time zone) as superseded_at
  from mou_notice with no data;
create index mou_notice_history_key on mou_notice_history (mou_id, organisation_id, given_on, superseded_at);

-- mou_party
alter table mou_party add column recorded_from timestamp with time zone;
update mou_party set recorded_from = timestamp with time zone '1970-01-01 00:00:00+00';
alter table mou_party alter column recorded_from set default current_timestamp;
alter table mou_party alter column recorded_from set not null;
create table mou_party_history as
  select mou_party.*, cast(null as timestamp with time zone) as superseded_at
  from mou_party with no data;
create index mou_party_history_key on mou_party_history (mou_id, version, position, superseded_at);

-- mou_review
alter table mou_review add column recorded_from timestamp with time zone;
update mou_review set recorded_from = recorded_at;
alter table mou_review alter column recorded_from set default current_timestamp;
alter table mou_review alter column recorded_from set not null;
create table mou_review_history as
  select mou_review.*, cast(null as timestamp with time zone) as superseded_at
  from mou_review with no data;
create index mou_review_history_key on mou_review_history (mou_id, version, valid_from, superseded_at);

-- mou_review_correction
alter table mou_review_correction add column recorded_from timestamp with time zone;
update mou_review_correction set recorded_from = recorded_at;
alter table mou_review_correction alter column recorded_from set default current_timestamp;
alter table mou_review_correction alter column recorded_from set not null;
create table mou_review_correction_history as
  select mou_review_correction.*, cast(null as timestamp with time zone) as superseded_at
  from mou_review_correction with no data;
create index mou_review_correction_history_key on mou_review_correction_history (event_id, superseded_at);
create index mou_review_correction_of_version_history on mou_review_correction_history (mou_id, version, recorded_at);

-- mou_schedule
alter table mou_schedule add column recorded_from timestamp with time zone;
update mou_schedule set recorded_from = timestamp with time zone '1970-01-01 00:00:00+00';
alter table mou_schedule alter column recorded_from set default current_timestamp;
alter table mou_schedule alter column recorded_from set not null;
create table mou_schedule_history as
  select mou_schedule.*, cast(null as timestamp with time zone) as superseded_at
  from mou_schedule with no data;
create index mou_schedule_history_key on mou_schedule_history (mou_id, version, position, superseded_at);

-- mou_signature
alter table mou_signature add column recorded_from timestamp with time zone;
update mou_signature set recorded_from = recorded_at;
alter table mou_signature alter column recorded_from set default current_timestamp;
alter table mou_signature alter column recorded_from set not null;
create table mou_signature_history as
  select mou_signature.*, cast(null as timestamp with time zone) as superseded_at
  from mou_signature with no data;
create index mou_signature_history_key on mou_signature_history (mou_id, version, organisation_id, valid_from, superseded_at);
create index mou_signature_as_of_history on mou_signature_history (mou_id, version, valid_from, valid_to);
create index mou_signature_given_history on mou_signature_history (mou_id, signed_by);

-- mou_signature_correction
alter table mou_signature_correction add column recorded_from timestamp with time zone;
update mou_signature_correction set recorded_from = recorded_at;
alter table mou_signature_correction alter column recorded_from set default current_timestamp;
alter table mou_signature_correction alter column recorded_from set not null;
create table mou_signature_correction_history as
  select mou_signature_correction.*, cast(null as timestamp with time zone) as superseded_at
  from mou_signature_correction with no data;
create index mou_signature_correction_history_key on mou_signature_correction_history (event_id, superseded_at);
create index mou_signature_correction_of_mou_history on mou_signature_correction_history (mou_id, version, organisation_id, recorded_at);

-- mou_version
alter table mou_version add column recorded_from timestamp with time zone;
update mou_version set recorded_from = recorded_at;
alter table mou_version alter column recorded_from set default current_timestamp;
alter table mou_version alter column recorded_from set not null;
create table mou_version_history as
  select mou_version.*, cast(null as timestamp with time zone) as superseded_at
  from mou_version with no data;
create index mou_version_history_key on mou_version_history (mou_id, version, superseded_at);
create index mou_version_in_force_history on mou_version_history (mou_id, valid_from, valid_to);

-- notice_correction
alter table notice_correction add column recorded_from timestamp with time zone;
update notice_correction set recorded_from = recorded_at;
alter table notice_correction alter column recorded_from set default current_timestamp;
alter table notice_correction alter column recorded_from set not null;
create table notice_correction_history as
  select notice_correction.*, cast(null as timestamp with time zone) as superseded_at
  from notice_correction with no data;
create index notice_correction_history_key on notice_correction_history (event_id, superseded_at);
create index notice_correction_of_partnership_history on notice_correction_history (partnership_id, tenure_id, recorded_at);

-- organisation
alter table organisation add column recorded_from timestamp with time zone;
update organisation set recorded_from = recorded_at;
alter table organisation alter column recorded_from set default current_timestamp;
alter table organisation alter column recorded_from set not null;
create table organisation_history as
  select organisation.*, cast(null as timestamp with time zone) as superseded_at
  from organisation with no data;
create index organisation_history_key on organisation_history (organisation_id, superseded_at);

-- organisation_name
alter table organisation_name add column recorded_from timestamp with time zone;
update organisation_name set recorded_from = recorded_at;
alter table organisation_name alter column recorded_from set default current_timestamp;
alter table organisation_name alter column recorded_from set not null;
create table organisation_name_history as
  select organisation_name.*, cast(null as timestamp with time zone) as superseded_at
  from organisation_name with no data;
create index organisation_name_history_key on organisation_name_history (organisation_id, valid_from, superseded_at);
create index organisation_name_as_of_history on organisation_name_history (organisation_id, valid_from, valid_to);

-- partner_tenure
alter table partner_tenure add column recorded_from timestamp with time zone;
update partner_tenure set recorded_from = recorded_at;
alter table partner_tenure alter column recorded_from set default current_timestamp;
alter table partner_tenure alter column recorded_from set not null;
create table partner_tenure_history as
  select partner_tenure.*, cast(null as timestamp with time zone) as superseded_at
  from partner_tenure with no data;
create index partner_tenure_history_key on partner_tenure_history (id, superseded_at);
create index partner_tenure_as_of_history on partner_tenure_history (partnership_id, valid_from, valid_to);
create index partner_tenure_by_organisation_history on partner_tenure_history (organisation_id);

-- partnership
alter table partnership add column recorded_from timestamp with time zone;
update partnership set recorded_from = recorded_at;
alter table partnership alter column recorded_from set default current_timestamp;
alter table partnership alter column recorded_from set not null;
create table partnership_history as
  select partnership.*, cast(null as timestamp with time zone) as superseded_at
  from partnership with no data;
create index partnership_history_key on partnership_history (partnership_id, superseded_at);

-- registration_correction
alter table registration_correction add column recorded_from timestamp with time zone;
update registration_correction set recorded_from = recorded_at;
alter table registration_correction alter column recorded_from set default current_timestamp;
alter table registration_correction alter column recorded_from set not null;
create table registration_correction_history as
  select registration_correction.*, cast(null as timestamp with time zone) as superseded_at
  from registration_correction with no data;
create index registration_correction_history_key on registration_correction_history (event_id, superseded_at);
create index registration_correction_of_organisation_history on registration_correction_history (organisation_id, recorded_at);

-- renaming_correction
alter table renaming_correction add column recorded_from timestamp with time zone;
update renaming_correction set recorded_from = recorded_at;
alter table renaming_correction alter column recorded_from set default current_timestamp;
alter table renaming_correction alter column recorded_from set not null;
create table renaming_correction_history as
  select renaming_correction.*, cast(null as timestamp with time zone) as superseded_at
  from renaming_correction with no data;
create index renaming_correction_history_key on renaming_correction_history (event_id, superseded_at);
create index renaming_correction_of_organisation_history on renaming_correction_history (organisation_id);

-- replacement_correction
alter table replacement_correction add column recorded_from timestamp with time zone;
update replacement_correction set recorded_from = recorded_at;
alter table replacement_correction alter column recorded_from set default current_timestamp;
alter table replacement_correction alter column recorded_from set not null;
create table replacement_correction_history as
  select replacement_correction.*, cast(null as timestamp with time zone) as superseded_at
  from replacement_correction with no data;
create index replacement_correction_history_key on replacement_correction_history (event_id, superseded_at);
create index replacement_correction_of_body_history on replacement_correction_history (body_id, recorded_at);

-- reporting_line
alter table reporting_line add column recorded_from timestamp with time zone;
update reporting_line set recorded_from = recorded_at;
alter table reporting_line alter column recorded_from set default current_timestamp;
alter table reporting_line alter column recorded_from set not null;
create table reporting_line_history as
  select reporting_line.*, cast(null as timestamp with time zone) as superseded_at
  from reporting_line with no data;
create index reporting_line_history_key on reporting_line_history (id, superseded_at);
create index reporting_line_as_of_history on reporting_line_history (partnership_id, valid_from, valid_to);

-- reporting_line_correction
alter table reporting_line_correction add column recorded_from timestamp with time zone;
update reporting_line_correction set recorded_from = recorded_at;
alter table reporting_line_correction alter column recorded_from set default current_timestamp;
alter table reporting_line_correction alter column recorded_from set not null;
create table reporting_line_correction_history as
  select reporting_line_correction.*, cast(null as timestamp with time zone) as superseded_at
  from reporting_line_correction with no data;
create index reporting_line_correction_history_key on reporting_line_correction_history (event_id, superseded_at);
create index reporting_line_correction_of_partnership_history on reporting_line_correction_history (partnership_id, line_id, recorded_at);

-- reporting_line_end_correction
alter table reporting_line_end_correction add column recorded_from timestamp with time zone;
update reporting_line_end_correction set recorded_from = recorded_at;
alter table reporting_line_end_correction alter column recorded_from set default current_timestamp;
alter table reporting_line_end_correction alter column recorded_from set not null;
create table reporting_line_end_correction_history as
  select reporting_line_end_correction.*, cast(null as timestamp with time zone) as superseded_at
  from reporting_line_end_correction with no data;
create index reporting_line_end_correction_history_key on reporting_line_end_correction_history (event_id, superseded_at);
create index reporting_line_end_correction_of_partnership_history on reporting_line_end_correction_history (partnership_id, line_id, recorded_at);

-- status_date_correction
alter table status_date_correction add column recorded_from timestamp with time zone;
update status_date_correction set recorded_from = recorded_at;
alter table status_date_correction alter column recorded_from set default current_timestamp;
alter table status_date_correction alter column recorded_from set not null;
create table status_date_correction_history as
  select status_date_correction.*, cast(null as timestamp with time zone) as superseded_at
  from status_date_correction with no data;
create index status_date_correction_history_key on status_date_correction_history (event_id, superseded_at);
create index status_date_correction_of_body_history on status_date_correction_history (body_id);

-- terms_of_reference
alter table terms_of_reference add column recorded_from timestamp with time zone;
update terms_of_reference set recorded_from = recorded_at;
alter table terms_of_reference alter column recorded_from set default current_timestamp;
alter table terms_of_reference alter column recorded_from set not null;
create table terms_of_reference_history as
  select terms_of_reference.*, cast(null as timestamp with time zone) as superseded_at
  from terms_of_reference with no data;
create index terms_of_reference_history_key on terms_of_reference_history (body_id, version, superseded_at);
create index terms_of_reference_in_force_history on terms_of_reference_history (body_id, valid_from, valid_to);

-- terms_of_reference_correction
alter table terms_of_reference_correction add column recorded_from timestamp with time zone;
update terms_of_reference_correction set recorded_from = recorded_at;
alter table terms_of_reference_correction alter column recorded_from set default current_timestamp;
alter table terms_of_reference_correction alter column recorded_from set not null;
create table terms_of_reference_correction_history as
  select terms_of_reference_correction.*, cast(null as timestamp with time zone) as superseded_at
  from terms_of_reference_correction with no data;
create index terms_of_reference_correction_history_key on terms_of_reference_correction_history (event_id, superseded_at);
create index terms_of_reference_correction_of_version_history on terms_of_reference_correction_history (body_id, version, recorded_at);
