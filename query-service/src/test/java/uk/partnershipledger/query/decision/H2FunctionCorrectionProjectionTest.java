package uk.partnershipledger.query.decision;

import uk.partnershipledger.query.H2ReadModelTest;

@H2ReadModelTest
class H2FunctionCorrectionProjectionTest extends FunctionCorrectionProjectionTest {}
