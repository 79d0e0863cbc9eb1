package uk.partnershipledger.query.audit;

import uk.partnershipledger.query.H2ReadModelTest;

@H2ReadModelTest
class H2EventLogTest extends EventLogTest {}
