-- The departure-date corrections of V15 and V16 versioned like every read-model table (V20, ADR 10):
-- they were written beside V20, so their tables come after it. Triggers: V25, per vendor.

-- departure_correction
alter table departure_correction add column recorded_from timestamp with time zone;
update departure_correction set recorded_from = recorded_at;
alter table departure_correction alter column recorded_from set default current_timestamp;
alter table departure_correction alter column recorded_from set not null;
create table departure_correction_history as
  select departure_correction.*, cast(null as timestamp with time zone) as superseded_at
  from departure_correction with no data;
create index departure_correction_history_key on departure_correction_history (event_id, superseded_at);
create index departure_correction_of_partnership_history on departure_correction_history (partnership_id, organisation_id, recorded_at);

-- abolition_correction
alter table abolition_correction add column recorded_from timestamp with time zone;
update abolition_correction set recorded_from = recorded_at;
alter table abolition_correction alter column recorded_from set default current_timestamp;
alter table abolition_correction alter column recorded_from set not null;
create table abolition_correction_history as
  select abolition_correction.*, cast(null as timestamp with time zone) as superseded_at
  from abolition_correction with no data;
create index abolition_correction_history_key on abolition_correction_history (event_id, superseded_at);
create index abolition_correction_of_organisation_history on abolition_correction_history (organisation_id, recorded_at);

-- mou_departure_correction
alter table mou_departure_correction add column recorded_from timestamp with time zone;
update mou_departure_correction set recorded_from = recorded_at;
alter table mou_departure_correction alter column recorded_from set default current_timestamp;
alter table mou_departure_correction alter column recorded_from set not null;
create table mou_departure_correction_history as
  select mou_departure_correction.*, cast(null as timestamp with time zone) as superseded_at
  from mou_departure_correction with no data;
create index mou_departure_correction_history_key on mou_departure_correction_history (event_id, superseded_at);
create index mou_departure_correction_of_mou_history on mou_departure_correction_history (mou_id, recorded_at);
