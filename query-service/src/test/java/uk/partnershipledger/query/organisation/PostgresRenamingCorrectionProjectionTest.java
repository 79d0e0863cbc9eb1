package uk.partnershipledger.query.organisation;

import uk.partnershipledger.query.PostgresReadModelTest;

@PostgresReadModelTest
class PostgresRenamingCorrectionProjectionTest extends RenamingCorrectionProjectionTest {}
