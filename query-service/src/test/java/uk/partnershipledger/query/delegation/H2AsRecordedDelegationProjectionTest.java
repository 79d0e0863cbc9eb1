package uk.partnershipledger.query.delegation;

import uk.partnershipledger.query.H2ReadModelTest;

@H2ReadModelTest
class H2AsRecordedDelegationProjectionTest extends AsRecordedDelegationProjectionTest {}
