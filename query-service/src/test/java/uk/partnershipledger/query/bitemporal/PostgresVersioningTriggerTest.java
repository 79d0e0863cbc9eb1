package uk.partnershipledger.query.bitemporal;

import uk.partnershipledger.query.PostgresReadModelTest;

@PostgresReadModelTest
class PostgresVersioningTriggerTest extends VersioningTriggerTest {}
