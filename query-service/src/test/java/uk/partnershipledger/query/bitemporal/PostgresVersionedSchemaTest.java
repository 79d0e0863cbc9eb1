package uk.partnershipledger.query.bitemporal;

import uk.partnershipledger.query.PostgresReadModelTest;

@PostgresReadModelTest
class PostgresVersionedSchemaTest extends VersionedSchemaTest {}
