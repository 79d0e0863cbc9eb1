package uk.partnershipledger.query;

@H2ReadModelTest
class H2AsRecordedAtHttpTest extends AsRecordedAtHttpTest {}
