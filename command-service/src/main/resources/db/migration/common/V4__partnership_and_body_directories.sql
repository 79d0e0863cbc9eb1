-- Partnerships and bodies as other aggregates need to see them, written in the same transaction
-- as the events (docs/adr/0004).
create table partnership_directory (
  partnership_id varchar(36) not null primary key,
  name varchar(200) not null,
  formed_on date not null
);

create table body_directory (
  body_id varchar(36) not null primary key,
  partnership_id varchar(36) not null,
  name varchar(200) not null,
  established_on date not null
);
