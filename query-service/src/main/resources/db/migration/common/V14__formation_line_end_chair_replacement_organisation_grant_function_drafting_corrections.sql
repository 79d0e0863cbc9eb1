-- Corrections of a partnership's formation, a reporting line's end, a chair arrangement, a body's
-- replacement, an appointment's organisation, a delegation's grant (function, delegator, date), a
-- decision's function, and an MoU version's parties and draft date (DOMAIN.md rule 7, ADR 9). As in
-- V10 to V12 the read models show each corrected fact in place, and these tables keep what every
-- correction replaced and what it put instead, why, and when the ledger recorded it. Each row is
-- keyed by the correcting event's id; corrected_event_id names the event whose facts it replaced.

create table formation_correction (
  event_id uuid not null primary key,
  partnership_id uuid not null,
  corrected_event_id varchar(100) not null,
  reason varchar(4000),
  recorded_at timestamp with time zone not null,
  previous_name varchar(1000) not null,
  previous_place varchar(1000) not null,
  name varchar(1000) not null,
  place varchar(1000) not null
);
create index formation_correction_of_partnership
  on formation_correction (partnership_id, recorded_at);

-- The ending (or its latest correction) whose day a reporting line's valid_to holds; null while
-- it holds the ending's own day, or the line is open.
alter table reporting_line add column ended_by uuid;

create table reporting_line_end_correction (
  event_id uuid not null primary key,
  line_id uuid not null,
  partnership_id uuid not null,
  corrected_event_id varchar(100) not null,
  reason varchar(4000),
  recorded_at timestamp with time zone not null,
  previous_valid_to date not null,
  valid_to date not null
);
create index reporting_line_end_correction_of_partnership
  on reporting_line_end_correction (partnership_id, line_id, recorded_at);

-- The arrangement-set event (or its latest correction) whose facts a chair arrangement holds; null
-- for rows written before V14.
alter table chair_arrangement add column recorded_by uuid;

-- arrangement_id: the chair-arrangement-set event that first recorded the arrangement, so that
-- all corrections of one arrangement are found together wherever its first day moves.
alter table chair_arrangement add column arrangement_id uuid;

create table chair_arrangement_correction (
  event_id uuid not null primary key,
  body_id uuid not null,
  arrangement_id uuid,
  corrected_event_id varchar(100) not null,
  reason varchar(4000),
  recorded_at timestamp with time zone not null,
  previous_arrangement varchar(40) not null,
  previous_valid_from date not null,
  arrangement varchar(40) not null,
  valid_from date not null
);
create index chair_arrangement_correction_of_body
  on chair_arrangement_correction (body_id, recorded_at);

-- The turns of the arrangement before each correction.
create table chair_arrangement_correction_turn (
  event_id uuid not null,
  position integer not null,
  organisation_id uuid not null,
  valid_from date not null,
  primary key (event_id, position)
);

-- The replacement event (or its latest correction) whose facts a replacement row holds.
alter table body_replacement add column recorded_by uuid;

create table replacement_correction (
  event_id uuid not null primary key,
  body_id uuid not null,
  corrected_event_id varchar(100) not null,
  reason varchar(4000),
  recorded_at timestamp with time zone not null,
  previous_replacement_body_id uuid not null,
  replacement_body_id uuid not null,
  replaced_on date not null
);
create index replacement_correction_of_body on replacement_correction (body_id, recorded_at);

create table appointment_organisation_correction (
  event_id uuid not null primary key,
  membership_id uuid not null,
  body_id uuid not null,
  corrected_event_id varchar(100) not null,
  reason varchar(4000),
  recorded_at timestamp with time zone not null,
  previous_organisation_id uuid,
  organisation_id uuid
);
create index appointment_organisation_correction_of_body
  on appointment_organisation_correction (body_id, membership_id, recorded_at);

-- A grant's correction (delegation_correction.what = GRANT) keeps the function and delegator it
-- replaced and those it put instead, beside the days (previous_date, corrected_date).
alter table delegation_correction add column previous_function_code varchar(1000);
alter table delegation_correction add column previous_delegator_id uuid;
alter table delegation_correction add column function_code varchar(1000);
alter table delegation_correction add column delegator_id uuid;

-- A decision's function before each correction (DecisionCorrected and DecisionFunctionCorrected).
alter table decision_correction add column previous_function varchar(1000);

-- An MoU version's draft date and parties before each correction of its drafting.
create table mou_drafting_correction (
  event_id uuid not null primary key,
  mou_id uuid not null,
  version integer not null,
  corrected_event_id varchar(100) not null,
  reason varchar(4000),
  recorded_at timestamp with time zone not null,
  previous_drafted_on date not null,
  drafted_on date not null
);
create index mou_drafting_correction_of_version
  on mou_drafting_correction (mou_id, version, recorded_at);

create table mou_drafting_correction_party (
  event_id uuid not null,
  position integer not null,
  organisation_id uuid not null,
  primary key (event_id, position)
);
