package uk.partnershipledger.query.mou;

import uk.partnershipledger.query.PostgresReadModelTest;

@PostgresReadModelTest
class PostgresMouDraftReviewAndDateCorrectionProjectionTest
    extends MouDraftReviewAndDateCorrectionProjectionTest {}
