package uk.partnershipledger.query.delegation;

import uk.partnershipledger.query.PostgresReadModelTest;

@PostgresReadModelTest
class PostgresDelegationProjectionTest extends DelegationProjectionTest {}
