-- Corrections of a partnership's formation date (DOMAIN.md rule 7, ADR 9). As in V10 to V14 the
-- read model shows the corrected facts in place: the partnership's formed_on, and the first day of
-- each founding partner's tenure that moved with the formation. These tables keep what every such
-- correction replaced and what it put instead, why, and when the ledger recorded it. Each row is
-- keyed by the correcting event's id; corrected_event_id names the event whose facts it replaced.

create table formation_date_correction (
  event_id uuid not null primary key,
  partnership_id uuid not null,
  corrected_event_id varchar(100) not null,
  reason varchar(4000),
  recorded_at timestamp with time zone not null,
  previous_formed_on date not null,
  formed_on date not null
);
create index formation_date_correction_of_partnership
  on formation_date_correction (partnership_id, recorded_at);

-- The founders' tenures a correction moved, in the order the event names them, each with the first
-- day it had before.
create table formation_date_correction_tenure (
  event_id uuid not null,
  tenure_id uuid not null,
  position integer not null,
  organisation_id uuid not null,
  previous_valid_from date not null,
  valid_from date not null,
  primary key (event_id, tenure_id)
);
create index formation_date_correction_tenure_of_tenure
  on formation_date_correction_tenure (tenure_id);
