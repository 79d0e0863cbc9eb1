-- Memoranda of understanding (seeds/001 MoU §24-27): versions in force over time, their parties
-- and schedules, the signatures that bind them, review dates and notices to leave. Intervals are
-- half-open effective-date intervals [valid_from, valid_to). Where a change is dated the first
-- day of what it supersedes, the superseded row keeps an empty interval [d, d), which no date
-- falls in, so the record of what happened is never deleted.
create table mou (
  mou_id uuid not null primary key,
  partnership_id uuid not null,
  title varchar(1000) not null,
  initial_term_months integer,
  drafted_on date not null,
  -- the first day it is no longer in force
  terminated_on date,
  recorded_at timestamp with time zone not null,
  terminated_recorded_at timestamp with time zone
);
create index mou_by_partnership on mou (partnership_id, drafted_on);

-- Each version: drafted on a date, in force over [valid_from, valid_to) once its last party signed
-- (valid_from null while in draft), until the next version comes into force or the MoU ends.
create table mou_version (
  mou_id uuid not null,
  version integer not null,
  label varchar(1000),
  review_period_months integer,
  drafted_on date not null,
  -- the party whose leaving produced this version, if it was amended on leaving
  leaving_organisation_id uuid,
  valid_from date,
  valid_to date,
  recorded_at timestamp with time zone not null,
  in_force_recorded_at timestamp with time zone,
  primary key (mou_id, version),
  constraint mou_version_interval
    check (valid_to is null or (valid_from is not null and valid_from <= valid_to))
);
create index mou_version_in_force on mou_version (mou_id, valid_from, valid_to);

create table mou_party (
  mou_id uuid not null,
  version integer not null,
  position integer not null,
  organisation_id uuid not null,
  primary key (mou_id, version, position)
);

create table mou_schedule (
  mou_id uuid not null,
  version integer not null,
  position integer not null,
  title varchar(4000) not null,
  primary key (mou_id, version, position)
);

-- Who holds a party's signature of a version, over [valid_from, valid_to): the signing party from
-- the day it signed, a successor from the day of its predecessor's abolition (seeds/003 §2.1), a
-- remaining party's signature carried over to a version amended on another's leaving.
create table mou_signature (
  mou_id uuid not null,
  version integer not null,
  organisation_id uuid not null,
  signatory varchar(1000),
  signed_on date not null,
  -- the abolished party whose signature this was, if it passed by succession
  succeeded_from uuid,
  -- the version it was first given for, if carried over to this one
  carried_over_from integer,
  valid_from date not null,
  valid_to date,
  recorded_at timestamp with time zone not null,
  primary key (mou_id, version, organisation_id, valid_from),
  constraint mou_signature_interval check (valid_to is null or valid_from <= valid_to)
);
create index mou_signature_as_of on mou_signature (mou_id, version, valid_from, valid_to);

-- When a version in force must next be reviewed: set when it came into force (reviewed_on null)
-- and by each review.
create table mou_review (
  mou_id uuid not null,
  version integer not null,
  review_due date not null,
  reviewed_on date,
  valid_from date not null,
  valid_to date,
  recorded_at timestamp with time zone not null,
  primary key (mou_id, version, valid_from),
  constraint mou_review_interval check (valid_to is null or valid_from < valid_to)
);

-- Written notices to leave (seeds/001 MoU §26).
create table mou_notice (
  mou_id uuid not null,
  organisation_id uuid not null,
  given_on date not null,
  recorded_at timestamp with time zone not null,
  primary key (mou_id, organisation_id, given_on)
);
