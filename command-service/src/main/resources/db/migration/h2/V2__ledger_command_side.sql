-- Organisations as other aggregates need to see them, written in the same transaction as the
-- events (docs/adr/0004).
create table organisation_directory (
  organisation_id varchar(36) not null primary key,
  name varchar(200) not null,
  statutory_body boolean not null,
  established_on date not null
);

-- The first successful answer to each idempotency key, per organisation. Claimed before the
-- command runs, in the command's own transaction.
create table idempotency_record (
  on_behalf_of varchar(200) not null,
  idempotency_key varchar(200) not null,
  request_fingerprint varchar(64) not null,
  recorded_at timestamp not null,
  response_status integer,
  response_body clob,
  response_location varchar(1000),
  primary key (on_behalf_of, idempotency_key)
);
