package uk.partnershipledger.query;

@H2ReadModelTest
class H2DepartureCorrectionProjectionTest extends DepartureCorrectionProjectionTest {}
