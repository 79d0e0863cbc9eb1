-- Corrections of renamings, notices, reporting lines, a body's establishment, role changes,
-- membership ends, delegation terms and change dates, declarations, recommendations, MoU drafts,
-- reviews, notices and termination dates (DOMAIN.md rule 7, ADR 9). As in V10 and V11, the read
-- models show each corrected fact in place, and these tables keep what every correction replaced
-- and what it put instead, why, and when the ledger recorded it. Each row is keyed by the
-- correcting event's id; corrected_event_id names the event whose facts it replaced (the first
-- record, or the previous correction), as the ledger gave it.
--
-- Where a correction names its fact only by an event id, the rows that event wrote now keep it
-- (*recorded_by, *_by columns: the event whose facts the row holds, replaced by each correction's
-- id). Rows written before this migration are not back-filled: their columns stay null, and the
-- projector finds their fact by the date the correction says it was recorded with instead.

-- A renaming's name interval: the renaming (or its latest correction) it holds; null for the
-- registered name, which RegistrationCorrected corrects, and for intervals written before V12.
alter table organisation_name add column recorded_by uuid;

create table renaming_correction (
  event_id uuid not null primary key,
  organisation_id uuid not null,
  corrected_event_id varchar(100) not null,
  reason varchar(4000),
  recorded_at timestamp with time zone not null,
  previous_name varchar(1000) not null,
  previous_valid_from date not null,
  name varchar(1000) not null,
  valid_from date not null
);
create index renaming_correction_of_organisation on renaming_correction (organisation_id);

-- The notice written on a tenure: the notice (or its latest correction) it holds.
alter table partner_tenure add column notice_recorded_by uuid;

create table notice_correction (
  event_id uuid not null primary key,
  tenure_id uuid not null,
  partnership_id uuid not null,
  organisation_id uuid not null,
  corrected_event_id varchar(100) not null,
  reason varchar(4000),
  recorded_at timestamp with time zone not null,
  previous_given_on date not null,
  previous_intended_leaving_date date,
  given_on date not null,
  intended_leaving_date date
);
create index notice_correction_of_partnership
  on notice_correction (partnership_id, tenure_id, recorded_at);

-- A reporting line's latest correction; null while it holds what was drawn (reporting_line.id).
alter table reporting_line add column recorded_by uuid;

create table reporting_line_correction (
  event_id uuid not null primary key,
  line_id uuid not null,
  partnership_id uuid not null,
  corrected_event_id varchar(100) not null,
  reason varchar(4000),
  recorded_at timestamp with time zone not null,
  previous_kind varchar(40) not null,
  previous_valid_from date not null,
  kind varchar(40) not null,
  valid_from date not null
);
create index reporting_line_correction_of_partnership
  on reporting_line_correction (partnership_id, line_id, recorded_at);

-- A body's name, type and host, before and after each correction of its establishment.
create table establishment_correction (
  event_id uuid not null primary key,
  body_id uuid not null,
  corrected_event_id varchar(100) not null,
  reason varchar(4000),
  recorded_at timestamp with time zone not null,
  previous_name varchar(1000) not null,
  previous_type varchar(100) not null,
  previous_host_organisation_id uuid,
  name varchar(1000) not null,
  type varchar(100) not null,
  host_organisation_id uuid
);
create index establishment_correction_of_body on establishment_correction (body_id, recorded_at);

-- A role period: the appointment or role change (or its latest correction) that began it, and
-- the ending (or its latest correction) that closed it.
alter table body_member_role add column recorded_by uuid;
alter table body_member_role add column ended_by uuid;

-- A role change's role and day, or a membership's end day, before and after each correction:
-- what is ROLE_CHANGE or MEMBERSHIP_END; the roles are null for an end.
create table membership_correction (
  event_id uuid not null primary key,
  membership_id uuid not null,
  body_id uuid not null,
  what varchar(20) not null,
  corrected_event_id varchar(100) not null,
  reason varchar(4000),
  recorded_at timestamp with time zone not null,
  previous_role varchar(20),
  previous_date date not null,
  role varchar(20),
  corrected_date date not null
);
create index membership_correction_of_membership
  on membership_correction (membership_id, recorded_at);

-- A terms version's scope, conditions and approval are those recorded by one event: its grant or
-- variation (terms_id, while this is null), or the latest correction of them, whose conditions
-- delegation_condition keeps under its id, as it keeps a grant's under the grant's.
alter table delegation_terms add column terms_recorded_by uuid;
-- The variation's or revocation's latest date correction; null while it holds its own date.
alter table delegation_act add column dated_by uuid;

-- What a correction of a delegation's terms (what = TERMS) or of a change's date (CHANGE_DATE)
-- replaced and put instead. For TERMS: the scope, the approval, and the event whose conditions
-- and approval the version had (previous_terms_recorded_by); for CHANGE_DATE: the two days.
create table delegation_correction (
  event_id uuid not null primary key,
  delegation_id uuid not null,
  what varchar(20) not null,
  corrected_event_id varchar(100) not null,
  reason varchar(4000),
  recorded_at timestamp with time zone not null,
  terms_id uuid,
  previous_scope varchar(4000),
  previous_terms_recorded_by uuid,
  scope varchar(4000),
  approved_by varchar(1000),
  approved_on date,
  approval_reference varchar(1000),
  corrected_act_id uuid,
  previous_date date,
  corrected_date date
);
create index delegation_correction_of_delegation
  on delegation_correction (delegation_id, recorded_at);

-- A declaration of interest, before and after each correction.
create table declaration_correction (
  event_id uuid not null primary key,
  declaration_id uuid not null,
  body_id uuid not null,
  corrected_event_id varchar(100) not null,
  reason varchar(4000),
  recorded_at timestamp with time zone not null,
  previous_matter varchar(1000),
  previous_interest varchar(4000),
  previous_declared_on date not null,
  matter varchar(1000),
  interest varchar(4000),
  declared_on date not null
);
create index declaration_correction_of_declaration
  on declaration_correction (declaration_id, recorded_at);

-- A recommendation's corrections are kept with a decision's, in decision_correction, with whom it
-- was recommended to before.
alter table decision_correction add column previous_recommended_to varchar(1000);

-- An MoU version's drafted facts, before each correction; its schedules then in the next table.
create table mou_draft_correction (
  event_id uuid not null primary key,
  mou_id uuid not null,
  version integer not null,
  corrected_event_id varchar(100) not null,
  reason varchar(4000),
  recorded_at timestamp with time zone not null,
  previous_title varchar(1000) not null,
  previous_label varchar(1000),
  previous_initial_term_months integer,
  previous_review_period_months integer,
  title varchar(1000) not null,
  label varchar(1000),
  initial_term_months integer,
  review_period_months integer
);
create index mou_draft_correction_of_version on mou_draft_correction (mou_id, version, recorded_at);

create table mou_draft_correction_schedule (
  event_id uuid not null,
  position integer not null,
  title varchar(4000) not null,
  primary key (event_id, position)
);

-- A review's row: the review or coming into force (or its latest correction) that set it.
alter table mou_review add column recorded_by uuid;

create table mou_review_correction (
  event_id uuid not null primary key,
  mou_id uuid not null,
  version integer not null,
  corrected_event_id varchar(100) not null,
  reason varchar(4000),
  recorded_at timestamp with time zone not null,
  previous_reviewed_on date not null,
  previous_review_due date not null,
  reviewed_on date not null,
  review_due date not null
);
create index mou_review_correction_of_version
  on mou_review_correction (mou_id, version, recorded_at);

-- A notice to leave, and a termination: the event (or its latest correction) whose date they hold.
alter table mou_notice add column recorded_by uuid;
alter table mou add column terminated_by uuid;

-- A notice's or the termination's day (what = NOTICE or TERMINATION), before and after each
-- correction; organisation_id is the party that gave the notice.
create table mou_date_correction (
  event_id uuid not null primary key,
  mou_id uuid not null,
  what varchar(20) not null,
  organisation_id uuid,
  corrected_event_id varchar(100) not null,
  reason varchar(4000),
  recorded_at timestamp with time zone not null,
  previous_date date not null,
  corrected_date date not null
);
create index mou_date_correction_of_mou on mou_date_correction (mou_id, recorded_at);
