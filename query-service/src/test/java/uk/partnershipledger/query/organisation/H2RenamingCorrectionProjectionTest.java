package uk.partnershipledger.query.organisation;

import uk.partnershipledger.query.H2ReadModelTest;

@H2ReadModelTest
class H2RenamingCorrectionProjectionTest extends RenamingCorrectionProjectionTest {}
