-- Corrections (DOMAIN.md rule 7). The read models show each corrected fact in place; these
-- tables keep what every correction replaced, why, and when the ledger recorded it, so that an
-- auditor can still see what was first recorded. Each row is keyed by the correcting event's id;
-- corrected_event_id names the event whose facts it replaced (the first record, or the previous
-- correction), as the ledger gave it.

-- A decision as it stood before each correction of it.
create table decision_correction (
  event_id uuid not null primary key,
  decision_id uuid not null,
  corrected_event_id varchar(100) not null,
  reason varchar(4000),
  recorded_at timestamp with time zone not null,
  previous_subject varchar(4000),
  previous_delegation_id uuid,
  previous_delegator_id uuid,
  previous_limit_kind varchar(40),
  previous_amount numeric(19, 2),
  previous_decided_on date not null
);
create index decision_correction_of_decision on decision_correction (decision_id, recorded_at);

-- The members who abstained on the decision before the correction.
create table decision_correction_abstention (
  event_id uuid not null,
  position integer not null,
  membership_id uuid not null,
  primary key (event_id, position)
);

-- An appointment's person and first day, before and after each correction.
create table appointment_correction (
  event_id uuid not null primary key,
  membership_id uuid not null,
  body_id uuid not null,
  corrected_event_id varchar(100) not null,
  reason varchar(4000),
  recorded_at timestamp with time zone not null,
  previous_person_name varchar(1000) not null,
  previous_valid_from date not null,
  person_name varchar(1000) not null,
  valid_from date not null
);
create index appointment_correction_of_membership on appointment_correction (membership_id);

-- A status moved from the day it was recorded with to the corrected day. The moved body_status
-- row keeps the recorded_at of the status itself.
create table status_date_correction (
  event_id uuid not null primary key,
  body_id uuid not null,
  corrected_event_id varchar(100) not null,
  status varchar(20) not null,
  previous_date date not null,
  corrected_date date not null,
  reason varchar(4000),
  recorded_at timestamp with time zone not null
);
create index status_date_correction_of_body on status_date_correction (body_id);

-- A terms version's limits are those recorded by one event: its grant or variation, or the latest
-- correction of them. delegation_limit.terms_id therefore names the event that recorded the limits,
-- which for a grant or variation is the terms version's own id, as before; the limits a correction
-- replaced stay under the event that recorded them, shown on that act of the timeline.
alter table delegation_terms add column limits_recorded_by uuid;
update delegation_terms set limits_recorded_by = terms_id;
alter table delegation_terms alter column limits_recorded_by set not null;

-- For a LIMITS_CORRECTED act: why, and the event whose limits it replaced.
alter table delegation_act add column reason varchar(4000);
alter table delegation_act add column corrected_event_id varchar(100);
