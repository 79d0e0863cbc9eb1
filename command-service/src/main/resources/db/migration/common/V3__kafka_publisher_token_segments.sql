-- The kafka-publisher's token segments, created here rather than by the first instance to start.
--
-- Axon 4.13's pooled processor creates them lazily at start-up. When two instances start at once
-- on an empty store, both insert them; the loser's duplicate key marks its JPA transaction
-- rollback-only and the instance fails to start (seen in PostgresMultiInstanceSystemIT; fixed
-- upstream only in Axon 5, AxonFramework#4802). Flyway runs migrations once, under a lock, so the
-- segments exist before any processor starts. A null token means "from the first event".
insert into token_entry (processor_name, segment, token, token_type, timestamp, owner)
  values ('kafka-publisher', 0, null, null, '1970-01-01T00:00:00Z', null);
insert into token_entry (processor_name, segment, token, token_type, timestamp, owner)
  values ('kafka-publisher', 1, null, null, '1970-01-01T00:00:00Z', null);
insert into token_entry (processor_name, segment, token, token_type, timestamp, owner)
  values ('kafka-publisher', 2, null, null, '1970-01-01T00:00:00Z', null);
insert into token_entry (processor_name, segment, token, token_type, timestamp, owner)
  values ('kafka-publisher', 3, null, null, '1970-01-01T00:00:00Z', null);
