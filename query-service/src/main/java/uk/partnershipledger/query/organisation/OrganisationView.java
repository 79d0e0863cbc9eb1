package uk.partnershipledger.query.organisation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.organisation.OrganisationKind;

/** A partner organisation as the ledger knows it now. */
@Schema(name = "Organisation")
record OrganisationView(
    @Schema(type = "string", format = "uuid", example = "0f6c1b8e-55aa-4d7c-8a0e-5b2c7e1f3a22")
        OrganisationId organisationId,
    @Schema(example = "Durham County Council") String name,
    @Schema(example = "LOCAL_AUTHORITY") OrganisationKind kind,
    @Schema(description = "Whether it holds statutory functions it can delegate", example = "true")
        boolean statutoryBody,
    @Schema(description = "The day it was established", example = "1974-04-01")
        LocalDate establishedOn) {}
