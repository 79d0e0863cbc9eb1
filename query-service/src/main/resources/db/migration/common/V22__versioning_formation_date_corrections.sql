-- The formation date corrections of V17 versioned like every read-model table (V20, ADR 10): V17
-- was written beside V20, so its tables come after it. Triggers: V23, per vendor.

-- formation_date_correction
alter table formation_date_correction add column recorded_from timestamp with time zone;
update formation_date_correction set recorded_from = recorded_at;
alter table formation_date_correction alter column recorded_from set default current_timestamp;
alter table formation_date_correction alter column recorded_from set not null;
create table formation_date_correction_history as
  select formation_date_correction.*, cast(null as timestamp with time zone) as superseded_at
  from formation_date_correction with no data;
create index formation_date_correction_history_key
  on formation_date_correction_history (event_id, superseded_at);
create index formation_date_correction_of_partnership_history
  on formation_date_correction_history (partnership_id, recorded_at);

-- formation_date_correction_tenure: read through its correction, like V20's child rows
alter table formation_date_correction_tenure add column recorded_from timestamp with time zone;
update formation_date_correction_tenure set recorded_from = timestamp with time zone '1970-01-01 00:00:00+00';
alter table formation_date_correction_tenure alter column recorded_from set default current_timestamp;
alter table formation_date_correction_tenure alter column recorded_from set not null;
create table formation_date_correction_tenure_history as
  select formation_date_correction_tenure.*, cast(null as timestamp with time zone) as superseded_at
  from formation_date_correction_tenure with no data;
create index formation_date_correction_tenure_history_key
  on formation_date_correction_tenure_history (event_id, tenure_id, superseded_at);
create index formation_date_correction_tenure_of_tenure_history
  on formation_date_correction_tenure_history (tenure_id);
