-- A body replaced by another on a date (seeds/001 MoU §9: the Partnership Executive replaces the
-- Integrated Care Board and the System Advisory Group). Several bodies can be replaced by one.
create table body_replacement (
  body_id uuid not null,
  replacement_body_id uuid not null,
  replaced_on date not null,
  recorded_at timestamp with time zone not null,
  primary key (body_id, replacement_body_id)
);
create index body_replacement_by_replacement on body_replacement (replacement_body_id);

-- How a body's chair is chosen, as half-open effective-date intervals [valid_from, valid_to).
create table chair_arrangement (
  body_id uuid not null,
  arrangement varchar(40) not null,
  valid_from date not null,
  valid_to date,
  recorded_at timestamp with time zone not null,
  primary key (body_id, valid_from),
  constraint chair_arrangement_interval check (valid_to is null or valid_from < valid_to)
);
create index chair_arrangement_in_force on chair_arrangement (body_id, valid_from, valid_to);

-- The turns of a rotating chair (seeds/003 §4.5.3), belonging to the arrangement that began on
-- arrangement_from: each turn runs from its date up to the next turn's, the last one open.
create table chair_turn (
  body_id uuid not null,
  arrangement_from date not null,
  position integer not null,
  organisation_id uuid not null,
  valid_from date not null,
  valid_to date,
  primary key (body_id, arrangement_from, position)
);
