package uk.partnershipledger.query.decision;

import uk.partnershipledger.query.PostgresReadModelTest;

@PostgresReadModelTest
class PostgresDeclarationAndRecommendationCorrectionProjectionTest
    extends DeclarationAndRecommendationCorrectionProjectionTest {}
