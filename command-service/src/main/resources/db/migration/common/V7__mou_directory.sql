-- Memoranda of understanding as the rest of the command side needs to see them (the leaving and
-- succession cascades ask which MoUs name an organisation), written in the same transaction as the
-- events (docs/adr/0004).
create table mou_directory (
  mou_id varchar(36) not null primary key,
  partnership_id varchar(36) not null,
  title varchar(200) not null,
  drafted_on date not null
);

create index mou_directory_by_partnership on mou_directory (partnership_id);

-- Every organisation named a party in any version, or succeeding to a party; never deleted.
create table mou_party (
  mou_id varchar(36) not null,
  organisation_id varchar(36) not null,
  primary key (mou_id, organisation_id)
);

create index mou_party_by_organisation on mou_party (organisation_id);
