package uk.partnershipledger.query.audit;

import uk.partnershipledger.query.PostgresReadModelTest;

@PostgresReadModelTest
class PostgresEventLogTest extends EventLogTest {}
