package uk.partnershipledger.query.delegation;

import uk.partnershipledger.query.PostgresReadModelTest;

@PostgresReadModelTest
class PostgresAsRecordedDelegationProjectionTest extends AsRecordedDelegationProjectionTest {}
