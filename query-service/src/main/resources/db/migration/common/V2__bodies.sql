-- Governance bodies: what they are, their status over time and their terms of reference over
-- time, each as half-open effective-date intervals [valid_from, valid_to).
create table body (
  body_id uuid not null primary key,
  partnership_id uuid not null,
  name varchar(1000) not null,
  type varchar(100) not null,
  host_organisation_id uuid,
  established_on date not null,
  recorded_at timestamp with time zone not null
);
create index body_partnership on body (partnership_id, established_on);

create table body_parent (
  body_id uuid not null,
  parent_body_id uuid not null,
  primary key (body_id, parent_body_id)
);

create table body_status (
  body_id uuid not null,
  status varchar(20) not null,
  valid_from date not null,
  valid_to date,
  recorded_at timestamp with time zone not null,
  primary key (body_id, valid_from),
  constraint body_status_interval check (valid_to is null or valid_from < valid_to)
);

create table terms_of_reference (
  body_id uuid not null,
  version integer not null,
  title varchar(1000) not null,
  reference varchar(1000) not null,
  valid_from date not null,
  valid_to date,
  recorded_at timestamp with time zone not null,
  primary key (body_id, version)
);
create index terms_of_reference_in_force on terms_of_reference (body_id, valid_from, valid_to);
