-- Run by the postgres image (docker-entrypoint-initdb.d) only when its data volume is empty, i.e.
-- on the first start: one database per service, each named in that service's SPRING_DATASOURCE_URL
-- in docker-compose.yml. The services create their own tables (Flyway) on start.
CREATE DATABASE ledger_command;
CREATE DATABASE ledger_query;
