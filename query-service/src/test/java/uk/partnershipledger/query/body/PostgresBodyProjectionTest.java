package uk.partnershipledger.query.body;

import uk.partnershipledger.query.PostgresReadModelTest;

@PostgresReadModelTest
class PostgresBodyProjectionTest extends BodyProjectionTest {}
