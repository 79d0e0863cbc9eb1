package uk.partnershipledger.query.body;

import uk.partnershipledger.query.PostgresReadModelTest;

@PostgresReadModelTest
class PostgresChairReplacementAndOrganisationCorrectionProjectionTest
    extends ChairReplacementAndOrganisationCorrectionProjectionTest {}
