-- Succession of a partner (an abolished CCG by its ICB, seeds/003 §2.1): the predecessor's tenure
-- ends on the date and names its successor; a tenure opened by the succession names its
-- predecessor.
alter table partner_tenure add column successor_id uuid;
alter table partner_tenure add column predecessor_id uuid;

-- Reporting lines between a partnership's bodies (seeds/001 Appendix 2 and 3), one row per line
-- drawn, as half-open effective-date intervals [valid_from, valid_to).
create table reporting_line (
  -- the id of the reporting-line-drawn event
  id uuid not null primary key,
  partnership_id uuid not null,
  from_body_id uuid not null,
  to_body_id uuid not null,
  kind varchar(40) not null,
  valid_from date not null,
  valid_to date,
  recorded_at timestamp with time zone not null,
  ended_recorded_at timestamp with time zone,
  constraint reporting_line_interval check (valid_to is null or valid_from < valid_to)
);

-- "Which lines were drawn in partnership P on D": the partnership, then the interval.
create index reporting_line_as_of on reporting_line (partnership_id, valid_from, valid_to);
