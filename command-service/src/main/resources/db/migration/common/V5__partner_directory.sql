-- Partners' tenures as other aggregates need to see them (a voting member of a body represents a
-- current partner), written in the same transaction as the events (docs/adr/0004).
-- Half-open [valid_from, valid_to): valid_to is the first day the organisation is no longer a
-- partner.
create table partner_directory (
  partnership_id varchar(36) not null,
  organisation_id varchar(36) not null,
  valid_from date not null,
  valid_to date,
  primary key (partnership_id, organisation_id, valid_from)
);
