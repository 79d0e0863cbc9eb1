-- Corrections of a registration, a joining date, terms of reference and an MoU signature
-- (DOMAIN.md rule 7, ADR 9). As in V10, the read models show each corrected fact in place, and
-- these tables keep what every correction replaced and what it put instead, why, and when the
-- ledger recorded it. Each row is keyed by the correcting event's id; corrected_event_id names the
-- event whose facts it replaced (the first record, or the previous correction), as the ledger gave
-- it.

-- An organisation's registered name and establishment date, before and after each correction.
create table registration_correction (
  event_id uuid not null primary key,
  organisation_id uuid not null,
  corrected_event_id varchar(100) not null,
  reason varchar(4000),
  recorded_at timestamp with time zone not null,
  previous_name varchar(1000) not null,
  previous_established_on date not null,
  name varchar(1000) not null,
  established_on date not null
);
create index registration_correction_of_organisation
  on registration_correction (organisation_id, recorded_at);

-- The first day of a tenure (partner_tenure.id), before and after each correction of its joining.
create table joining_correction (
  event_id uuid not null primary key,
  tenure_id uuid not null,
  partnership_id uuid not null,
  organisation_id uuid not null,
  corrected_event_id varchar(100) not null,
  reason varchar(4000),
  recorded_at timestamp with time zone not null,
  previous_valid_from date not null,
  valid_from date not null
);
create index joining_correction_of_partnership
  on joining_correction (partnership_id, tenure_id, recorded_at);

-- A version of a body's terms of reference, before and after each correction.
create table terms_of_reference_correction (
  event_id uuid not null primary key,
  body_id uuid not null,
  version integer not null,
  corrected_event_id varchar(100) not null,
  reason varchar(4000),
  recorded_at timestamp with time zone not null,
  previous_title varchar(1000) not null,
  previous_reference varchar(1000) not null,
  previous_adopted_on date not null,
  title varchar(1000) not null,
  reference varchar(1000) not null,
  adopted_on date not null
);
create index terms_of_reference_correction_of_version
  on terms_of_reference_correction (body_id, version, recorded_at);

-- A signature as its party gave it for a version, before and after each correction.
create table mou_signature_correction (
  event_id uuid not null primary key,
  mou_id uuid not null,
  version integer not null,
  organisation_id uuid not null,
  corrected_event_id varchar(100) not null,
  reason varchar(4000),
  recorded_at timestamp with time zone not null,
  previous_signatory varchar(1000),
  previous_signed_on date not null,
  signatory varchar(1000),
  signed_on date not null
);
create index mou_signature_correction_of_mou
  on mou_signature_correction (mou_id, version, organisation_id, recorded_at);

-- The party that gave a signature: the holder for the signing itself, copied when the signature is
-- carried over to a later version or passed to a successor, so that a correction reaches every
-- copy. With the version it was given for (coalesce(carried_over_from, version)) it names one
-- signature. Rows written before this migration: a signing holds its own signature; a signature
-- passed on was given by whoever gave the predecessor's copy of the same signature (followed
-- through up to three successions), or else by the predecessor.
alter table mou_signature add column signed_by uuid;
update mou_signature set signed_by = organisation_id where succeeded_from is null;
update mou_signature s set signed_by = (select p.signed_by from mou_signature p
  where p.mou_id = s.mou_id and p.organisation_id = s.succeeded_from
  and coalesce(p.carried_over_from, p.version) = coalesce(s.carried_over_from, s.version)
  and p.signed_on = s.signed_on and p.signed_by is not null
  fetch first 1 rows only)
where s.signed_by is null;
update mou_signature s set signed_by = (select p.signed_by from mou_signature p
  where p.mou_id = s.mou_id and p.organisation_id = s.succeeded_from
  and coalesce(p.carried_over_from, p.version) = coalesce(s.carried_over_from, s.version)
  and p.signed_on = s.signed_on and p.signed_by is not null
  fetch first 1 rows only)
where s.signed_by is null;
update mou_signature s set signed_by = (select p.signed_by from mou_signature p
  where p.mou_id = s.mou_id and p.organisation_id = s.succeeded_from
  and coalesce(p.carried_over_from, p.version) = coalesce(s.carried_over_from, s.version)
  and p.signed_on = s.signed_on and p.signed_by is not null
  fetch first 1 rows only)
where s.signed_by is null;
update mou_signature set signed_by = succeeded_from where signed_by is null;
alter table mou_signature alter column signed_by set not null;
create index mou_signature_given on mou_signature (mou_id, signed_by);
