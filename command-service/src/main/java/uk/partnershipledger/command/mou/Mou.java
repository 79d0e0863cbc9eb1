package uk.partnershipledger.command.mou;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.partnershipledger.command.infrastructure.AxonConfiguration;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.ledger.RuleViolation;
import uk.partnershipledger.command.mou.MouCommands.CorrectDate;
import uk.partnershipledger.command.mou.MouCommands.CorrectDraft;
import uk.partnershipledger.command.mou.MouCommands.CorrectDrafting;
import uk.partnershipledger.command.mou.MouCommands.CorrectReview;
import uk.partnershipledger.command.mou.MouCommands.CorrectSignature;
import uk.partnershipledger.command.mou.MouCommands.DraftMou;
import uk.partnershipledger.command.mou.MouCommands.DraftVariation;
import uk.partnershipledger.command.mou.MouCommands.GiveMouNotice;
import uk.partnershipledger.command.mou.MouCommands.ReviewMou;
import uk.partnershipledger.command.mou.MouCommands.ReviewRecorded;
import uk.partnershipledger.command.mou.MouCommands.SignMou;
import uk.partnershipledger.command.mou.MouCommands.SignatureRecorded;
import uk.partnershipledger.command.mou.MouCommands.TerminateMou;
import uk.partnershipledger.command.organisation.OrganisationDirectory;
import uk.partnershipledger.command.partnership.PartnershipDirectory;
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
import uk.partnershipledger.events.mou.MouId;
import uk.partnershipledger.events.mou.Signatory;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;

/**
 * A memorandum of understanding and its versions (seeds/001 MoU §24-27, DOMAIN.md rule 5).
 *
 * <p>Each version names its parties and comes into force on the day its last party signs; it stays
 * in force until a later version does, or until the MoU is terminated. A variation needs the
 * written agreement of every current signatory, so they must all be its parties and all sign it.
 *
 * <p>Acts arrive in the order they are recorded, not the order they take effect, and each command
 * is judged against the MoU as it stood on its effective date. One simplification keeps the
 * versions a single timeline: an act that changes which version is in force, or who its parties are
 * (a variation, the signature that brings a version into force, an amendment on a party's leaving,
 * a succession, a termination), may not be dated before the latest such change already recorded,
 * and a termination must come after every act recorded. So versions come into force in the order of
 * their numbers and none is slipped in before another after the fact. Signatures that complete
 * nothing, reviews and notices may be back-dated freely.
 */
@Aggregate(lockFactory = AxonConfiguration.NO_AGGREGATE_LOCKS)
public class Mou {

  private static final int MAX_PERIOD_MONTHS = 60;
  private static final String AMENDED_ON_LEAVING = " (amended on the leaving of a party)";

  @AggregateIdentifier private MouId mouId;
  private PartnershipId partnershipId;
  private String title;
  private int initialTermMonths;
  private final TreeMap<Integer, Version> versions = new TreeMap<>();
  private final Map<OrganisationId, LocalDate> notices = new HashMap<>();
  private LocalDate lastVersionChangeOn;
  private LocalDate terminatedOn;
  private final Map<SignatureKey, RecordedSignature> signatures = new HashMap<>();

  /** Each drafted version's schedules and the event holding its current draft facts. */
  private final Map<Integer, RecordedDraft> drafts = new HashMap<>();

  /**
   * Each drafted version's event holding its current parties and date: its {@link MouDrafted} or
   * {@link MouVariationDrafted}, or their latest {@link MouDraftingCorrected}.
   */
  private final Map<Integer, String> draftings = new HashMap<>();

  /** The days a party's place passed to its successor: changes to the versions too. */
  private final List<LocalDate> successionsOn = new ArrayList<>();

  /** The versions a party's leaving was amended from: the amendment took their review period. */
  private final Set<Integer> amendedFrom = new HashSet<>();

  /** Reviews, notices and the termination, by the id of the event holding their current facts. */
  private final Map<String, RecordedReview> reviews = new HashMap<>();

  private final Map<String, RecordedNotice> noticeRecords = new HashMap<>();
  private String terminationEventId;

  /** Amendments on a party's leaving, by the id of the event holding their current date. */
  private final Map<String, Amendment> amendments = new HashMap<>();

  /** Signatures passed to a successor, by the id of the event holding their current date. */
  private final Map<String, Succession> successions = new HashMap<>();

  protected Mou() {
    // For Axon, which rebuilds the MoU from its events.
  }

  @CommandHandler
  public Mou(
      DraftMou command, PartnershipDirectory partnerships, OrganisationDirectory organisations) {
    LocalDate date = command.effectiveDate();
    assertPeriod("initial term", command.initialTermMonths());
    assertPeriod("review period", command.reviewPeriodMonths());
    assertPartiesDistinctAndEnough(command.parties());
    partnerships.requireFormed(command.partnershipId(), date);
    command.parties().forEach(party -> organisations.requireEstablished(party, date));
    apply(
        new MouDrafted(
            command.mouId(),
            command.partnershipId(),
            command.title().strip(),
            1,
            command.versionLabel().strip(),
            List.copyOf(command.parties()),
            stripped(command.schedules()),
            command.initialTermMonths(),
            command.reviewPeriodMonths(),
            date));
  }

  /** A variation is a new version; seeds/001 MoU §25 allows one only with every signatory. */
  @CommandHandler
  int handle(DraftVariation command, OrganisationDirectory organisations) {
    LocalDate date = command.effectiveDate();
    assertNotTerminated();
    assertPeriod("review period", command.reviewPeriodMonths());
    assertPartiesDistinctAndEnough(command.parties());
    assertNoEarlierThanLastVersionChange(date, "a variation");
    Version inForce =
        inForceOn(date)
            .orElseThrow(
                () -> notInForce(date, "a variation can only be drafted while a version is"));
    Optional<Version> draft = liveDraft();
    if (draft.isPresent()) {
      throw new RuleViolation(
          Rule.MOU_DRAFT_PENDING,
          draft.get().describe()
              + " of "
              + title
              + ", drafted on "
              + draft.get().draftedOn()
              + ", still awaits the signatures of "
              + names(draft.get().unsigned(), organisations)
              + "; only one draft version at a time");
    }
    command.parties().forEach(party -> organisations.requireEstablished(party, date));
    List<OrganisationId> leftOut =
        inForce.parties().stream().filter(party -> !command.parties().contains(party)).toList();
    if (!leftOut.isEmpty()) {
      throw new RuleViolation(
          Rule.VARIATION_WITHOUT_ALL_SIGNATORIES,
          "a variation of "
              + title
              + " needs the written agreement of every signatory of "
              + inForce.describe()
              + " (seeds/001 MoU §25), so each must be a party to it; it leaves out "
              + names(leftOut, organisations));
    }
    int version = versions.lastKey() + 1;
    apply(
        new MouVariationDrafted(
            mouId,
            version,
            command.versionLabel().strip(),
            List.copyOf(command.parties()),
            stripped(command.schedules()),
            command.reviewPeriodMonths(),
            date));
    return version;
  }

  /**
   * The signature of the last party brings the version into force on the day of the latest
   * signature, which need not be this one: signatures may be recorded in any order.
   */
  @CommandHandler
  SignatureRecorded handle(SignMou command, OrganisationDirectory organisations) {
    LocalDate date = command.effectiveDate();
    assertNotTerminated();
    Version version = version(command.version());
    OrganisationId party = command.organisationId();
    if (!version.parties().contains(party)) {
      throw new RuleViolation(
          Rule.NOT_AN_MOU_PARTY,
          name(party, organisations)
              + " is not a party to "
              + version.describe()
              + " of "
              + title
              + "; its parties are "
              + names(version.parties(), organisations));
    }
    if (version.signatures().containsKey(party)) {
      throw new RuleViolation(
          Rule.MOU_ALREADY_SIGNED,
          name(party, organisations)
              + " already signed "
              + version.describe()
              + " of "
              + title
              + " on "
              + version.signatures().get(party));
    }
    if (isSuperseded(version)) {
      Version later = versions.lastEntry().getValue();
      throw new RuleViolation(
          Rule.MOU_VERSION_SUPERSEDED,
          version.describe()
              + " of "
              + title
              + " was overtaken by "
              + later.describe()
              + ", in force from "
              + later.inForceFrom()
              + ", and can no longer come into force; draft a new variation instead");
    }
    if (date.isBefore(version.draftedOn())) {
      throw new RuleViolation(
          Rule.MOU_SIGNED_BEFORE_DRAFTED,
          version.describe()
              + " of "
              + title
              + " was drafted on "
              + version.draftedOn()
              + " and cannot be signed before, on "
              + date);
    }
    Signatory signatory = stripped(command.signatory());
    boolean completes =
        version.parties().stream()
            .allMatch(other -> other.equals(party) || version.signatures().containsKey(other));
    if (!completes) {
      apply(new MouSigned(mouId, version.number(), party, signatory, date));
      return new SignatureRecorded(false, null, null);
    }
    LocalDate inForceFrom = date;
    for (LocalDate signed : version.signatures().values()) {
      inForceFrom = later(inForceFrom, signed);
    }
    if (inForceFrom.isBefore(lastVersionChangeOn)) {
      throw new RuleViolation(
          Rule.MOU_ACT_OUT_OF_ORDER,
          "this last signature would bring "
              + version.describe()
              + " of "
              + title
              + " into force on "
              + inForceFrom
              + ", before the last change to its versions, on "
              + lastVersionChangeOn
              + "; versions come into force in the order they are recorded");
    }
    int reviewAfter = version.number() == 1 ? initialTermMonths : version.reviewPeriodMonths();
    LocalDate reviewDue = inForceFrom.plusMonths(reviewAfter);
    apply(new MouSigned(mouId, version.number(), party, signatory, date));
    apply(new MouCameIntoForce(mouId, version.number(), reviewDue, inForceFrom));
    return new SignatureRecorded(true, inForceFrom, reviewDue);
  }

  /**
   * A signature recorded with the wrong signatory or date (DOMAIN.md rule 7, docs/adr/0009). A
   * corrected date is judged as a signature on that date would be: not before the version was
   * drafted, nor on or after the MoU's termination. It never moves the day the version came into
   * force (the event's contract): for a version in force, the latest signature must still fall on
   * that day, so no signature moves after it and the last one does not move at all, unless another
   * party signed on the same day.
   *
   * <p>A signature that passed to a successor on an abolition is a consequence, not a signing, and
   * is not the current record of either party's signature here.
   */
  @CommandHandler
  void handle(CorrectSignature command, OrganisationDirectory organisations) {
    Version version = version(command.version());
    OrganisationId party = command.organisationId();
    RecordedSignature recorded = signatures.get(new SignatureKey(version.number(), party));
    if (recorded == null || !version.signatures().containsKey(party)) {
      throw new RuleViolation(
          Rule.UNKNOWN_RECORDED_FACT,
          "no signature of "
              + version.describe()
              + " of "
              + title
              + " by "
              + name(party, organisations)
              + " is recorded");
    }
    Signatory signatory =
        stripped(
            new Signatory(
                command.signatoryName() == null
                    ? recorded.signatory().name()
                    : command.signatoryName(),
                command.signatoryPost() == null
                    ? recorded.signatory().post()
                    : command.signatoryPost()));
    LocalDate date =
        command.effectiveDate() == null ? recorded.signedOn() : command.effectiveDate();
    if (signatory.equals(recorded.signatory()) && date.equals(recorded.signedOn())) {
      throw new RuleViolation(
          Rule.CORRECTION_CHANGES_NOTHING,
          "the signature is already recorded as " + describe(signatory) + " on " + date);
    }
    if (!date.equals(recorded.signedOn())) {
      if (date.isBefore(version.draftedOn())) {
        throw new RuleViolation(
            Rule.MOU_SIGNED_BEFORE_DRAFTED,
            version.describe()
                + " of "
                + title
                + " was drafted on "
                + version.draftedOn()
                + " and cannot have been signed before, on "
                + date);
      }
      if (terminatedOn != null && !date.isBefore(terminatedOn)) {
        throw new RuleViolation(
            Rule.CORRECTION_CONTRADICTS_RECORD,
            title + " was terminated on " + terminatedOn + "; nothing was signed on " + date);
      }
      if (version.inForceFrom() != null) {
        Map<OrganisationId, LocalDate> corrected = new HashMap<>(version.signatures());
        corrected.put(party, date);
        LocalDate last = corrected.values().stream().max(LocalDate::compareTo).orElseThrow();
        if (!last.equals(version.inForceFrom())) {
          throw new RuleViolation(
              Rule.CORRECTION_CONTRADICTS_RECORD,
              version.describe()
                  + " of "
                  + title
                  + " came into force on "
                  + version.inForceFrom()
                  + ", the day of its last signature; a signature dated "
                  + date
                  + " would move that day to "
                  + last);
        }
      }
    }
    apply(
        new MouSignatureCorrected(
            mouId,
            version.number(),
            party,
            recorded.eventId(),
            signatory,
            command.reason().strip(),
            date));
  }

  /**
   * A drafted version's title (the MoU's, given on version 1), label, schedules or terms recorded
   * wrongly (DOMAIN.md rule 7, docs/adr/0009). Its parties and date are not corrected here. The
   * periods stay within their range; once the version has come into force, the review dates
   * recorded from them stand: the first review due when it came into force (from version 1's
   * initial term, or a variation's review period), the review due of any version amended from it on
   * a party's leaving, and each recorded review's next date within the corrected review period. A
   * correction that would move a recorded review due date is refused: correct that record first, or
   * record a variation.
   */
  @CommandHandler
  void handle(CorrectDraft command) {
    Version version = version(command.version());
    RecordedDraft draft = drafts.get(version.number());
    if (draft == null || !draft.eventId().equals(command.correctedEventId())) {
      throw new RuleViolation(
          Rule.UNKNOWN_RECORDED_FACT,
          "event "
              + command.correctedEventId()
              + " is not the current record of the draft of "
              + version.describe()
              + " of "
              + title);
    }
    boolean first = version.number() == 1;
    if (!first && command.title() != null && !command.title().strip().equals(title)) {
      throw new RuleViolation(
          Rule.CORRECTION_CONTRADICTS_RECORD,
          "the title of "
              + title
              + " is given by the draft of version 1, not by "
              + version.describe()
              + "; correct that draft instead");
    }
    if (!first && command.initialTermMonths() != null) {
      throw new RuleViolation(
          Rule.CORRECTION_CONTRADICTS_RECORD,
          "only version 1 has an initial term; "
              + version.describe()
              + " of "
              + title
              + " is a variation");
    }
    String newTitle = command.title() == null ? title : command.title().strip();
    String label =
        command.versionLabel() == null ? version.label() : command.versionLabel().strip();
    List<String> schedules =
        command.schedules() == null ? draft.schedules() : stripped(command.schedules());
    Integer initialTerm =
        first
            ? (command.initialTermMonths() == null
                ? initialTermMonths
                : command.initialTermMonths())
            : null;
    int reviewPeriod =
        command.reviewPeriodMonths() == null
            ? version.reviewPeriodMonths()
            : command.reviewPeriodMonths();
    if (newTitle.equals(title)
        && label.equals(version.label())
        && schedules.equals(draft.schedules())
        && (!first || initialTerm == initialTermMonths)
        && reviewPeriod == version.reviewPeriodMonths()) {
      throw new RuleViolation(
          Rule.CORRECTION_CHANGES_NOTHING,
          "the draft of " + version.describe() + " of " + title + " already gives these facts");
    }
    if (first) {
      assertPeriod("initial term", initialTerm);
    }
    assertPeriod("review period", reviewPeriod);
    if (version.inForceFrom() != null) {
      assertRecordedReviewDatesStand(version, first ? initialTerm : null, reviewPeriod);
    }
    apply(
        new MouDraftCorrected(
            mouId,
            version.number(),
            draft.eventId(),
            newTitle,
            label,
            schedules,
            initialTerm,
            reviewPeriod,
            command.reason().strip(),
            version.draftedOn()));
  }

  /**
   * A drafted version's parties or date recorded wrongly (DOMAIN.md rule 7, docs/adr/0009), named
   * by its draft event (or latest correction of its parties and date); a null field keeps the value
   * recorded. Only while no party has signed it. Judged as a draft recorded so: at least two
   * distinct parties, each established on the date, in a partnership formed by then, before the
   * termination. A variation is dated no earlier than the changes to the versions before it, while
   * one of them is in force, and names every party to that version (seeds/001 MoU §25). No version
   * moves after a later change to the versions recorded after it.
   */
  @CommandHandler
  void handle(
      CorrectDrafting command,
      PartnershipDirectory partnerships,
      OrganisationDirectory organisations) {
    Version version = version(command.version());
    String recorded = draftings.get(version.number());
    if (recorded == null || !recorded.equals(command.correctedEventId())) {
      throw new RuleViolation(
          Rule.UNKNOWN_RECORDED_FACT,
          "event "
              + command.correctedEventId()
              + " is not the current record of the parties and date of "
              + version.describe()
              + " of "
              + title);
    }
    List<OrganisationId> parties =
        command.parties() == null ? version.parties() : List.copyOf(command.parties());
    LocalDate date =
        command.effectiveDate() == null ? version.draftedOn() : command.effectiveDate();
    if (parties.size() == version.parties().size()
        && new HashSet<>(parties).equals(new HashSet<>(version.parties()))
        && date.equals(version.draftedOn())) {
      throw new RuleViolation(
          Rule.CORRECTION_CHANGES_NOTHING,
          version.describe()
              + " of "
              + title
              + " is already drafted on "
              + date
              + " between "
              + names(parties, organisations));
    }
    if (!version.signatures().isEmpty()) {
      throw new RuleViolation(
          Rule.CORRECTION_CONTRADICTS_RECORD,
          version.describe()
              + " of "
              + title
              + " is already signed by "
              + names(version.signatures().keySet(), organisations)
              + "; its parties and date are corrected only before anyone signs");
    }
    assertPartiesDistinctAndEnough(parties);
    if (terminatedOn != null && !date.isBefore(terminatedOn)) {
      throw new RuleViolation(
          Rule.CORRECTION_CONTRADICTS_RECORD,
          title + " was terminated on " + terminatedOn + "; nothing was drafted on " + date);
    }
    partnerships.requireFormed(partnershipId, date);
    parties.forEach(party -> organisations.requireEstablished(party, date));
    if (version.number() > 1) {
      assertVariationDraftedOn(version, parties, date, organisations);
    }
    LocalDate was = version.draftedOn();
    Optional<LocalDate> nextChange =
        versions.tailMap(version.number(), false).values().stream()
            .map(Version::draftedOn)
            .min(LocalDate::compareTo);
    Optional<LocalDate> nextSuccession =
        successionsOn.stream().filter(day -> !day.isBefore(was)).min(LocalDate::compareTo);
    Optional.ofNullable(
            nextChange.isPresent() && nextSuccession.isPresent()
                ? earlier(nextChange.get(), nextSuccession.get())
                : nextChange.orElse(nextSuccession.orElse(null)))
        .filter(date::isAfter)
        .ifPresent(
            next -> {
              throw new RuleViolation(
                  Rule.MOU_ACT_OUT_OF_ORDER,
                  version.describe()
                      + " of "
                      + title
                      + " cannot have been drafted on "
                      + date
                      + ", after a later change to its versions recorded on "
                      + next);
            });
    apply(
        new MouDraftingCorrected(
            mouId, version.number(), recorded, parties, was, command.reason().strip(), date));
  }

  /** As {@link DraftVariation} judges a variation, against the versions before this one. */
  private void assertVariationDraftedOn(
      Version variation,
      List<OrganisationId> parties,
      LocalDate date,
      OrganisationDirectory organisations) {
    Collection<Version> before = versions.headMap(variation.number()).values();
    LocalDate previous = null;
    for (Version earlier : before) {
      previous = later(previous, earlier.draftedOn());
      if (earlier.inForceFrom() != null) {
        previous = later(previous, earlier.inForceFrom());
      }
    }
    if (previous != null && date.isBefore(previous)) {
      throw new RuleViolation(
          Rule.MOU_ACT_OUT_OF_ORDER,
          variation.describe()
              + " of "
              + title
              + " dated "
              + date
              + " would come before the last change to the versions before it, on "
              + previous
              + "; versions follow one another in the order they are recorded");
    }
    Version inForce =
        versions.headMap(variation.number(), false).descendingMap().values().stream()
            .filter(v -> v.inForceFrom() != null && !v.inForceFrom().isAfter(date))
            .findFirst()
            .orElseThrow(
                () -> notInForce(date, "a variation can only be drafted while a version is"));
    List<OrganisationId> leftOut =
        inForce.parties().stream().filter(party -> !parties.contains(party)).toList();
    if (!leftOut.isEmpty()) {
      throw new RuleViolation(
          Rule.VARIATION_WITHOUT_ALL_SIGNATORIES,
          "a variation of "
              + title
              + " needs the written agreement of every signatory of "
              + inForce.describe()
              + " (seeds/001 MoU §25), so each must be a party to it; it leaves out "
              + names(leftOut, organisations));
    }
  }

  private static LocalDate earlier(LocalDate one, LocalDate other) {
    return one.isBefore(other) ? one : other;
  }

  private void assertRecordedReviewDatesStand(
      Version version, Integer initialTerm, int reviewPeriod) {
    int firstTerm = version.number() == 1 ? initialTermMonths : version.reviewPeriodMonths();
    int correctedFirstTerm = version.number() == 1 ? initialTerm : reviewPeriod;
    if (correctedFirstTerm != firstTerm) {
      throw new RuleViolation(
          Rule.CORRECTION_CONTRADICTS_RECORD,
          version.describe()
              + " of "
              + title
              + " came into force on "
              + version.inForceFrom()
              + " with its first review due "
              + version.inForceFrom().plusMonths(firstTerm)
              + "; "
              + (version.number() == 1 ? "an initial term" : "a review period")
              + " of "
              + correctedFirstTerm
              + " months would change that recorded review due date to "
              + version.inForceFrom().plusMonths(correctedFirstTerm));
    }
    if (reviewPeriod != version.reviewPeriodMonths() && amendedFrom.contains(version.number())) {
      throw new RuleViolation(
          Rule.CORRECTION_CONTRADICTS_RECORD,
          version.describe()
              + " of "
              + title
              + " was amended on a party's leaving, with a review due "
              + version.reviewPeriodMonths()
              + " months after the leaving; a review period of "
              + reviewPeriod
              + " months would change that recorded review due date");
    }
    reviews.values().stream()
        .filter(review -> review.version() == version.number())
        .filter(
            review -> review.nextReviewDue().isAfter(review.reviewedOn().plusMonths(reviewPeriod)))
        .findFirst()
        .ifPresent(
            review -> {
              throw new RuleViolation(
                  Rule.NEXT_REVIEW_BEYOND_REVIEW_PERIOD,
                  "the review of "
                      + version.describe()
                      + " of "
                      + title
                      + " on "
                      + review.reviewedOn()
                      + " set the next review for "
                      + review.nextReviewDue()
                      + ", beyond a review period of "
                      + reviewPeriod
                      + " months");
            });
  }

  /**
   * A review recorded with a wrong date or next review date (DOMAIN.md rule 7, docs/adr/0009),
   * judged as a review recorded so: on a day the same version is in force, with its next review
   * after it and within the version's review period. A field left out keeps the value recorded.
   */
  @CommandHandler
  void handle(CorrectReview command) {
    RecordedReview review = reviews.get(command.correctedEventId());
    if (review == null) {
      throw new RuleViolation(
          Rule.UNKNOWN_RECORDED_FACT,
          "event "
              + command.correctedEventId()
              + " is not the current record of a review of "
              + title);
    }
    LocalDate date =
        command.effectiveDate() == null ? review.reviewedOn() : command.effectiveDate();
    LocalDate next =
        command.nextReviewDue() == null ? review.nextReviewDue() : command.nextReviewDue();
    if (date.equals(review.reviewedOn()) && next.equals(review.nextReviewDue())) {
      throw new RuleViolation(
          Rule.CORRECTION_CHANGES_NOTHING,
          "the review is already recorded on " + date + " with the next due " + next);
    }
    Version reviewed = versions.get(review.version());
    Optional<Version> inForce = inForceOn(date);
    if (inForce.isEmpty() || inForce.get().number() != reviewed.number()) {
      throw new RuleViolation(
          Rule.MOU_NOT_IN_FORCE,
          "the review was of "
              + reviewed.describe()
              + " of "
              + title
              + ", which is not the version in force on "
              + date
              + inForce.map(other -> " (" + other.describe() + " is)").orElse(" (none is)"));
    }
    if (!next.isAfter(date)) {
      throw new RuleViolation(
          Rule.NEXT_REVIEW_NOT_AFTER_REVIEW,
          "the next review, due " + next + ", must fall after this review on " + date);
    }
    LocalDate latest = date.plusMonths(reviewed.reviewPeriodMonths());
    if (next.isAfter(latest)) {
      throw new RuleViolation(
          Rule.NEXT_REVIEW_BEYOND_REVIEW_PERIOD,
          reviewed.describe()
              + " of "
              + title
              + " is reviewed at least every "
              + reviewed.reviewPeriodMonths()
              + " months, so after a review on "
              + date
              + " the next is due by "
              + latest
              + ", not "
              + next);
    }
    apply(
        new MouReviewCorrected(
            mouId,
            reviewed.number(),
            command.correctedEventId(),
            next,
            review.reviewedOn(),
            command.reason().strip(),
            date));
  }

  /**
   * A party's notice or the termination recorded with a wrong date (DOMAIN.md rule 7,
   * docs/adr/0009), judged as if recorded so. A notice: given while a version is in force that the
   * party is a party to (so before the MoU was amended on its leaving, and before the termination).
   * A termination: after every other act recorded on the MoU.
   */
  @CommandHandler
  void handle(CorrectDate command, OrganisationDirectory organisations) {
    LocalDate date = command.effectiveDate();
    String corrected = command.correctedEventId();
    if (corrected.equals(terminationEventId)) {
      if (date.equals(terminatedOn)) {
        throw new RuleViolation(
            Rule.CORRECTION_CHANGES_NOTHING, title + " is already terminated from " + date);
      }
      if (!date.isAfter(lastActOn())) {
        throw new RuleViolation(
            Rule.MOU_ACT_OUT_OF_ORDER,
            "the last act recorded on "
                + title
                + " is dated "
                + lastActOn()
                + "; it can have been terminated from the day after, not on "
                + date);
      }
      apply(new MouDateCorrected(mouId, corrected, terminatedOn, command.reason().strip(), date));
      return;
    }
    RecordedNotice notice = noticeRecords.get(corrected);
    if (notice == null) {
      throw new RuleViolation(
          Rule.UNKNOWN_RECORDED_FACT,
          "event "
              + corrected
              + " is not the current record of a notice under, or the termination of, "
              + title);
    }
    if (date.equals(notice.givenOn())) {
      throw new RuleViolation(
          Rule.CORRECTION_CHANGES_NOTHING, "the notice is already recorded on " + date);
    }
    Version inForce =
        inForceOn(date)
            .orElseThrow(
                () -> notInForce(date, "notice is given under a version in force, and none is"));
    if (!inForce.parties().contains(notice.party())) {
      throw new RuleViolation(
          Rule.NOT_AN_MOU_PARTY,
          name(notice.party(), organisations)
              + " is not a party to "
              + inForce.describe()
              + " of "
              + title
              + ", in force on "
              + date
              + ", so it had no notice to give then");
    }
    apply(new MouDateCorrected(mouId, corrected, notice.givenOn(), command.reason().strip(), date));
  }

  /** Reviewed at least once in every review period (seeds/001 MoU §24: at least annually). */
  @CommandHandler
  ReviewRecorded handle(ReviewMou command) {
    LocalDate date = command.effectiveDate();
    assertNotTerminated();
    Version inForce =
        inForceOn(date).orElseThrow(() -> notInForce(date, "only a version in force is reviewed"));
    LocalDate latest = date.plusMonths(inForce.reviewPeriodMonths());
    LocalDate next = command.nextReviewDue() == null ? latest : command.nextReviewDue();
    if (!next.isAfter(date)) {
      throw new RuleViolation(
          Rule.NEXT_REVIEW_NOT_AFTER_REVIEW,
          "the next review, due " + next + ", must fall after this review on " + date);
    }
    if (next.isAfter(latest)) {
      throw new RuleViolation(
          Rule.NEXT_REVIEW_BEYOND_REVIEW_PERIOD,
          inForce.describe()
              + " of "
              + title
              + " is reviewed at least every "
              + inForce.reviewPeriodMonths()
              + " months, so after a review on "
              + date
              + " the next is due by "
              + latest
              + ", not "
              + next);
    }
    apply(new MouReviewed(mouId, inForce.number(), next, date));
    return new ReviewRecorded(inForce.number(), next);
  }

  /** A leaving partner notifies the other signatories in writing (seeds/001 MoU §27). */
  @CommandHandler
  void handle(GiveMouNotice command, OrganisationDirectory organisations) {
    LocalDate date = command.effectiveDate();
    assertNotTerminated();
    OrganisationId party = command.organisationId();
    Version inForce =
        inForceOn(date)
            .orElseThrow(
                () -> notInForce(date, "notice is given under a version in force, and none is"));
    if (!inForce.parties().contains(party)) {
      throw new RuleViolation(
          Rule.NOT_AN_MOU_PARTY,
          name(party, organisations)
              + " is not a party to "
              + inForce.describe()
              + " of "
              + title
              + ", in force on "
              + date
              + ", so it has no notice to give");
    }
    if (notices.containsKey(party)) {
      throw new RuleViolation(
          Rule.MOU_NOTICE_ALREADY_GIVEN,
          name(party, organisations)
              + " already gave notice under "
              + title
              + " on "
              + notices.get(party));
    }
    apply(new MouPartyGaveNotice(mouId, party, date));
  }

  /** A draft may be abandoned, or the MoU in force ended; either way it is terminated once. */
  @CommandHandler
  void handle(TerminateMou command) {
    LocalDate date = command.effectiveDate();
    assertNotTerminated();
    if (!date.isAfter(lastActOn())) {
      throw new RuleViolation(
          Rule.MOU_ACT_OUT_OF_ORDER,
          "the last act recorded on "
              + title
              + " is dated "
              + lastActOn()
              + "; it can be terminated from the day after, not on "
              + date);
    }
    apply(new MouTerminated(mouId, date));
  }

  /**
   * The partnership has already required the leaver's written notice, so none is asked for here. A
   * terminated MoU is closed: a leaving recorded after its termination changes nothing in it.
   */
  @CommandHandler
  void handle(AmendMouOnPartyLeaving command) {
    LocalDate date = command.effectiveDate();
    OrganisationId leaver = command.organisationId();
    if (terminatedOn != null) {
      return;
    }
    Optional<Version> inForce = inForceOn(date).filter(v -> v.parties().contains(leaver));
    if (inForce.isEmpty()) {
      return;
    }
    assertNoEarlierThanLastVersionChange(date, "the amendment on a party's leaving");
    Version base = inForce.get();
    String label =
        base.label().endsWith(AMENDED_ON_LEAVING)
            ? base.label()
            : base.label() + AMENDED_ON_LEAVING;
    apply(
        new MouAmendedOnLeaving(
            mouId,
            versions.lastKey() + 1,
            label,
            leaver,
            base.parties().stream().filter(party -> !party.equals(leaver)).toList(),
            date.plusMonths(base.reviewPeriodMonths()),
            date));
  }

  /**
   * The successor takes the predecessor's place and signature in the version in force on the date
   * and in a draft awaiting signatures, one event for each. A terminated MoU is left as it was.
   */
  @CommandHandler
  void handle(SucceedMouSignature command) {
    LocalDate date = command.effectiveDate();
    OrganisationId predecessor = command.predecessorId();
    if (terminatedOn != null || predecessor.equals(command.successorId())) {
      return;
    }
    List<Version> affected = new ArrayList<>();
    inForceOn(date).filter(v -> v.parties().contains(predecessor)).ifPresent(affected::add);
    liveDraft().filter(v -> v.parties().contains(predecessor)).ifPresent(affected::add);
    if (affected.isEmpty()) {
      return;
    }
    assertNoEarlierThanLastVersionChange(date, "the succession to a party");
    affected.forEach(
        version ->
            apply(
                new MouSignatureSucceeded(
                    mouId, version.number(), predecessor, command.successorId(), date)));
  }

  /**
   * A departure's date is corrected (docs/adr/0009): the version amended without the organisation
   * on {@code was} is in force from {@code now} instead, its review due date revised from then. No
   * other act on the MoU may lie between the two dates: it was judged against the versions as they
   * stood, and would stand against other ones.
   */
  @CommandHandler
  void handle(MoveAmendmentOnLeaving command) {
    LocalDate was = command.was();
    LocalDate now = command.now();
    Optional<Map.Entry<String, Amendment>> found =
        amendments.entrySet().stream()
            .filter(amendment -> amendment.getValue().leaver().equals(command.organisationId()))
            .filter(amendment -> amendment.getValue().on().equals(was))
            .findFirst();
    if (found.isEmpty() || now.equals(was)) {
      return;
    }
    Version amended = versions.get(found.get().getValue().version());
    assertNoActsBetween(
        was,
        now,
        act -> act.changesVersions() && act.version() == amended.number(),
        "the amendment on the leaving of a party");
    apply(
        new MouAmendmentOnLeavingCorrected(
            mouId,
            amended.number(),
            command.organisationId(),
            found.get().getKey(),
            now.plusMonths(amended.reviewPeriodMonths()),
            was,
            command.reason().strip(),
            now));
  }

  /**
   * An abolition's date is corrected (docs/adr/0009): the predecessor's place and signature pass to
   * its successor on {@code now} instead of {@code was}, in each version they passed in, with no
   * other act on the MoU between the two dates.
   */
  @CommandHandler
  void handle(MoveSignatureSuccession command) {
    LocalDate was = command.was();
    LocalDate now = command.now();
    List<Map.Entry<String, Succession>> moved =
        successions.entrySet().stream()
            .filter(succession -> succession.getValue().on().equals(was))
            .filter(
                succession -> succession.getValue().predecessor().equals(command.predecessorId()))
            .filter(succession -> succession.getValue().successor().equals(command.successorId()))
            .sorted(Comparator.comparing(succession -> succession.getValue().version()))
            .toList();
    if (moved.isEmpty() || now.equals(was)) {
      return;
    }
    assertNoActsBetween(
        was, now, act -> act.succession() && act.on().equals(was), "the succession to a party");
    moved.forEach(
        succession ->
            apply(
                new MouSignatureSuccessionCorrected(
                    mouId,
                    succession.getValue().version(),
                    command.predecessorId(),
                    command.successorId(),
                    succession.getKey(),
                    was,
                    command.reason().strip(),
                    now)));
  }

  /**
   * Moving a change to the versions from {@code was} to {@code now} must not carry it over another
   * act on the MoU: moved earlier, none may be dated from {@code now} to before {@code was}; moved
   * later, none from {@code was} to before {@code now}, nor a change to the versions (or the
   * termination) on {@code now} itself.
   */
  private void assertNoActsBetween(
      LocalDate was, LocalDate now, Predicate<DatedAct> moving, String change) {
    boolean earlier = now.isBefore(was);
    recordedActs()
        .filter(act -> !moving.test(act))
        .filter(
            act ->
                earlier
                    ? !act.on().isBefore(now) && act.on().isBefore(was)
                    : !act.on().isBefore(was)
                        && (act.on().isBefore(now)
                            || (act.changesVersions() && act.on().equals(now))))
        .min(Comparator.comparing(DatedAct::on))
        .ifPresent(
            act -> {
              throw new RuleViolation(
                  Rule.MOU_ACT_OUT_OF_ORDER,
                  change
                      + " to "
                      + title
                      + " cannot move from "
                      + was
                      + " to "
                      + now
                      + ": "
                      + act.what()
                      + " is recorded on "
                      + act.on()
                      + ", between the two; correct that record first");
            });
  }

  /** Every act recorded on the MoU, at its current (perhaps corrected) date. */
  private Stream<DatedAct> recordedActs() {
    List<DatedAct> acts = new ArrayList<>();
    versions
        .values()
        .forEach(
            version -> {
              acts.add(
                  new DatedAct(
                      version.draftedOn(),
                      version.number(),
                      false,
                      true,
                      version.describe() + " drafted"));
              if (version.inForceFrom() != null) {
                acts.add(
                    new DatedAct(
                        version.inForceFrom(),
                        version.number(),
                        false,
                        true,
                        version.describe() + " in force"));
              }
            });
    signatures.forEach(
        (key, signature) ->
            acts.add(
                new DatedAct(signature.signedOn(), key.version(), false, false, "a signature")));
    reviews.values().stream()
        .map(
            review -> new DatedAct(review.reviewedOn(), review.version(), false, false, "a review"))
        .forEach(acts::add);
    noticeRecords.values().stream()
        .map(notice -> new DatedAct(notice.givenOn(), 0, false, false, "a notice"))
        .forEach(acts::add);
    successions.values().stream()
        .map(
            succession ->
                new DatedAct(
                    succession.on(), succession.version(), true, true, "a succession to a party"))
        .forEach(acts::add);
    if (terminatedOn != null) {
      acts.add(new DatedAct(terminatedOn, 0, false, true, "its termination"));
    }
    return acts.stream();
  }

  private void assertNotTerminated() {
    if (terminatedOn != null) {
      throw new RuleViolation(
          Rule.MOU_TERMINATED,
          title + " was terminated on " + terminatedOn + "; nothing more is recorded on it");
    }
  }

  private void assertNoEarlierThanLastVersionChange(LocalDate date, String act) {
    if (date.isBefore(lastVersionChangeOn)) {
      throw new RuleViolation(
          Rule.MOU_ACT_OUT_OF_ORDER,
          act
              + " dated "
              + date
              + " would come before the last change to the versions of "
              + title
              + ", on "
              + lastVersionChangeOn
              + "; versions follow one another in the order they are recorded");
    }
  }

  private static void assertPeriod(String what, int months) {
    if (months < 1 || months > MAX_PERIOD_MONTHS) {
      throw new RuleViolation(
          Rule.MOU_PERIOD_OUT_OF_RANGE,
          "the "
              + what
              + " is "
              + months
              + " months; it must be 1 to "
              + MAX_PERIOD_MONTHS
              + " months");
    }
  }

  private static void assertPartiesDistinctAndEnough(List<OrganisationId> parties) {
    if (new HashSet<>(parties).size() != parties.size()) {
      throw new RuleViolation(
          Rule.DUPLICATE_MOU_PARTY, "each party to the MoU may be named only once");
    }
    if (parties.size() < 2) {
      throw new RuleViolation(
          Rule.TOO_FEW_MOU_PARTIES,
          "a memorandum of understanding is between at least two organisations; "
              + parties.size()
              + " named");
    }
  }

  private RuleViolation notInForce(LocalDate date, String why) {
    Optional<LocalDate> first =
        versions.values().stream()
            .map(Version::inForceFrom)
            .filter(Objects::nonNull)
            .min(LocalDate::compareTo);
    return new RuleViolation(
        Rule.MOU_NOT_IN_FORCE,
        "no version of "
            + title
            + " is in force on "
            + date
            + " ("
            + first
                .map(d -> "it first came into force on " + d)
                .orElse("none has been signed by all its parties yet")
            + "); "
            + why);
  }

  private Version version(int number) {
    Version version = versions.get(number);
    if (version == null) {
      throw new RuleViolation(
          Rule.UNKNOWN_MOU_VERSION,
          title + " has no version " + number + "; its versions are 1 to " + versions.lastKey());
    }
    return version;
  }

  /**
   * The version in force on the date: versions come into force in the order of their numbers, so it
   * is the latest one in force by then, unless the MoU was terminated by then.
   */
  private Optional<Version> inForceOn(LocalDate date) {
    if (terminatedOn != null && !date.isBefore(terminatedOn)) {
      return Optional.empty();
    }
    return versions.descendingMap().values().stream()
        .filter(v -> v.inForceFrom() != null && !v.inForceFrom().isAfter(date))
        .findFirst();
  }

  /** The latest version, while it awaits signatures; an earlier unsigned one is superseded. */
  private Optional<Version> liveDraft() {
    Version latest = versions.lastEntry().getValue();
    return latest.inForceFrom() == null ? Optional.of(latest) : Optional.empty();
  }

  private boolean isSuperseded(Version version) {
    return version.inForceFrom() == null && version.number() < versions.lastKey();
  }

  private static List<String> stripped(List<String> schedules) {
    return schedules == null ? List.of() : schedules.stream().map(String::strip).toList();
  }

  private static String name(OrganisationId id, OrganisationDirectory organisations) {
    return organisations
        .find(id)
        .map(OrganisationDirectory.KnownOrganisation::name)
        .orElse("organisation " + id);
  }

  private static String names(Collection<OrganisationId> ids, OrganisationDirectory organisations) {
    return ids.stream().map(id -> name(id, organisations)).collect(Collectors.joining(", "));
  }

  @EventSourcingHandler
  void on(MouDrafted event, @MessageIdentifier String eventId) {
    drafts.put(event.version(), new RecordedDraft(eventId, event.schedules()));
    draftings.put(event.version(), eventId);
    this.mouId = event.mouId();
    this.partnershipId = event.partnershipId();
    this.title = event.title();
    this.initialTermMonths = event.initialTermMonths();
    versions.put(
        event.version(),
        Version.drafted(
            event.version(),
            event.versionLabel(),
            event.parties(),
            event.reviewPeriodMonths(),
            event.effectiveDate()));
    versionsChangedOn(event.effectiveDate());
  }

  @EventSourcingHandler
  void on(MouVariationDrafted event, @MessageIdentifier String eventId) {
    drafts.put(event.version(), new RecordedDraft(eventId, event.schedules()));
    draftings.put(event.version(), eventId);
    versions.put(
        event.version(),
        Version.drafted(
            event.version(),
            event.versionLabel(),
            event.parties(),
            event.reviewPeriodMonths(),
            event.effectiveDate()));
    versionsChangedOn(event.effectiveDate());
  }

  @EventSourcingHandler
  void on(MouSigned event, @MessageIdentifier String eventId) {
    versions.computeIfPresent(
        event.version(),
        (number, version) -> version.signedBy(event.organisationId(), event.effectiveDate()));
    signatures.put(
        new SignatureKey(event.version(), event.organisationId()),
        new RecordedSignature(eventId, event.signatory(), event.effectiveDate()));
  }

  @EventSourcingHandler
  void on(MouSignatureCorrected event, @MessageIdentifier String eventId) {
    versions.computeIfPresent(
        event.version(),
        (number, version) -> version.signedBy(event.organisationId(), event.effectiveDate()));
    signatures.put(
        new SignatureKey(event.version(), event.organisationId()),
        new RecordedSignature(eventId, event.signatory(), event.effectiveDate()));
  }

  @EventSourcingHandler
  void on(MouCameIntoForce event) {
    versions.computeIfPresent(
        event.version(), (number, version) -> version.inForceFrom(event.effectiveDate()));
    versionsChangedOn(event.effectiveDate());
  }

  @EventSourcingHandler
  void on(MouReviewed event, @MessageIdentifier String eventId) {
    reviews.put(
        eventId, new RecordedReview(event.version(), event.effectiveDate(), event.nextReviewDue()));
  }

  @EventSourcingHandler
  void on(MouPartyGaveNotice event, @MessageIdentifier String eventId) {
    notices.put(event.organisationId(), event.effectiveDate());
    noticeRecords.put(eventId, new RecordedNotice(event.organisationId(), event.effectiveDate()));
  }

  @EventSourcingHandler
  void on(MouDraftCorrected event, @MessageIdentifier String eventId) {
    if (event.version() == 1) {
      this.title = event.title();
      this.initialTermMonths = event.initialTermMonths();
    }
    versions.computeIfPresent(
        event.version(),
        (number, version) -> version.withTerms(event.versionLabel(), event.reviewPeriodMonths()));
    drafts.put(event.version(), new RecordedDraft(eventId, event.schedules()));
  }

  /**
   * The latest change to the versions may have been this draft's old date: it is worked out anew.
   */
  @EventSourcingHandler
  void on(MouDraftingCorrected event, @MessageIdentifier String eventId) {
    versions.computeIfPresent(
        event.version(),
        (number, version) -> version.drafting(event.parties(), event.effectiveDate()));
    draftings.put(event.version(), eventId);
    versionsChangedAnew();
  }

  /** The latest change to the versions, worked out anew after one of them moved. */
  private void versionsChangedAnew() {
    lastVersionChangeOn = null;
    for (Version version : versions.values()) {
      versionsChangedOn(version.draftedOn());
      if (version.inForceFrom() != null) {
        versionsChangedOn(version.inForceFrom());
      }
    }
    successionsOn.forEach(this::versionsChangedOn);
  }

  @EventSourcingHandler
  void on(MouAmendmentOnLeavingCorrected event, @MessageIdentifier String eventId) {
    amendments.remove(event.correctedEventId());
    amendments.put(
        eventId,
        new Amendment(event.version(), event.leavingOrganisationId(), event.effectiveDate()));
    versions.computeIfPresent(
        event.version(),
        (number, version) ->
            version
                .drafting(version.parties(), event.effectiveDate())
                .inForceFrom(event.effectiveDate()));
    versionsChangedAnew();
  }

  @EventSourcingHandler
  void on(MouSignatureSuccessionCorrected event, @MessageIdentifier String eventId) {
    Succession was = successions.remove(event.correctedEventId());
    successions.put(
        eventId,
        new Succession(
            event.version(), event.predecessorId(), event.successorId(), event.effectiveDate()));
    if (was != null) {
      successionsOn.remove(was.on());
      successionsOn.add(event.effectiveDate());
    }
    versionsChangedAnew();
  }

  @EventSourcingHandler
  void on(MouReviewCorrected event, @MessageIdentifier String eventId) {
    reviews.remove(event.correctedEventId());
    reviews.put(
        eventId, new RecordedReview(event.version(), event.effectiveDate(), event.nextReviewDue()));
  }

  /** A notice's party keeps its notice (unless it has left since); a termination simply moves. */
  @EventSourcingHandler
  void on(MouDateCorrected event, @MessageIdentifier String eventId) {
    if (event.correctedEventId().equals(terminationEventId)) {
      this.terminatedOn = event.effectiveDate();
      this.terminationEventId = eventId;
      return;
    }
    RecordedNotice notice = noticeRecords.remove(event.correctedEventId());
    if (notice != null) {
      noticeRecords.put(eventId, new RecordedNotice(notice.party(), event.effectiveDate()));
      notices.computeIfPresent(notice.party(), (party, date) -> event.effectiveDate());
    }
  }

  /** The remaining parties' signatures carry over to the amended version (MouEvent's contract). */
  @EventSourcingHandler
  void on(MouAmendedOnLeaving event, @MessageIdentifier String eventId) {
    amendments.put(
        eventId,
        new Amendment(event.version(), event.leavingOrganisationId(), event.effectiveDate()));
    Version base = inForceOn(event.effectiveDate()).orElseThrow();
    Version amended =
        Version.drafted(
            event.version(),
            event.versionLabel(),
            event.parties(),
            base.reviewPeriodMonths(),
            event.effectiveDate());
    for (OrganisationId party : event.parties()) {
      amended = amended.signedBy(party, base.signatures().get(party));
    }
    versions.put(event.version(), amended.inForceFrom(event.effectiveDate()));
    amendedFrom.add(base.number());
    notices.remove(event.leavingOrganisationId());
    versionsChangedOn(event.effectiveDate());
  }

  @EventSourcingHandler
  void on(MouSignatureSucceeded event, @MessageIdentifier String eventId) {
    successions.put(
        eventId,
        new Succession(
            event.version(), event.predecessorId(), event.successorId(), event.effectiveDate()));
    versions.computeIfPresent(
        event.version(),
        (number, version) -> version.succeeded(event.predecessorId(), event.successorId()));
    notices.remove(event.predecessorId());
    successionsOn.add(event.effectiveDate());
    versionsChangedOn(event.effectiveDate());
  }

  /**
   * Nothing is recorded after a termination but corrections, so the latest act before it stays what
   * a corrected termination date is judged against.
   */
  @EventSourcingHandler
  void on(MouTerminated event, @MessageIdentifier String eventId) {
    this.terminatedOn = event.effectiveDate();
    this.terminationEventId = eventId;
  }

  private void versionsChangedOn(LocalDate date) {
    lastVersionChangeOn = later(lastVersionChangeOn, date);
  }

  /**
   * The date of the latest act recorded, the termination aside: signatures, reviews and notices
   * count at their current (perhaps corrected) dates.
   */
  private LocalDate lastActOn() {
    LocalDate latest = lastVersionChangeOn;
    for (RecordedSignature signature : signatures.values()) {
      latest = later(latest, signature.signedOn());
    }
    for (RecordedReview review : reviews.values()) {
      latest = later(latest, review.reviewedOn());
    }
    for (RecordedNotice notice : noticeRecords.values()) {
      latest = later(latest, notice.givenOn());
    }
    return latest;
  }

  private static LocalDate later(LocalDate current, LocalDate date) {
    return current == null || date.isAfter(current) ? date : current;
  }

  /** A version amended on a party's leaving, and the day it came into force. */
  private record Amendment(int version, OrganisationId leaver, LocalDate on) {}

  /** A party's place and signature in a version passed to its successor on a day. */
  private record Succession(
      int version, OrganisationId predecessor, OrganisationId successor, LocalDate on) {}

  /**
   * An act recorded on the MoU, to judge a moved change against.
   *
   * @param version the version it concerns; 0 for the MoU as a whole
   * @param succession whether it is a signature's passing to a successor
   * @param changesVersions whether it changes which version is in force, or its parties
   */
  private record DatedAct(
      LocalDate on, int version, boolean succession, boolean changesVersions, String what) {}

  /** A party's signature of a version. */
  private record SignatureKey(int version, OrganisationId organisationId) {}

  /**
   * A signature as signed, or as last corrected.
   *
   * @param eventId the event that holds its current facts
   */
  private record RecordedSignature(String eventId, Signatory signatory, LocalDate signedOn) {}

  /** A signatory as recorded: no surrounding blanks, and no post rather than a blank one. */
  private static Signatory stripped(Signatory signatory) {
    String post = signatory.post() == null ? null : signatory.post().strip();
    return new Signatory(signatory.name().strip(), post == null || post.isEmpty() ? null : post);
  }

  private static String describe(Signatory signatory) {
    return signatory.post() == null ? signatory.name() : signatory.name() + ", " + signatory.post();
  }

  /**
   * A drafted version's schedules, and the event holding its current draft facts.
   *
   * @param eventId its {@link MouDrafted} or {@link MouVariationDrafted}, or their latest
   *     correction
   */
  private record RecordedDraft(String eventId, List<String> schedules) {}

  /** A review of a version, as recorded or last corrected. */
  private record RecordedReview(int version, LocalDate reviewedOn, LocalDate nextReviewDue) {}

  /** A party's notice, as recorded or last corrected. */
  private record RecordedNotice(OrganisationId party, LocalDate givenOn) {}

  /**
   * One version: its parties and their signatures, and from when it is in force (null while it is a
   * draft). Immutable, so the aggregate's state compares by value.
   */
  private record Version(
      int number,
      String label,
      List<OrganisationId> parties,
      int reviewPeriodMonths,
      LocalDate draftedOn,
      Map<OrganisationId, LocalDate> signatures,
      LocalDate inForceFrom) {

    static Version drafted(
        int number,
        String label,
        List<OrganisationId> parties,
        int reviewPeriodMonths,
        LocalDate draftedOn) {
      return new Version(
          number, label, List.copyOf(parties), reviewPeriodMonths, draftedOn, Map.of(), null);
    }

    Version signedBy(OrganisationId party, LocalDate date) {
      Map<OrganisationId, LocalDate> signed = new LinkedHashMap<>(signatures);
      signed.put(party, date);
      return new Version(
          number, label, parties, reviewPeriodMonths, draftedOn, Map.copyOf(signed), inForceFrom);
    }

    Version withTerms(String newLabel, int newReviewPeriodMonths) {
      return new Version(
          number, newLabel, parties, newReviewPeriodMonths, draftedOn, signatures, inForceFrom);
    }

    Version drafting(List<OrganisationId> newParties, LocalDate newDraftedOn) {
      return new Version(
          number,
          label,
          List.copyOf(newParties),
          reviewPeriodMonths,
          newDraftedOn,
          signatures,
          inForceFrom);
    }

    Version inForceFrom(LocalDate date) {
      return new Version(number, label, parties, reviewPeriodMonths, draftedOn, signatures, date);
    }

    /** The successor takes the predecessor's place, and its signature if it had none of its own. */
    Version succeeded(OrganisationId predecessor, OrganisationId successor) {
      List<OrganisationId> places = new ArrayList<>(parties);
      if (places.contains(successor)) {
        places.remove(predecessor);
      } else {
        places.set(places.indexOf(predecessor), successor);
      }
      Map<OrganisationId, LocalDate> signed = new LinkedHashMap<>(signatures);
      LocalDate predecessorSigned = signed.remove(predecessor);
      if (predecessorSigned != null) {
        signed.putIfAbsent(successor, predecessorSigned);
      }
      return new Version(
          number,
          label,
          List.copyOf(places),
          reviewPeriodMonths,
          draftedOn,
          Map.copyOf(signed),
          inForceFrom);
    }

    List<OrganisationId> unsigned() {
      return parties.stream().filter(party -> !signatures.containsKey(party)).toList();
    }

    String describe() {
      return "version " + number + " (" + label + ")";
    }
  }
}
