package uk.partnershipledger.query.decision;

import uk.partnershipledger.query.PostgresReadModelTest;

@PostgresReadModelTest
class PostgresFunctionCorrectionProjectionTest extends FunctionCorrectionProjectionTest {}
