-- Corrections of a departure's date (docs/adr/0009): a leaving, or the succession (or going) of
-- an abolished partner, moves the end of its tenure (partner_tenure.id); a succession also moves
-- the start of the successor's tenure if the succession began it. What each said before is kept.
create table departure_correction (
  event_id uuid not null primary key,
  -- LEAVING (partnership.leaving-corrected) or SUCCESSION (partnership.succession-corrected)
  what varchar(20) not null,
  tenure_id uuid,
  partnership_id uuid not null,
  organisation_id uuid not null,
  successor_id uuid,
  successor_tenure_id uuid,
  corrected_event_id varchar(100) not null,
  reason varchar(4000),
  recorded_at timestamp with time zone not null,
  previous_valid_to date not null,
  valid_to date not null
);
create index departure_correction_of_partnership
  on departure_correction (partnership_id, organisation_id, recorded_at);

-- An organisation's abolition date, before and after each correction.
create table abolition_correction (
  event_id uuid not null primary key,
  organisation_id uuid not null,
  successor_id uuid,
  corrected_event_id varchar(100) not null,
  reason varchar(4000),
  recorded_at timestamp with time zone not null,
  previous_abolished_on date not null,
  abolished_on date not null
);
create index abolition_correction_of_organisation
  on abolition_correction (organisation_id, recorded_at);
