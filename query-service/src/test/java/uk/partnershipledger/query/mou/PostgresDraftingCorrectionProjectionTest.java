package uk.partnershipledger.query.mou;

import uk.partnershipledger.query.PostgresReadModelTest;

@PostgresReadModelTest
class PostgresDraftingCorrectionProjectionTest extends DraftingCorrectionProjectionTest {}
