package uk.partnershipledger.query.body;

import java.time.LocalDate;
import java.util.List;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;

/**
 * A governance body as it stood on a date.
 *
 * @param status its status on the date; null if it was not yet established then
 * @param termsOfReference the version in force on the date, if any
 */
record BodyView(
    BodyId bodyId,
    PartnershipId partnershipId,
    String name,
    BodyType type,
    OrganisationId hostOrganisationId,
    List<BodyId> parentBodyIds,
    LocalDate establishedOn,
    LocalDate on,
    BodyStatus status,
    TermsOfReference termsOfReference) {

  record TermsOfReference(int version, String title, String reference, LocalDate adoptedOn) {}
}
