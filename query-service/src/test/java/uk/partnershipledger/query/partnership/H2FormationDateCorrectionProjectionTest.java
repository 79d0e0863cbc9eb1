package uk.partnershipledger.query.partnership;

import uk.partnershipledger.query.H2ReadModelTest;

@H2ReadModelTest
class H2FormationDateCorrectionProjectionTest extends FormationDateCorrectionProjectionTest {}
