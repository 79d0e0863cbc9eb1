package uk.partnershipledger.query.decision;

import uk.partnershipledger.query.PostgresReadModelTest;

@PostgresReadModelTest
class PostgresDecisionProjectionTest extends DecisionProjectionTest {}
