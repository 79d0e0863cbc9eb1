package uk.partnershipledger.query.mou;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.partnershipledger.events.mou.MouEvent.MouAmendedOnLeaving;
import uk.partnershipledger.events.mou.MouEvent.MouAmendmentOnLeavingCorrected;
import uk.partnershipledger.events.mou.MouEvent.MouCameIntoForce;
import uk.partnershipledger.events.mou.MouEvent.MouDateCorrected;
import uk.partnershipledger.events.mou.MouEvent.MouDraftCorrected;
import uk.partnershipledger.events.mou.MouEvent.MouDrafted;
import uk.partnershipledger.events.mou.MouEvent.MouDraftingCorrected;
import uk.partnershipledger.events.mou.MouEvent.MouPartyGaveNotice;
import uk.partnershipledger.events.mou.MouEvent.MouReviewCorrected;
import uk.partnershipledger.events.mou.MouEvent.MouReviewed;
import uk.partnershipledger.events.mou.MouEvent.MouSignatureCorrected;
import uk.partnershipledger.events.mou.MouEvent.MouSignatureSucceeded;
import uk.partnershipledger.events.mou.MouEvent.MouSignatureSuccessionCorrected;
import uk.partnershipledger.events.mou.MouEvent.MouSigned;
import uk.partnershipledger.events.mou.MouEvent.MouTerminated;
import uk.partnershipledger.events.mou.MouEvent.MouVariationDrafted;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.query.intake.Projector;
import uk.partnershipledger.query.intake.RecordedEvent;

/**
 * Keeps the MoU tables: {@code mou}, {@code mou_version} with its parties and schedules, {@code
 * mou_signature}, {@code mou_review} and {@code mou_notice}.
 *
 * <p>MouEvent's contract drives the intervals. A version is in force from its came-into-force date
 * until the next version comes into force, or until the MoU is terminated: whichever happens first
 * closes the open version. A version amended on a party's leaving is in force from its own date
 * without new signatures, so the remaining parties' signatures of the version it replaces are
 * copied onto it. A signature passed by succession is closed for the predecessor and opened for the
 * successor, keeping the original signatory and date.
 *
 * <p>Every copy of a signature names the party that gave it ({@code signed_by}), so that a
 * correction of its signatory or date (DOMAIN.md rule 7) reaches the copies carried over and passed
 * on as well; what each correction replaced, why and when is kept in {@code
 * mou_signature_correction}.
 */
@Component
class MouProjector extends Projector {

  private static final Logger log = LoggerFactory.getLogger(MouProjector.class);

  private final JdbcTemplate jdbc;

  MouProjector(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    on(MouDrafted.class, this::drafted);
    on(MouVariationDrafted.class, this::variationDrafted);
    on(MouSigned.class, this::signed);
    on(MouCameIntoForce.class, this::cameIntoForce);
    on(MouReviewed.class, this::reviewed);
    on(MouPartyGaveNotice.class, this::gaveNotice);
    on(MouAmendedOnLeaving.class, this::amendedOnLeaving);
    on(MouSignatureSucceeded.class, this::signatureSucceeded);
    on(MouAmendmentOnLeavingCorrected.class, this::amendmentOnLeavingCorrected);
    on(MouSignatureSuccessionCorrected.class, this::signatureSuccessionCorrected);
    on(MouTerminated.class, this::terminated);
    on(MouSignatureCorrected.class, this::signatureCorrected);
    on(MouDraftCorrected.class, this::draftCorrected);
    on(MouReviewCorrected.class, this::reviewCorrected);
    on(MouDateCorrected.class, this::dateCorrected);
    on(MouDraftingCorrected.class, this::draftingCorrected);
  }

  /**
   * The version takes the corrected parties and draft day in place (the command side corrects only
   * a version no party has signed); the first version's day is the MoU's drafting day too. Its
   * parties and day before are kept in mou_drafting_correction.
   */
  private void draftingCorrected(MouDraftingCorrected corrected, RecordedEvent recorded) {
    UUID mou = recorded.require(corrected.mouId(), "mouId").value();
    int version = corrected.version();
    LocalDate on = recorded.require(corrected.effectiveDate(), "effectiveDate");
    int kept =
        jdbc.update(
            "insert into mou_drafting_correction (event_id, mou_id, version, corrected_event_id,"
                + " reason, recorded_at, previous_drafted_on, drafted_on)"
                + " select ?, mou_id, version, ?, ?, ?, drafted_on, ? from mou_version"
                + " where mou_id = ? and version = ?",
            recorded.eventId(),
            recorded.require(corrected.correctedEventId(), "correctedEventId"),
            corrected.reason(),
            recorded.recordedAt(),
            on,
            mou,
            version);
    if (kept != 1) {
      log.atWarn()
          .addKeyValue("eventId", recorded.eventId())
          .addKeyValue("aggregateId", recorded.aggregateId())
          .addKeyValue("eventType", recorded.type())
          .log(
              "{} event {} of aggregate {} corrects version {}, which is not in the read model",
              recorded.type(),
              recorded.eventId(),
              recorded.aggregateId(),
              version);
      return;
    }
    jdbc.update(
        "insert into mou_drafting_correction_party (event_id, position, organisation_id)"
            + " select ?, position, organisation_id from mou_party where mou_id = ? and version = ?",
        recorded.eventId(),
        mou,
        version);
    jdbc.update("delete from mou_party where mou_id = ? and version = ?", mou, version);
    insertParties(mou, version, corrected.parties(), recorded);
    jdbc.update(
        "update mou_version set drafted_on = ? where mou_id = ? and version = ?", on, mou, version);
    jdbc.update(
        "update mou set drafted_on = ? where mou_id = ? and ? = (select min(v.version)"
            + " from mou_version v where v.mou_id = ?)",
        on,
        mou,
        version,
        mou);
  }

  /**
   * The version takes the corrected label, schedules and review period in place; the MoU takes the
   * corrected title and initial term when the first version's draft is corrected (a variation has
   * no title or initial term of its own).
   */
  private void draftCorrected(MouDraftCorrected corrected, RecordedEvent recorded) {
    UUID mou = recorded.require(corrected.mouId(), "mouId").value();
    int version = corrected.version();
    boolean first = version == 1;
    int kept =
        jdbc.update(
            "insert into mou_draft_correction (event_id, mou_id, version, corrected_event_id,"
                + " reason, recorded_at, previous_title, previous_label,"
                + " previous_initial_term_months, previous_review_period_months, title, label,"
                + " initial_term_months, review_period_months)"
                + " select ?, v.mou_id, v.version, ?, ?, ?, m.title, v.label,"
                + " m.initial_term_months, v.review_period_months, coalesce(?, m.title), ?, ?, ?"
                + " from mou_version v join mou m on m.mou_id = v.mou_id"
                + " where v.mou_id = ? and v.version = ?",
            recorded.eventId(),
            recorded.require(corrected.correctedEventId(), "correctedEventId"),
            corrected.reason(),
            recorded.recordedAt(),
            first ? recorded.require(corrected.title(), "title") : null,
            corrected.versionLabel(),
            corrected.initialTermMonths(),
            corrected.reviewPeriodMonths(),
            mou,
            version);
    if (kept != 1) {
      warn(recorded, "found no drafted version " + version);
      return;
    }
    jdbc.update(
        "insert into mou_draft_correction_schedule (event_id, position, title)"
            + " select ?, position, title from mou_schedule where mou_id = ? and version = ?",
        recorded.eventId(),
        mou,
        version);
    jdbc.update(
        "update mou_version set label = ?, review_period_months = ?"
            + " where mou_id = ? and version = ?",
        corrected.versionLabel(),
        corrected.reviewPeriodMonths(),
        mou,
        version);
    if (first) {
      jdbc.update(
          "update mou set title = ?, initial_term_months = ? where mou_id = ?",
          corrected.title(),
          corrected.initialTermMonths(),
          mou);
    }
    jdbc.update("delete from mou_schedule where mou_id = ? and version = ?", mou, version);
    insertSchedules(mou, version, corrected.schedules(), recorded);
  }

  /**
   * The review is the one whose date and next due date a review row holds (V12 keeps the event on
   * it), or, for a review written before, the version's review recorded on the previous date. It
   * takes the corrected day and due date: its row begins on that day and the row before runs up to
   * it. The command side keeps the corrected day between the version's reviews either side.
   */
  private void reviewCorrected(MouReviewCorrected corrected, RecordedEvent recorded) {
    UUID mou = recorded.require(corrected.mouId(), "mouId").value();
    int version = corrected.version();
    String correctedEventId = recorded.require(corrected.correctedEventId(), "correctedEventId");
    LocalDate on = recorded.require(corrected.effectiveDate(), "effectiveDate");
    LocalDate due = recorded.require(corrected.nextReviewDue(), "nextReviewDue");
    List<LocalDate> found =
        jdbc.queryForList(
            "select valid_from from mou_review where mou_id = ? and version = ?"
                + " and reviewed_on is not null and (recorded_by = ?"
                + " or (recorded_by is null and reviewed_on = ?))",
            LocalDate.class,
            mou,
            version,
            asUuid(correctedEventId),
            corrected.previousDate());
    if (found.size() != 1) {
      warn(recorded, "found " + found.size() + " reviews recorded by " + correctedEventId);
      return;
    }
    LocalDate was = found.get(0);
    jdbc.update(
        "insert into mou_review_correction (event_id, mou_id, version, corrected_event_id,"
            + " reason, recorded_at, previous_reviewed_on, previous_review_due, reviewed_on,"
            + " review_due) select ?, mou_id, version, ?, ?, ?, reviewed_on, review_due, ?, ?"
            + " from mou_review where mou_id = ? and version = ? and valid_from = ?",
        recorded.eventId(),
        correctedEventId,
        corrected.reason(),
        recorded.recordedAt(),
        on,
        due,
        mou,
        version,
        was);
    jdbc.update(
        "update mou_review set valid_to = ? where mou_id = ? and version = ? and valid_to = ?",
        on,
        mou,
        version,
        was);
    jdbc.update(
        "update mou_review set valid_from = ?, reviewed_on = ?, review_due = ?, recorded_by = ?"
            + " where mou_id = ? and version = ? and valid_from = ?",
        on,
        on,
        due,
        recorded.eventId(),
        mou,
        version,
        was);
  }

  /**
   * The corrected event is a party's notice or the termination: whichever holds its facts (V12
   * keeps the event on each), or, for one written before, the termination or the one notice
   * recorded on the previous date. A notice moves to the corrected day; a termination ends the MoU,
   * and the version it ended, on the corrected day instead.
   */
  private void dateCorrected(MouDateCorrected corrected, RecordedEvent recorded) {
    UUID mou = recorded.require(corrected.mouId(), "mouId").value();
    String correctedEventId = recorded.require(corrected.correctedEventId(), "correctedEventId");
    UUID named = asUuid(correctedEventId);
    LocalDate on = recorded.require(corrected.effectiveDate(), "effectiveDate");
    LocalDate previous = corrected.previousDate();
    List<LocalDate> terminatedOn =
        jdbc.queryForList(
            "select terminated_on from mou where mou_id = ? and terminated_on is not null"
                + " and (terminated_by = ? or (terminated_by is null and terminated_on = ?))",
            LocalDate.class,
            mou,
            named,
            previous);
    List<Notice> notices =
        jdbc.query(
            "select organisation_id, given_on from mou_notice where mou_id = ?"
                + " and (recorded_by = ? or (recorded_by is null and given_on = ?))",
            (rs, row) ->
                new Notice(
                    rs.getObject("organisation_id", UUID.class),
                    rs.getObject("given_on", LocalDate.class)),
            mou,
            named,
            previous);
    boolean termination =
        !terminatedOn.isEmpty()
            && (notices.isEmpty()
                || jdbc.queryForObject(
                        "select count(*) from mou where mou_id = ? and terminated_by = ?",
                        Integer.class,
                        mou,
                        named)
                    == 1);
    if (!termination && notices.size() != 1) {
      warn(recorded, "found no one notice or termination recorded by " + correctedEventId);
      return;
    }
    LocalDate was = termination ? terminatedOn.get(0) : notices.get(0).givenOn();
    UUID party = termination ? null : notices.get(0).organisationId();
    jdbc.update(
        "insert into mou_date_correction (event_id, mou_id, what, organisation_id,"
            + " corrected_event_id, reason, recorded_at, previous_date, corrected_date)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        recorded.eventId(),
        mou,
        termination ? "TERMINATION" : "NOTICE",
        party,
        correctedEventId,
        corrected.reason(),
        recorded.recordedAt(),
        was,
        on);
    if (termination) {
      // Only the version the termination closed, the latest in force, runs on to the new day.
      jdbc.update(
          "update mou_version set valid_to = ? where mou_id = ? and valid_to = ?"
              + " and valid_from = (select max(l.valid_from) from mou_version l"
              + " where l.mou_id = ?)",
          on,
          mou,
          was,
          mou);
      jdbc.update(
          "update mou set terminated_on = ?, terminated_by = ? where mou_id = ?",
          on,
          recorded.eventId(),
          mou);
    } else {
      jdbc.update(
          "update mou_notice set given_on = ?, recorded_by = ? where mou_id = ?"
              + " and organisation_id = ? and given_on = ?",
          on,
          recorded.eventId(),
          mou,
          party,
          was);
    }
  }

  /** A notice about to be re-dated. */
  private record Notice(UUID organisationId, LocalDate givenOn) {}

  /** An event id as the ledger gives it is a UUID; anything else names no row. */
  private static UUID asUuid(String eventId) {
    try {
      return UUID.fromString(eventId);
    } catch (IllegalArgumentException notAUuid) {
      return null;
    }
  }

  private void drafted(MouDrafted drafted, RecordedEvent recorded) {
    UUID mou = recorded.require(drafted.mouId(), "mouId").value();
    LocalDate on = recorded.require(drafted.effectiveDate(), "effectiveDate");
    jdbc.update(
        "insert into mou (mou_id, partnership_id, title, initial_term_months, drafted_on,"
            + " recorded_at) values (?, ?, ?, ?, ?, ?)",
        mou,
        recorded.require(drafted.partnershipId(), "partnershipId").value(),
        recorded.require(drafted.title(), "title"),
        drafted.initialTermMonths(),
        on,
        recorded.recordedAt());
    insertVersion(
        mou,
        drafted.version(),
        drafted.versionLabel(),
        drafted.reviewPeriodMonths(),
        on,
        null,
        null,
        recorded);
    insertParties(mou, drafted.version(), drafted.parties(), recorded);
    insertSchedules(mou, drafted.version(), drafted.schedules(), recorded);
  }

  private void variationDrafted(MouVariationDrafted drafted, RecordedEvent recorded) {
    UUID mou = recorded.require(drafted.mouId(), "mouId").value();
    insertVersion(
        mou,
        drafted.version(),
        drafted.versionLabel(),
        drafted.reviewPeriodMonths(),
        recorded.require(drafted.effectiveDate(), "effectiveDate"),
        null,
        null,
        recorded);
    insertParties(mou, drafted.version(), drafted.parties(), recorded);
    insertSchedules(mou, drafted.version(), drafted.schedules(), recorded);
  }

  private void signed(MouSigned signed, RecordedEvent recorded) {
    LocalDate on = recorded.require(signed.effectiveDate(), "effectiveDate");
    UUID party = recorded.require(signed.organisationId(), "organisationId").value();
    jdbc.update(
        "insert into mou_signature (mou_id, version, organisation_id, signatory, signatory_post,"
            + " signed_on, valid_from, recorded_at, signed_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        recorded.require(signed.mouId(), "mouId").value(),
        signed.version(),
        party,
        recorded.require(signed.signatory(), "signatory").name(),
        signed.signatory().post(),
        on,
        on,
        recorded.recordedAt(),
        party);
  }

  /**
   * The signatory and date become the corrected ones on every copy of the signature: the signing
   * party's own, and those carried over to later versions or passed to successors. The signing
   * party holds its signature from the corrected day; a copy is held from the day it was carried
   * over or passed on, which the correction does not move, as it does not move the day the version
   * came into force (MouEvent's contract).
   */
  private void signatureCorrected(MouSignatureCorrected corrected, RecordedEvent recorded) {
    UUID mou = recorded.require(corrected.mouId(), "mouId").value();
    UUID party = recorded.require(corrected.organisationId(), "organisationId").value();
    int version = corrected.version();
    LocalDate on = recorded.require(corrected.effectiveDate(), "effectiveDate");
    String given =
        " from mou_signature where mou_id = ? and version = ? and organisation_id = ?"
            + " and signed_by = organisation_id and carried_over_from is null";
    int kept =
        jdbc.update(
            "insert into mou_signature_correction (event_id, mou_id, version, organisation_id,"
                + " corrected_event_id, reason, recorded_at, previous_signatory,"
                + " previous_signatory_post, previous_signed_on, signatory, signatory_post,"
                + " signed_on)"
                + " select ?, mou_id, version, organisation_id, ?, ?, ?, signatory, signatory_post,"
                + " signed_on, ?, ?, ?"
                + given,
            recorded.eventId(),
            recorded.require(corrected.correctedEventId(), "correctedEventId"),
            corrected.reason(),
            recorded.recordedAt(),
            recorded.require(corrected.signatory(), "signatory").name(),
            corrected.signatory().post(),
            on,
            mou,
            version,
            party);
    if (kept != 1) {
      warn(recorded, "found " + kept + " signatures of version " + version + " by the party");
      return;
    }
    jdbc.update(
        "update mou_signature set valid_from = ? where mou_id = ? and version = ?"
            + " and organisation_id = ? and signed_by = organisation_id"
            + " and carried_over_from is null",
        on,
        mou,
        version,
        party);
    jdbc.update(
        "update mou_signature set signatory = ?, signatory_post = ?, signed_on = ?"
            + " where mou_id = ? and coalesce(carried_over_from, version) = ? and signed_by = ?",
        corrected.signatory().name(),
        corrected.signatory().post(),
        on,
        mou,
        version,
        party);
  }

  private void cameIntoForce(MouCameIntoForce inForce, RecordedEvent recorded) {
    UUID mou = recorded.require(inForce.mouId(), "mouId").value();
    LocalDate from = recorded.require(inForce.effectiveDate(), "effectiveDate");
    closeVersionInForce(mou, inForce.version(), from);
    int started =
        jdbc.update(
            "update mou_version set valid_from = ?, in_force_recorded_at = ?"
                + " where mou_id = ? and version = ?",
            from,
            recorded.recordedAt(),
            mou,
            inForce.version());
    if (started != 1) {
      warn(recorded, "found no drafted version " + inForce.version());
    }
    setReviewDue(
        mou,
        inForce.version(),
        recorded.require(inForce.reviewDue(), "reviewDue"),
        null,
        from,
        recorded);
  }

  private void reviewed(MouReviewed reviewed, RecordedEvent recorded) {
    LocalDate on = recorded.require(reviewed.effectiveDate(), "effectiveDate");
    setReviewDue(
        recorded.require(reviewed.mouId(), "mouId").value(),
        reviewed.version(),
        recorded.require(reviewed.nextReviewDue(), "nextReviewDue"),
        on,
        on,
        recorded);
  }

  private void gaveNotice(MouPartyGaveNotice notice, RecordedEvent recorded) {
    jdbc.update(
        "insert into mou_notice (mou_id, organisation_id, given_on, recorded_at, recorded_by)"
            + " values (?, ?, ?, ?, ?)",
        recorded.require(notice.mouId(), "mouId").value(),
        recorded.require(notice.organisationId(), "organisationId").value(),
        recorded.require(notice.effectiveDate(), "effectiveDate"),
        recorded.recordedAt(),
        recorded.eventId());
  }

  private void amendedOnLeaving(MouAmendedOnLeaving amended, RecordedEvent recorded) {
    UUID mou = recorded.require(amended.mouId(), "mouId").value();
    LocalDate from = recorded.require(amended.effectiveDate(), "effectiveDate");
    int version = amended.version();
    Optional<Integer> previous =
        jdbc
            .queryForList(
                "select version from mou_version where mou_id = ? and version <> ?"
                    + " and valid_from is not null and valid_to is null",
                Integer.class,
                mou,
                version)
            .stream()
            .findFirst();
    if (previous.isEmpty()) {
      warn(recorded, "found no version in force to amend");
    }
    closeVersionInForce(mou, version, from);
    Integer reviewPeriod =
        previous
            .map(
                p ->
                    jdbc.queryForObject(
                        "select review_period_months from mou_version"
                            + " where mou_id = ? and version = ?",
                        Integer.class,
                        mou,
                        p))
            .orElse(null);
    insertVersion(
        mou,
        version,
        amended.versionLabel(),
        reviewPeriod,
        from,
        amended.leavingOrganisationId() == null ? null : amended.leavingOrganisationId().value(),
        from,
        recorded);
    insertParties(mou, version, amended.parties(), recorded);
    previous.ifPresent(
        p -> {
          // The amendment changes who the parties are, not what they agreed: the schedules stay.
          jdbc.update(
              "insert into mou_schedule (mou_id, version, position, title)"
                  + " select mou_id, ?, position, title from mou_schedule"
                  + " where mou_id = ? and version = ?",
              version,
              mou,
              p);
          // The remaining parties' signatures, as held on the day, carry over without new ones.
          jdbc.update(
              "insert into mou_signature (mou_id, version, organisation_id, signatory,"
                  + " signatory_post, signed_on, succeeded_from, carried_over_from, valid_from,"
                  + " recorded_at, signed_by)"
                  + " select s.mou_id, ?, s.organisation_id, s.signatory, s.signatory_post,"
                  + " s.signed_on,"
                  + " s.succeeded_from, coalesce(s.carried_over_from, s.version), ?, ?,"
                  + " s.signed_by"
                  + " from mou_signature s"
                  + " where s.mou_id = ? and s.version = ? and s.valid_from <= ?"
                  + " and (s.valid_to is null or ? < s.valid_to)"
                  + " and s.organisation_id in"
                  + " (select organisation_id from mou_party where mou_id = ? and version = ?)",
              version,
              from,
              recorded.recordedAt(),
              mou,
              p,
              from,
              from,
              mou,
              version);
        });
    setReviewDue(
        mou, version, recorded.require(amended.reviewDue(), "reviewDue"), null, from, recorded);
  }

  private void signatureSucceeded(MouSignatureSucceeded succeeded, RecordedEvent recorded) {
    UUID mou = recorded.require(succeeded.mouId(), "mouId").value();
    UUID predecessor = recorded.require(succeeded.predecessorId(), "predecessorId").value();
    LocalDate from = recorded.require(succeeded.effectiveDate(), "effectiveDate");
    int passed =
        jdbc.update(
            "insert into mou_signature (mou_id, version, organisation_id, signatory,"
                + " signatory_post, signed_on, succeeded_from, carried_over_from, valid_from,"
                + " recorded_at, signed_by)"
                + " select mou_id, version, ?, signatory, signatory_post, signed_on, organisation_id,"
                + " carried_over_from, ?, ?, signed_by from mou_signature"
                + " where mou_id = ? and version = ? and organisation_id = ? and valid_to is null"
                + " and valid_from <= ?",
            recorded.require(succeeded.successorId(), "successorId").value(),
            from,
            recorded.recordedAt(),
            mou,
            succeeded.version(),
            predecessor,
            from);
    if (passed != 1) {
      warn(recorded, "found " + passed + " open signatures of the predecessor instead of one");
      return;
    }
    jdbc.update(
        "update mou_signature set valid_to = ? where mou_id = ? and version = ?"
            + " and organisation_id = ? and valid_to is null and valid_from <= ?",
        from,
        mou,
        succeeded.version(),
        predecessor,
        from);
  }

  private void terminated(MouTerminated terminated, RecordedEvent recorded) {
    UUID mou = recorded.require(terminated.mouId(), "mouId").value();
    LocalDate on = recorded.require(terminated.effectiveDate(), "effectiveDate");
    int ended =
        jdbc.update(
            "update mou set terminated_on = ?, terminated_recorded_at = ?, terminated_by = ?"
                + " where mou_id = ?",
            on,
            recorded.recordedAt(),
            recorded.eventId(),
            mou);
    if (ended != 1) {
      warn(recorded, "found no MoU");
    }
    closeVersionInForce(mou, null, on);
  }

  /** Ends the version in force, other than {@code except}, on the date. */
  /**
   * The amended version comes into force on the corrected day: it is drafted and in force from
   * then, the version before it stays in force until then, the signatures carried over to it and
   * its review date run from then, with the revised review date. What it said is kept in {@code
   * mou_departure_correction}.
   */
  private void amendmentOnLeavingCorrected(
      MouAmendmentOnLeavingCorrected corrected, RecordedEvent recorded) {
    UUID mou = recorded.require(corrected.mouId(), "mouId").value();
    int version = corrected.version();
    LocalDate was = recorded.require(corrected.previousDate(), "previousDate");
    LocalDate on = recorded.require(corrected.effectiveDate(), "effectiveDate");
    LocalDate reviewDue = recorded.require(corrected.reviewDue(), "reviewDue");
    LocalDate previousReviewDue =
        jdbc
            .queryForList(
                "select review_due from mou_review where mou_id = ? and version = ?"
                    + " and valid_from = ?",
                LocalDate.class,
                mou,
                version,
                was)
            .stream()
            .findFirst()
            .orElse(null);
    int moved =
        jdbc.update(
            "update mou_version set drafted_on = ?, valid_from = ? where mou_id = ? and version = ?"
                + " and valid_from = ?",
            on,
            on,
            mou,
            version,
            was);
    if (moved != 1) {
      warn(recorded, "found no version " + version + " amended on " + was);
      return;
    }
    jdbc.update(
        "update mou_version set valid_to = ? where mou_id = ? and version <> ? and valid_to = ?",
        on,
        mou,
        version,
        was);
    jdbc.update(
        "update mou_signature set valid_from = ? where mou_id = ? and version = ? and valid_from = ?",
        on,
        mou,
        version,
        was);
    jdbc.update(
        "update mou_review set valid_from = ?, review_due = ?, recorded_at = ?, recorded_by = ?"
            + " where mou_id = ? and version = ? and valid_from = ?",
        on,
        reviewDue,
        recorded.recordedAt(),
        recorded.eventId(),
        mou,
        version,
        was);
    keepDepartureCorrection(
        mou,
        version,
        "AMENDMENT_ON_LEAVING",
        recorded.require(corrected.leavingOrganisationId(), "leavingOrganisationId").value(),
        null,
        recorded.require(corrected.correctedEventId(), "correctedEventId"),
        corrected.reason(),
        was,
        on,
        previousReviewDue,
        reviewDue,
        recorded);
  }

  /**
   * The predecessor's signature of the version stays until the corrected day and the successor's
   * (passed from it) runs from then.
   */
  private void signatureSuccessionCorrected(
      MouSignatureSuccessionCorrected corrected, RecordedEvent recorded) {
    UUID mou = recorded.require(corrected.mouId(), "mouId").value();
    UUID predecessor = recorded.require(corrected.predecessorId(), "predecessorId").value();
    UUID successor = recorded.require(corrected.successorId(), "successorId").value();
    LocalDate was = recorded.require(corrected.previousDate(), "previousDate");
    LocalDate on = recorded.require(corrected.effectiveDate(), "effectiveDate");
    int moved =
        jdbc.update(
            "update mou_signature set valid_from = ? where mou_id = ? and version = ?"
                + " and organisation_id = ? and succeeded_from = ? and valid_from = ?",
            on,
            mou,
            corrected.version(),
            successor,
            predecessor,
            was);
    if (moved != 1) {
      warn(recorded, "found " + moved + " signatures passed on " + was + " instead of one");
    }
    jdbc.update(
        "update mou_signature set valid_to = ? where mou_id = ? and version = ?"
            + " and organisation_id = ? and valid_to = ?",
        on,
        mou,
        corrected.version(),
        predecessor,
        was);
    keepDepartureCorrection(
        mou,
        corrected.version(),
        "SIGNATURE_SUCCESSION",
        predecessor,
        successor,
        recorded.require(corrected.correctedEventId(), "correctedEventId"),
        corrected.reason(),
        was,
        on,
        null,
        null,
        recorded);
  }

  private void keepDepartureCorrection(
      UUID mou,
      int version,
      String what,
      UUID organisation,
      UUID successor,
      String correctedEventId,
      String reason,
      LocalDate was,
      LocalDate on,
      LocalDate previousReviewDue,
      LocalDate reviewDue,
      RecordedEvent recorded) {
    jdbc.update(
        "insert into mou_departure_correction (event_id, mou_id, version, what, organisation_id,"
            + " successor_id, corrected_event_id, reason, recorded_at, previous_date,"
            + " corrected_date, previous_review_due, review_due)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        recorded.eventId(),
        mou,
        version,
        what,
        organisation,
        successor,
        correctedEventId,
        reason,
        recorded.recordedAt(),
        was,
        on,
        previousReviewDue,
        reviewDue);
  }

  private void closeVersionInForce(UUID mou, Integer except, LocalDate on) {
    jdbc.update(
        "update mou_version set valid_to = ? where mou_id = ? and valid_from is not null"
            + " and valid_to is null and valid_from <= ?"
            + (except == null ? "" : " and version <> " + except.intValue()),
        on,
        mou,
        on);
  }

  /**
   * The version's review date from {@code from} on. A second setting on the same day (coming into
   * force and a review together) replaces the first, so no interval is ever empty.
   */
  private void setReviewDue(
      UUID mou,
      int version,
      LocalDate reviewDue,
      LocalDate reviewedOn,
      LocalDate from,
      RecordedEvent recorded) {
    int replaced =
        jdbc.update(
            "update mou_review set review_due = ?, reviewed_on = coalesce(?, reviewed_on),"
                + " recorded_at = ?, recorded_by = ? where mou_id = ? and version = ?"
                + " and valid_from = ?",
            reviewDue,
            reviewedOn,
            recorded.recordedAt(),
            recorded.eventId(),
            mou,
            version,
            from);
    if (replaced == 1) {
      return;
    }
    jdbc.update(
        "update mou_review set valid_to = ? where mou_id = ? and version = ?"
            + " and valid_to is null and valid_from < ?",
        from,
        mou,
        version,
        from);
    jdbc.update(
        "insert into mou_review (mou_id, version, review_due, reviewed_on, valid_from,"
            + " recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?)",
        mou,
        version,
        reviewDue,
        reviewedOn,
        from,
        recorded.recordedAt(),
        recorded.eventId());
  }

  private void insertVersion(
      UUID mou,
      int version,
      String label,
      Integer reviewPeriodMonths,
      LocalDate draftedOn,
      UUID leaving,
      LocalDate inForceFrom,
      RecordedEvent recorded) {
    jdbc.update(
        "insert into mou_version (mou_id, version, label, review_period_months, drafted_on,"
            + " leaving_organisation_id, valid_from, recorded_at, in_force_recorded_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        mou,
        version,
        label,
        reviewPeriodMonths,
        draftedOn,
        leaving,
        inForceFrom,
        recorded.recordedAt(),
        inForceFrom == null ? null : recorded.recordedAt());
  }

  private void insertParties(
      UUID mou, int version, List<OrganisationId> parties, RecordedEvent recorded) {
    List<OrganisationId> all = parties == null ? List.of() : parties;
    for (int position = 0; position < all.size(); position++) {
      jdbc.update(
          "insert into mou_party (mou_id, version, position, organisation_id) values (?, ?, ?, ?)",
          mou,
          version,
          position,
          recorded.require(all.get(position), "parties").value());
    }
  }

  private void insertSchedules(
      UUID mou, int version, List<String> schedules, RecordedEvent recorded) {
    List<String> all = schedules == null ? List.of() : schedules;
    for (int position = 0; position < all.size(); position++) {
      jdbc.update(
          "insert into mou_schedule (mou_id, version, position, title) values (?, ?, ?, ?)",
          mou,
          version,
          position,
          recorded.require(all.get(position), "schedules"));
    }
  }

  /**
   * An MoU's events share its partition and the command side checks each against the MoU's state,
   * so a miss means an earlier event of this MoU never reached the read model (see the dead-letter
   * topic). The event still counts as applied.
   */
  private static void warn(RecordedEvent recorded, String what) {
    log.atWarn()
        .addKeyValue("eventId", recorded.eventId())
        .addKeyValue("aggregateId", recorded.aggregateId())
        .addKeyValue("eventType", recorded.type())
        .log(
            "{} event {} of aggregate {} {}",
            recorded.type(),
            recorded.eventId(),
            recorded.aggregateId(),
            what);
  }
}
