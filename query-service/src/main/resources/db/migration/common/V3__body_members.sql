-- Who sits on a governance body: one row per membership per role held, as half-open
-- effective-date intervals [valid_from, valid_to). An appointment opens a period, a role change
-- closes the open one on its date and opens the next, an ending closes the open one. The person
-- and organisation are repeated on each period so that an as-of look-up is a single row.
-- No foreign keys: the organisation arrives on another partition and may come later.
create table body_member_role (
  membership_id uuid not null,
  body_id uuid not null,
  person_name varchar(1000) not null,
  organisation_id uuid,
  role varchar(20) not null,
  valid_from date not null,
  valid_to date,
  recorded_at timestamp with time zone not null,
  primary key (membership_id, valid_from),
  constraint body_member_role_interval check (valid_to is null or valid_from < valid_to)
);

-- "Who sat on body B on D": the body, then the interval.
create index body_member_role_as_of on body_member_role (body_id, valid_from, valid_to);
