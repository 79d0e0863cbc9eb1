-- The event log: every projected event as it came, with its envelope, for the audit trail and the
-- history of each organisation, partnership, body, MoU and delegation (issue 4, items 2 and 3;
-- docs/adr/0011). Append-only: written once per event in the intake's transaction, never updated
-- or deleted, so it needs no history versioning of its own.

create table event_log (
  event_id uuid not null primary key,
  -- the logical name and revision, such as body.delegation-granted.v1
  event_type varchar(200) not null,
  aggregate_type varchar(40) not null,
  aggregate_id varchar(100) not null,
  aggregate_sequence bigint not null,
  effective_date date not null,
  recorded_at timestamp with time zone not null,
  -- who recorded the act, for which organisation and why (CloudEvents extensions actor,
  -- onbehalfof, reason); null where the envelope did not say
  actor varchar(1000),
  on_behalf_of varchar(1000),
  reason varchar(4000),
  -- for a correction, the event whose facts it replaced, as the ledger gave it
  corrected_event_id varchar(100),
  -- the event type and its key facts in words, for a reader who does not parse the payload
  summary varchar(4000) not null,
  -- the event's JSON as published (varchar rather than a LOB: portable, and read as a string)
  payload varchar(1000000) not null
);

-- The audit trail in the order recorded, with a stable order for recordings in the same instant.
create index event_log_by_recorded_at on event_log (recorded_at, event_id);
-- Actor and on-behalf-of are compared ignoring case, which H2 cannot index portably: those filters
-- scan, within the recording period when one is given.
-- "Which later corrections name this event?"
create index event_log_by_corrected_event on event_log (corrected_event_id);

-- The entities each event names (organisation, partnership, body, mou, delegation), its own
-- aggregate among them: found in the event's typed ids, so a new event needs no entry here.
create table event_entity (
  event_id uuid not null,
  entity_kind varchar(20) not null,
  entity_id uuid not null,
  primary key (event_id, entity_kind, entity_id)
);

create index event_entity_by_entity on event_entity (entity_kind, entity_id, event_id);
