-- An organisation's names over time, as half-open effective-date intervals [valid_from, valid_to):
-- the registered name from the day it was established, then one interval per renaming. The
-- organisation table keeps its latest name too, for lists and for dates before its registration.
create table organisation_name (
  organisation_id uuid not null,
  name varchar(1000) not null,
  valid_from date not null,
  valid_to date,
  recorded_at timestamp with time zone not null,
  primary key (organisation_id, valid_from),
  constraint organisation_name_interval check (valid_to is null or valid_from < valid_to)
);
create index organisation_name_as_of on organisation_name (organisation_id, valid_from, valid_to);

-- Abolition is a single date: the organisation exists up to, not including, it.
alter table organisation add column abolished_on date;
alter table organisation add column successor_id uuid;
alter table organisation add column abolished_recorded_at timestamp with time zone;

-- Organisations registered before this migration keep their registered name from their first day.
insert into organisation_name (organisation_id, name, valid_from, recorded_at)
select organisation_id, name, established_on, recorded_at from organisation;
