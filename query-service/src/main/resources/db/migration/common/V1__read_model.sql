-- The query side's read models, rebuilt from the governance events on Kafka. Portable SQL for H2
-- and PostgreSQL ("timestamp with time zone" is timestamptz on PostgreSQL).
-- Effective dates are half-open intervals [valid_from, valid_to): valid_from inclusive, valid_to
-- exclusive, null = still open. recorded_at columns keep when the ledger learned each fact, so that
-- "as recorded at" queries can be added by superseding rows (a superseded_at column) without
-- losing history.
-- Text columns are wider than the command side's request limits: the event contract sets no limit,
-- and a read model must never refuse an event it could store.

create table organisation (
  organisation_id uuid not null primary key,
  name varchar(1000) not null,
  kind varchar(40) not null,
  statutory_body boolean not null,
  established_on date not null,
  recorded_at timestamp with time zone not null
);

create table partnership (
  partnership_id uuid not null primary key,
  name varchar(1000) not null,
  place varchar(1000) not null,
  formed_on date not null,
  recorded_at timestamp with time zone not null
);

-- One row per spell as a partner. No foreign keys: the organisation arrives on another partition
-- and may come after its first tenure, and a read model must never refuse an event it can store.
create table partner_tenure (
  -- the id of the partner-joined event that opened the tenure
  id uuid not null primary key,
  partnership_id uuid not null,
  organisation_id uuid not null,
  valid_from date not null,
  valid_to date,
  notice_given_on date,
  intended_leaving_date date,
  -- when the joining was recorded, and when the leaving was
  recorded_at timestamp with time zone not null,
  ended_recorded_at timestamp with time zone,
  constraint partner_tenure_interval check (valid_to is null or valid_from < valid_to)
);

-- "Who were the partners of P on D": the partnership, then the interval.
create index partner_tenure_as_of on partner_tenure (partnership_id, valid_from, valid_to);
create index partner_tenure_by_organisation on partner_tenure (organisation_id);

-- The last event applied per aggregate: how a redelivered or stale event is recognised.
create table projection_position (
  aggregate_id varchar(100) not null primary key,
  aggregate_type varchar(40) not null,
  last_sequence bigint not null,
  last_event_id uuid not null,
  updated_at timestamp with time zone not null
);
