-- Corrections of a departure's date as an MoU records them (docs/adr/0009): the version amended on
-- a party's leaving comes into force on another day, with a revised review date
-- (AMENDMENT_ON_LEAVING), or a party's signature passes to its successor on another day
-- (SIGNATURE_SUCCESSION). What each said before is kept.
create table mou_departure_correction (
  event_id uuid not null primary key,
  mou_id uuid not null,
  version integer not null,
  what varchar(30) not null,
  organisation_id uuid not null,
  successor_id uuid,
  corrected_event_id varchar(100) not null,
  reason varchar(4000),
  recorded_at timestamp with time zone not null,
  previous_date date not null,
  corrected_date date not null,
  previous_review_due date,
  review_due date
);
create index mou_departure_correction_of_mou on mou_departure_correction (mou_id, recorded_at);
