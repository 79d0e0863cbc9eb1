package uk.partnershipledger.query.bitemporal;

import uk.partnershipledger.query.H2ReadModelTest;

@H2ReadModelTest
class H2VersionedSchemaTest extends VersionedSchemaTest {}
