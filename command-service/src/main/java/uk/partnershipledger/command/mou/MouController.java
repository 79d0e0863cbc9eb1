package uk.partnershipledger.command.mou;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.partnershipledger.command.api.CommandHeaders;
import uk.partnershipledger.command.api.LedgerCommands;
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
import uk.partnershipledger.events.mou.MouId;
import uk.partnershipledger.events.mou.Signatory;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;

@RestController
@RequestMapping("/mous")
@Tag(
    name = "Memoranda of understanding",
    description = "MoUs between partners, their versions, signatures, reviews and variations")
class MouController {

  private final LedgerCommands commands;
  private final MouDirectory mous;

  MouController(LedgerCommands commands, MouDirectory mous) {
    this.commands = commands;
    this.mous = mous;
  }

  @PostMapping
  @Operation(
      summary = "Draft a memorandum of understanding",
      description =
          "Drafts version 1 for at least two parties, each registered and established by the"
              + " effective date, in a partnership formed by then. It comes into force on the day"
              + " its last party signs, for its initial term (seeds/001 MoU §24).")
  ResponseEntity<?> draft(CommandHeaders headers, @Valid @RequestBody DraftMouRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        request,
        send -> {
          MouId id = MouId.newId();
          send.apply(
              new DraftMou(
                  id,
                  request.partnershipId(),
                  request.title(),
                  request.versionLabel(),
                  request.parties(),
                  request.schedules(),
                  request.initialTermMonths(),
                  request.reviewPeriodMonths(),
                  request.effectiveDate()));
          return ResponseEntity.created(URI.create("/mous/" + id + "/versions/1"))
              .body(new VersionDrafted(id, 1, request.effectiveDate()));
        });
  }

  @PostMapping("/{mouId}/variations")
  @Operation(
      summary = "Draft a variation as a new version",
      description =
          "Only while a version is in force and no other draft awaits signatures. Every"
              + " signatory of the version in force must be a party to the variation, which comes"
              + " into force only when all its parties have signed (seeds/001 MoU §25).")
  ResponseEntity<?> vary(
      @PathVariable MouId mouId,
      CommandHeaders headers,
      @Valid @RequestBody VariationRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(mouId, request),
        send -> {
          mous.require(mouId);
          int version =
              (Integer)
                  send.apply(
                      new DraftVariation(
                          mouId,
                          request.versionLabel(),
                          request.parties(),
                          request.schedules(),
                          request.reviewPeriodMonths(),
                          request.effectiveDate()));
          return ResponseEntity.created(URI.create("/mous/" + mouId + "/versions/" + version))
              .body(new VersionDrafted(mouId, version, request.effectiveDate()));
        });
  }

  @PostMapping("/{mouId}/versions/{version}/signatures")
  @Operation(
      summary = "A party signs a version",
      description =
          "Each party signs once, not before the version was drafted. The answer says whether"
              + " the version came into force: it does on the day its last party signs, with its"
              + " first review due after the initial term (version 1) or the review period.")
  ResponseEntity<?> sign(
      @PathVariable MouId mouId,
      @PathVariable int version,
      CommandHeaders headers,
      @Valid @RequestBody SignRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(mouId, version, request),
        send -> {
          mous.require(mouId);
          SignatureRecorded signed =
              (SignatureRecorded)
                  send.apply(
                      new SignMou(
                          mouId,
                          version,
                          request.organisationId(),
                          new Signatory(request.signatory(), request.post()),
                          request.effectiveDate()));
          return ResponseEntity.ok(
              new SignedResponse(
                  mouId,
                  version,
                  request.organisationId(),
                  request.effectiveDate(),
                  signed.cameIntoForce(),
                  signed.inForceFrom(),
                  signed.reviewDue()));
        });
  }

  @PostMapping("/{mouId}/versions/{version}/signatures/{organisationId}/corrections")
  @Operation(
      summary = "Correct a signature",
      description =
          "Gives the right signatory, post or date of the party's signature of the version; a field left"
              + " out keeps the value recorded. A corrected date may not fall before the version"
              + " was drafted, and never moves the day the version came into force: for a version"
              + " in force the latest signature must still fall on that day.")
  ResponseEntity<?> correctSignature(
      @PathVariable MouId mouId,
      @PathVariable int version,
      @PathVariable OrganisationId organisationId,
      CommandHeaders headers,
      @Valid @RequestBody SignatureCorrectionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(mouId, version, organisationId, request),
        send -> {
          mous.require(mouId);
          send.apply(
              new CorrectSignature(
                  mouId,
                  version,
                  organisationId,
                  request.signatory(),
                  request.post(),
                  request.effectiveDate(),
                  request.reason()));
          return ResponseEntity.ok(new SignatureCorrected(mouId, version, organisationId));
        });
  }

  @PostMapping("/{mouId}/reviews")
  @Operation(
      summary = "Review the version in force",
      description =
          "Records a review of the version in force on the effective date. The next review falls"
              + " after it and within the review period; without one it is due a review period"
              + " later (seeds/001 MoU §24: reviewed at least annually).")
  ResponseEntity<?> review(
      @PathVariable MouId mouId,
      CommandHeaders headers,
      @Valid @RequestBody ReviewRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(mouId, request),
        send -> {
          mous.require(mouId);
          ReviewRecorded reviewed =
              (ReviewRecorded)
                  send.apply(
                      new ReviewMou(mouId, request.nextReviewDue(), request.effectiveDate()));
          return ResponseEntity.ok(
              new ReviewedResponse(
                  mouId, reviewed.version(), reviewed.nextReviewDue(), request.effectiveDate()));
        });
  }

  @PostMapping("/{mouId}/parties/{organisationId}/notice")
  @Operation(
      summary = "A party gives written notice",
      description =
          "A partner leaving notifies the other signatories in writing (seeds/001 MoU §27)."
              + " Refused unless the organisation is a party to the version in force on that date;"
              + " a party gives notice once. Its leaving the partnership amends the MoU.")
  ResponseEntity<?> giveNotice(
      @PathVariable MouId mouId,
      @PathVariable OrganisationId organisationId,
      CommandHeaders headers,
      @Valid @RequestBody NoticeRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(mouId, organisationId, request),
        send -> {
          mous.require(mouId);
          send.apply(new GiveMouNotice(mouId, organisationId, request.effectiveDate()));
          return ResponseEntity.ok(
              new MouChanged(mouId, organisationId, "GAVE_NOTICE", request.effectiveDate()));
        });
  }

  @PostMapping("/{mouId}/termination")
  @Operation(
      summary = "Terminate the MoU",
      description =
          "Ends a draft or an MoU in force; the effective date is its first day no longer in"
              + " force and falls after every act recorded on it. Nothing more is recorded after.")
  ResponseEntity<?> terminate(
      @PathVariable MouId mouId,
      CommandHeaders headers,
      @Valid @RequestBody TerminationRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(mouId, request),
        send -> {
          mous.require(mouId);
          send.apply(new TerminateMou(mouId, request.effectiveDate()));
          return ResponseEntity.ok(
              new MouChanged(mouId, null, "TERMINATED", request.effectiveDate()));
        });
  }

  @PostMapping("/{mouId}/versions/{version}/draft-corrections")
  @Operation(
      summary = "Correct a drafted version",
      description =
          "Gives the right title (version 1 only), label, schedules, initial term (version 1"
              + " only) or review period of a drafted version, in place of its draft event (or"
              + " its latest correction); a field left out keeps the value recorded. Periods stay"
              + " 1 to 60 months. Once the version has come into force, refused where a recorded"
              + " review due date would change (its first review, a review due on an amendment"
              + " from it) or a recorded review's next date would fall beyond the review period.")
  ResponseEntity<?> correctDraft(
      @PathVariable MouId mouId,
      @PathVariable int version,
      CommandHeaders headers,
      @Valid @RequestBody DraftCorrectionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(mouId, version, request),
        send -> {
          mous.require(mouId);
          send.apply(
              new CorrectDraft(
                  mouId,
                  version,
                  request.correctedEventId(),
                  request.title(),
                  request.versionLabel(),
                  request.schedules(),
                  request.initialTermMonths(),
                  request.reviewPeriodMonths(),
                  request.reason()));
          return ResponseEntity.ok(new MouCorrected(mouId, "DRAFT_CORRECTED"));
        });
  }

  @PostMapping("/{mouId}/versions/{version}/drafting-corrections")
  @Operation(
      summary = "Correct a drafted version's parties or date",
      description =
          "Gives the right parties (the whole list) or date of a drafted version, in place of its"
              + " draft event (or the latest correction of its parties and date); a field left out"
              + " keeps the value recorded. Only before any party has signed it. Judged as a draft"
              + " recorded so: at least two distinct parties, each established on the date, in a"
              + " partnership formed by then; a variation dated no earlier than the versions"
              + " before it, while one is in force, naming every party to that version.")
  ResponseEntity<?> correctDrafting(
      @PathVariable MouId mouId,
      @PathVariable int version,
      CommandHeaders headers,
      @Valid @RequestBody DraftingCorrectionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(mouId, version, request),
        send -> {
          mous.require(mouId);
          send.apply(
              new CorrectDrafting(
                  mouId,
                  version,
                  request.correctedEventId(),
                  request.parties(),
                  request.effectiveDate(),
                  request.reason()));
          return ResponseEntity.ok(new MouCorrected(mouId, "DRAFTING_CORRECTED"));
        });
  }

  @PostMapping("/{mouId}/review-corrections")
  @Operation(
      summary = "Correct a review",
      description =
          "Gives the right date or next review date of a review, in place of its event (or its"
              + " latest correction); a field left out keeps the value recorded. Judged as a"
              + " review recorded so: on a day the same version is in force, the next review"
              + " after it and within the review period.")
  ResponseEntity<?> correctReview(
      @PathVariable MouId mouId,
      CommandHeaders headers,
      @Valid @RequestBody ReviewCorrectionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(mouId, request),
        send -> {
          mous.require(mouId);
          send.apply(
              new CorrectReview(
                  mouId,
                  request.correctedEventId(),
                  request.nextReviewDue(),
                  request.effectiveDate(),
                  request.reason()));
          return ResponseEntity.ok(new MouCorrected(mouId, "REVIEW_CORRECTED"));
        });
  }

  @PostMapping("/{mouId}/date-corrections")
  @Operation(
      summary = "Correct the date of a party's notice or of the termination",
      description =
          "Gives the right date of the notice or termination event named (or its latest"
              + " correction). A notice stays on a day a version the party is a party to is in"
              + " force; a termination stays after every other act recorded on the MoU.")
  ResponseEntity<?> correctDate(
      @PathVariable MouId mouId,
      CommandHeaders headers,
      @Valid @RequestBody DateCorrectionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(mouId, request),
        send -> {
          mous.require(mouId);
          send.apply(
              new CorrectDate(
                  mouId, request.correctedEventId(), request.effectiveDate(), request.reason()));
          return ResponseEntity.ok(new MouCorrected(mouId, "DATE_CORRECTED"));
        });
  }

  /** The path is part of what was asked, for the idempotency fingerprint. */
  private record Keyed(Object... parts) {}

  @Schema(
      example =
          """
          {"partnershipId": "5b0c6a1e-2f55-4c3e-9a34-0d1e0c7d9a10",
           "title": "County Durham Care Partnership Memorandum of Understanding",
           "versionLabel": "December 2020",
           "parties": ["3f1c0a4e-8d0b-4a57-9d55-2a3c1b0e7f10", "9a2b7c4d-1e3f-4a5b-8c6d-7e8f9a0b1c2d",
                       "c4d5e6f7-0a1b-4c2d-8e3f-5a6b7c8d9e0f"],
           "schedules": ["Schedule 1: Development of the Strategic Integrated Commissioning Function",
                         "Schedule 2: Anticipated outcomes"],
           "initialTermMonths": 12, "reviewPeriodMonths": 12, "effectiveDate": "2020-12-01",
           "reason": "MoU at Appendix 4, Cabinet 17 March 2021 (seeds/001)"}""")
  record DraftMouRequest(
      @NotNull PartnershipId partnershipId,
      @NotBlank @Size(max = 200) String title,
      @NotBlank @Size(max = 200) String versionLabel,
      @NotEmpty List<@NotNull OrganisationId> parties,
      List<@NotBlank @Size(max = 200) String> schedules,
      @NotNull @Schema(description = "Months before the first review, 1 to 60")
          Integer initialTermMonths,
      @NotNull @Schema(description = "Months between reviews after that, 1 to 60")
          Integer reviewPeriodMonths,
      @NotNull @Schema(description = "The day the version was drafted") LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"versionLabel": "2023: joint committee with the ICB",
           "parties": ["3f1c0a4e-8d0b-4a57-9d55-2a3c1b0e7f10", "9a2b7c4d-1e3f-4a5b-8c6d-7e8f9a0b1c2d",
                       "c4d5e6f7-0a1b-4c2d-8e3f-5a6b7c8d9e0f"],
           "schedules": ["Schedule 1: Delegated authority of the joint committee"],
           "reviewPeriodMonths": 12, "effectiveDate": "2023-03-01",
           "reason": "Delegated authority set out in the agreed MoU (seeds/000 §17-18)"}""")
  record VariationRequest(
      @NotBlank @Size(max = 200) String versionLabel,
      @NotEmpty List<@NotNull OrganisationId> parties,
      List<@NotBlank @Size(max = 200) String> schedules,
      @NotNull @Schema(description = "Months between reviews, 1 to 60") Integer reviewPeriodMonths,
      @NotNull @Schema(description = "The day the variation was drafted") LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"organisationId": "3f1c0a4e-8d0b-4a57-9d55-2a3c1b0e7f10",
           "signatory": "John Hewitt", "post": "Interim Chief Executive",
           "effectiveDate": "2021-03-17", "reason": "Signed after Cabinet, 17 March 2021"}""")
  record SignRequest(
      @NotNull OrganisationId organisationId,
      @NotBlank
          @Size(max = 200)
          @Schema(
              description =
                  "Who signed, as the signature block names them; where it names only a post, the"
                      + " post")
          String signatory,
      @Size(max = 200)
          @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
          @Schema(description = "The post they signed in, such as Chief Executive; optional")
          String post,
      @NotNull @Schema(description = "The day of the signature") LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"nextReviewDue": "2023-03-31", "effectiveDate": "2022-03-31",
           "reason": "Annual review by the Partnership Executive (seeds/001 MoU §24)"}""")
  record ReviewRequest(
      @Schema(description = "When the next review is due; a review period later if not given")
          LocalDate nextReviewDue,
      @NotNull @Schema(description = "The day of the review") LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"effectiveDate": "2022-01-10",
           "reason": "Letter from the Accountable Officer to the other signatories (seeds/001 MoU §27)"}""")
  record NoticeRequest(
      @NotNull @Schema(description = "The day written notice was given") LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"effectiveDate": "2023-04-01",
           "reason": "Replaced by the joint committee's MoU, fully operational from April 2023"}""")
  record TerminationRequest(
      @NotNull @Schema(description = "The first day the MoU is no longer in force")
          LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"post": "Chief Executive", "effectiveDate": "2021-03-17",
           "reason": "The signed copy is dated 17 March 2021 and signed by the Chief Executive"}""")
  record SignatureCorrectionRequest(
      @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
          String signatory,
      @Size(max = 200)
          @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
          @Schema(description = "The right post of the signatory")
          String post,
      @Schema(description = "The right date of the signature") LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  record SignatureCorrected(MouId mouId, int version, OrganisationId organisationId) {}

  @Schema(
      example =
          """
          {"correctedEventId": "5f0e8a3c-2b1d-4c6e-9f7a-8b9c0d1e2f3a",
           "schedules": ["Schedule 1: Development of the Strategic Integrated Commissioning Function",
                         "Schedule 2: Anticipated outcomes",
                         "Schedule 3: Financial arrangements"],
           "reason": "Schedule 3 was in the version Cabinet approved (seeds/001 Appendix 4)"}""")
  record DraftCorrectionRequest(
      @NotBlank @Size(max = 100) String correctedEventId,
      @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String title,
      @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
          String versionLabel,
      @Schema(description = "The whole list of schedules; omit to keep them")
          List<@NotBlank @Size(max = 200) String> schedules,
      @Schema(description = "Version 1 only: months before the first review, 1 to 60")
          Integer initialTermMonths,
      @Schema(description = "Months between reviews, 1 to 60") Integer reviewPeriodMonths,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"correctedEventId": "5f0e8a3c-2b1d-4c6e-9f7a-8b9c0d1e2f3a",
           "effectiveDate": "2022-03-29", "nextReviewDue": "2023-03-29",
           "reason": "The Partnership Executive met on 29 March 2022 (minutes)"}""")
  record ReviewCorrectionRequest(
      @NotBlank @Size(max = 100) String correctedEventId,
      @Schema(description = "The right day of the review") LocalDate effectiveDate,
      @Schema(description = "The right date the next review is due") LocalDate nextReviewDue,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"correctedEventId": "5f0e8a3c-2b1d-4c6e-9f7a-8b9c0d1e2f3a",
           "effectiveDate": "2022-01-12",
           "reason": "The letter to the other signatories is dated 12 January 2022"}""")
  record DateCorrectionRequest(
      @NotBlank @Size(max = 100) String correctedEventId,
      @NotNull @Schema(description = "The right date of the notice or the termination")
          LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"correctedEventId": "5f0e8a3c-2b1d-4c6e-9f7a-8b9c0d1e2f3a",
           "parties": ["3f1c0a4e-8d0b-4a57-9d55-2a3c1b0e7f10", "9a2b7c4d-1e3f-4a5b-8c6d-7e8f9a0b1c2d",
                       "c4d5e6f7-0a1b-4c2d-8e3f-5a6b7c8d9e0f"],
           "effectiveDate": "2020-12-01",
           "reason": "The trust is a party to the version Cabinet approved (seeds/001 Appendix 4)"}""")
  record DraftingCorrectionRequest(
      @NotBlank @Size(max = 100) String correctedEventId,
      @Schema(description = "The whole list of parties; omit to keep them")
          List<@NotNull OrganisationId> parties,
      @Schema(description = "The right day the version was drafted") LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  record MouCorrected(MouId mouId, String change) {}

  record VersionDrafted(MouId mouId, int version, LocalDate effectiveDate) {}

  /**
   * @param inForceFrom the day the version came into force, if this signature completed it
   */
  record SignedResponse(
      MouId mouId,
      int version,
      OrganisationId organisationId,
      LocalDate effectiveDate,
      boolean cameIntoForce,
      LocalDate inForceFrom,
      LocalDate reviewDue) {}

  record ReviewedResponse(
      MouId mouId, int version, LocalDate nextReviewDue, LocalDate effectiveDate) {}

  record MouChanged(
      MouId mouId, OrganisationId organisationId, String change, LocalDate effectiveDate) {}
}
