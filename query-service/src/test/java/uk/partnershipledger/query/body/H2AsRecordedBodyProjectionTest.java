package uk.partnershipledger.query.body;

import uk.partnershipledger.query.H2ReadModelTest;

@H2ReadModelTest
class H2AsRecordedBodyProjectionTest extends AsRecordedBodyProjectionTest {}
