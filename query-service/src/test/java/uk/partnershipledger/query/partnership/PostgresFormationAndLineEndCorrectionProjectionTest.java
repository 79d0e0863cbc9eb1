package uk.partnershipledger.query.partnership;

import uk.partnershipledger.query.PostgresReadModelTest;

@PostgresReadModelTest
class PostgresFormationAndLineEndCorrectionProjectionTest
    extends FormationAndLineEndCorrectionProjectionTest {}
