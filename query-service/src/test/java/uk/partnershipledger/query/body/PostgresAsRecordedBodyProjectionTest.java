package uk.partnershipledger.query.body;

import uk.partnershipledger.query.PostgresReadModelTest;

@PostgresReadModelTest
class PostgresAsRecordedBodyProjectionTest extends AsRecordedBodyProjectionTest {}
