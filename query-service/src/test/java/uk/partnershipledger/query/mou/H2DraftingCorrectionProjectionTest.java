package uk.partnershipledger.query.mou;

import uk.partnershipledger.query.H2ReadModelTest;

@H2ReadModelTest
class H2DraftingCorrectionProjectionTest extends DraftingCorrectionProjectionTest {}
