package uk.partnershipledger.command.partnership;

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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.partnershipledger.command.api.CommandHeaders;
import uk.partnershipledger.command.api.LedgerCommands;
import uk.partnershipledger.command.partnership.PartnershipCommands.CorrectFormation;
import uk.partnershipledger.command.partnership.PartnershipCommands.CorrectJoining;
import uk.partnershipledger.command.partnership.PartnershipCommands.CorrectLeaving;
import uk.partnershipledger.command.partnership.PartnershipCommands.CorrectNotice;
import uk.partnershipledger.command.partnership.PartnershipCommands.CorrectReportingLine;
import uk.partnershipledger.command.partnership.PartnershipCommands.CorrectReportingLineEnd;
import uk.partnershipledger.command.partnership.PartnershipCommands.DrawReportingLine;
import uk.partnershipledger.command.partnership.PartnershipCommands.EndReportingLine;
import uk.partnershipledger.command.partnership.PartnershipCommands.FormPartnership;
import uk.partnershipledger.command.partnership.PartnershipCommands.GiveNotice;
import uk.partnershipledger.command.partnership.PartnershipCommands.JoinPartnership;
import uk.partnershipledger.command.partnership.PartnershipCommands.LeavePartnership;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.events.partnership.ReportingLineKind;

@RestController
@RequestMapping("/partnerships")
@Tag(name = "Partnerships", description = "Place-based partnerships and their partners")
class PartnershipController {

  private final LedgerCommands commands;

  PartnershipController(LedgerCommands commands) {
    this.commands = commands;
  }

  @PostMapping
  @Operation(
      summary = "Form a partnership",
      description =
          "Forms a partnership with at least two founding partners, each registered and"
              + " established by the effective date. Each founding partner gets its own partner-joined"
              + " event.")
  ResponseEntity<?> form(
      CommandHeaders headers, @Valid @RequestBody FormPartnershipRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        request,
        send -> {
          PartnershipId id = PartnershipId.newId();
          send.apply(
              new FormPartnership(
                  id,
                  request.name(),
                  request.place(),
                  request.foundingPartners(),
                  request.effectiveDate()));
          return ResponseEntity.created(URI.create("/partnerships/" + id))
              .body(new PartnershipFormedResponse(id, request.effectiveDate()));
        });
  }

  @PostMapping("/{partnershipId}/partners")
  @Operation(
      summary = "A partner joins",
      description =
          "Refused if the organisation is unknown, did not yet exist, is already a partner"
              + " on or after that date, or the partnership was not yet formed.")
  ResponseEntity<?> join(
      @PathVariable PartnershipId partnershipId,
      CommandHeaders headers,
      @Valid @RequestBody JoinRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(partnershipId, request),
        send -> {
          send.apply(
              new JoinPartnership(
                  partnershipId, request.organisationId(), request.effectiveDate()));
          return ResponseEntity.created(
                  URI.create(
                      "/partnerships/" + partnershipId + "/partners/" + request.organisationId()))
              .body(
                  new PartnerChanged(
                      partnershipId, request.organisationId(), "JOINED", request.effectiveDate()));
        });
  }

  @PostMapping("/{partnershipId}/partners/{organisationId}/notice")
  @Operation(
      summary = "A partner gives written notice",
      description =
          "A leaving partner notifies the others in writing (seeds/001 MoU §26). Refused"
              + " if the organisation is not a partner on that date or already gave notice.")
  ResponseEntity<?> giveNotice(
      @PathVariable PartnershipId partnershipId,
      @PathVariable OrganisationId organisationId,
      CommandHeaders headers,
      @Valid @RequestBody NoticeRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(partnershipId, organisationId, request),
        send -> {
          send.apply(
              new GiveNotice(
                  partnershipId,
                  organisationId,
                  request.intendedLeavingDate(),
                  request.effectiveDate()));
          return ResponseEntity.ok(
              new PartnerChanged(
                  partnershipId, organisationId, "GAVE_NOTICE", request.effectiveDate()));
        });
  }

  @PostMapping("/{partnershipId}/partners/{organisationId}/leaving")
  @Operation(
      summary = "A partner leaves",
      description =
          "The partner is no longer a partner from the effective date. On the same date, each as"
              + " its own event, its people's memberships of the partnership's bodies end, the"
              + " delegations it made to them lapse, and each MoU of the partnership it signed is"
              + " amended without it with a revised review date. Refused without prior written"
              + " notice, before or on the day the partner joined, for a non-partner, or if a"
              + " decision recorded under one of its delegations would lose its authority.")
  ResponseEntity<?> leave(
      @PathVariable PartnershipId partnershipId,
      @PathVariable OrganisationId organisationId,
      CommandHeaders headers,
      @Valid @RequestBody LeaveRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(partnershipId, organisationId, request),
        send -> {
          send.apply(new LeavePartnership(partnershipId, organisationId, request.effectiveDate()));
          return ResponseEntity.ok(
              new PartnerChanged(partnershipId, organisationId, "LEFT", request.effectiveDate()));
        });
  }

  @PostMapping("/{partnershipId}/partners/{organisationId}/joining-corrections")
  @Operation(
      summary = "Correct the date a partner joined",
      description =
          "The tenure begun by the named joining (its partner-joined event, a founding partner's"
              + " too, or its latest correction) begins on the corrected date instead. Judged as a"
              + " joining on that date: the partnership formed, the organisation in existence, no"
              + " overlap with its other tenures, and still by its notice and before its leaving."
              + " Moved later, refused if a voting member of the organisation, a delegation from"
              + " it, or its succession to an abolished partner is recorded in the days given up.")
  ResponseEntity<?> correctJoining(
      @PathVariable PartnershipId partnershipId,
      @PathVariable OrganisationId organisationId,
      CommandHeaders headers,
      @Valid @RequestBody JoiningCorrectionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(partnershipId, organisationId, request),
        send -> {
          send.apply(
              new CorrectJoining(
                  partnershipId,
                  organisationId,
                  request.correctedEventId(),
                  request.effectiveDate(),
                  request.reason()));
          return ResponseEntity.ok(
              new PartnerChanged(
                  partnershipId, organisationId, "JOINING_CORRECTED", request.effectiveDate()));
        });
  }

  @PostMapping("/{partnershipId}/partners/{organisationId}/leaving-corrections")
  @Operation(
      summary = "Correct the date a partner left",
      description =
          "The tenure ended by the named leaving (its partner-left event or latest correction; left"
              + " out, the partner's latest leaving) ends on the corrected date instead, and with"
              + " it everything the leaving recorded, in one unit of work: its people's memberships"
              + " of the partnership's bodies end, the delegations it made lapse, and each MoU of"
              + " the partnership amended without it is in force, with its review date revised,"
              + " from the corrected date. Judged as a leaving on that date: after the joining,"
              + " with written notice by then, before a rejoining. Moved earlier, refused if a"
              + " decision under a lapsing delegation, a role change, declaration or appointment"
              + " of its people, or an act on an amended MoU is recorded between the two dates;"
              + " moved later, if another chair or an act on an amended MoU is. A partner that"
              + " stopped being one by abolition is corrected through the abolition.")
  ResponseEntity<?> correctLeaving(
      @PathVariable PartnershipId partnershipId,
      @PathVariable OrganisationId organisationId,
      CommandHeaders headers,
      @Valid @RequestBody DepartureCorrectionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(partnershipId, organisationId, request),
        send -> {
          send.apply(
              new CorrectLeaving(
                  partnershipId,
                  organisationId,
                  request.correctedEventId(),
                  request.effectiveDate(),
                  request.reason()));
          return ResponseEntity.ok(
              new PartnerChanged(
                  partnershipId, organisationId, "LEAVING_CORRECTED", request.effectiveDate()));
        });
  }

  @PostMapping("/{partnershipId}/reporting-lines")
  @Operation(
      summary = "Draw a reporting line between two bodies",
      description =
          "From the effective date one body of the partnership reports to another, by direct"
              + " accountability (solid in the structure charts of seeds/001 Appendix 2 and 3) or"
              + " by a reporting relationship (dashed). Lines of direct accountability cannot run"
              + " in a circle.")
  ResponseEntity<?> drawReportingLine(
      @PathVariable PartnershipId partnershipId,
      CommandHeaders headers,
      @Valid @RequestBody ReportingLineRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(partnershipId, request),
        send -> {
          send.apply(
              new DrawReportingLine(
                  partnershipId,
                  request.fromBodyId(),
                  request.toBodyId(),
                  request.kind(),
                  request.effectiveDate()));
          return ResponseEntity.status(HttpStatus.CREATED)
              .body(
                  new ReportingLineChanged(
                      partnershipId,
                      request.fromBodyId(),
                      request.toBodyId(),
                      request.kind(),
                      request.effectiveDate()));
        });
  }

  @PostMapping("/{partnershipId}/reporting-lines/ending")
  @Operation(
      summary = "End a reporting line",
      description = "The effective date is the first day the line is no longer in force.")
  ResponseEntity<?> endReportingLine(
      @PathVariable PartnershipId partnershipId,
      CommandHeaders headers,
      @Valid @RequestBody EndReportingLineRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(partnershipId, request),
        send -> {
          send.apply(
              new EndReportingLine(
                  partnershipId,
                  request.fromBodyId(),
                  request.toBodyId(),
                  request.effectiveDate()));
          return ResponseEntity.ok(
              new ReportingLineChanged(
                  partnershipId,
                  request.fromBodyId(),
                  request.toBodyId(),
                  null,
                  request.effectiveDate()));
        });
  }

  @PostMapping("/{partnershipId}/partners/{organisationId}/notice-corrections")
  @Operation(
      summary = "Correct a partner's notice",
      description =
          "Gives the right date of a partner's written notice, or the right leaving date it"
              + " named, in place of the notice event named (or its latest correction); a field"
              + " left out keeps the value recorded. Judged as a notice given so: within the"
              + " partner's tenure, on or before its leaving if one is recorded, and before the"
              + " leaving date it names.")
  ResponseEntity<?> correctNotice(
      @PathVariable PartnershipId partnershipId,
      @PathVariable OrganisationId organisationId,
      CommandHeaders headers,
      @Valid @RequestBody NoticeCorrectionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(partnershipId, organisationId, request),
        send -> {
          send.apply(
              new CorrectNotice(
                  partnershipId,
                  organisationId,
                  request.correctedEventId(),
                  request.intendedLeavingDate(),
                  request.effectiveDate(),
                  request.reason()));
          return ResponseEntity.ok(
              new PartnerChanged(
                  partnershipId, organisationId, "NOTICE_CORRECTED", request.effectiveDate()));
        });
  }

  @PostMapping("/{partnershipId}/reporting-line-corrections")
  @Operation(
      summary = "Correct a reporting line's kind or start",
      description =
          "Gives the right kind or start date of a reporting line, in place of the event that"
              + " drew it (or its latest correction); a field left out keeps the value recorded."
              + " Judged as a line drawn so: both bodies established by the date, no other line"
              + " between them at the same time, no circle of direct accountability on any day,"
              + " and a start before its end, if it was ended.")
  ResponseEntity<?> correctReportingLine(
      @PathVariable PartnershipId partnershipId,
      CommandHeaders headers,
      @Valid @RequestBody ReportingLineCorrectionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(partnershipId, request),
        send -> {
          send.apply(
              new CorrectReportingLine(
                  partnershipId,
                  request.correctedEventId(),
                  request.kind(),
                  request.effectiveDate(),
                  request.reason()));
          return ResponseEntity.ok(new ReportingLineCorrectedResponse(partnershipId));
        });
  }

  @PostMapping("/{partnershipId}/formation-corrections")
  @Operation(
      summary = "Correct a partnership's name, place or formation date",
      description =
          "Gives the right name, place or formation date of the partnership, in place of its"
              + " formation event (or its latest correction); a field left out keeps the value"
              + " recorded. A new date moves the founding partners whose joinings still fall on"
              + " the formation day with it (formation-date-corrected names them). Judged as a"
              + " formation on that date: each moved founder in existence then, and nothing of the"
              + " partnership (a joining of another partner, a notice, a leaving, a reporting line,"
              + " a body's establishment, an MoU's drafting) recorded before it.")
  ResponseEntity<?> correctFormation(
      @PathVariable PartnershipId partnershipId,
      CommandHeaders headers,
      @Valid @RequestBody FormationCorrectionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(partnershipId, request),
        send -> {
          send.apply(
              new CorrectFormation(
                  partnershipId,
                  request.correctedEventId(),
                  request.name(),
                  request.place(),
                  request.effectiveDate(),
                  request.reason()));
          return ResponseEntity.ok(new PartnershipCorrected(partnershipId, "FORMATION_CORRECTED"));
        });
  }

  @PostMapping("/{partnershipId}/reporting-line-end-corrections")
  @Operation(
      summary = "Correct the date a reporting line ended",
      description =
          "Gives the right date a reporting line ended, in place of its ending event (or its"
              + " latest correction). Judged as an ending on that date, with the line in force on"
              + " the days it now covers: after its start, no overlap with a later line between"
              + " the same bodies, and no circle of direct accountability on any of those days.")
  ResponseEntity<?> correctReportingLineEnd(
      @PathVariable PartnershipId partnershipId,
      CommandHeaders headers,
      @Valid @RequestBody ReportingLineEndCorrectionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(partnershipId, request),
        send -> {
          send.apply(
              new CorrectReportingLineEnd(
                  partnershipId,
                  request.correctedEventId(),
                  request.effectiveDate(),
                  request.reason()));
          return ResponseEntity.ok(
              new PartnershipCorrected(partnershipId, "REPORTING_LINE_END_CORRECTED"));
        });
  }

  @Schema(
      example =
          """
          {"fromBodyId": "1b2c3d4e-5f60-4718-9a0b-1c2d3e4f5a6b",
           "toBodyId": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", "kind": "DIRECT_ACCOUNTABILITY",
           "effectiveDate": "2023-04-01",
           "reason": "The joint committee reports to the ICB (seeds/000 §17)"}""")
  record ReportingLineRequest(
      @NotNull BodyId fromBodyId,
      @NotNull BodyId toBodyId,
      @NotNull ReportingLineKind kind,
      @NotNull LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"fromBodyId": "1b2c3d4e-5f60-4718-9a0b-1c2d3e4f5a6b",
           "toBodyId": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", "effectiveDate": "2025-04-01",
           "reason": "Structure review"}""")
  record EndReportingLineRequest(
      @NotNull BodyId fromBodyId,
      @NotNull BodyId toBodyId,
      @NotNull LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  record ReportingLineChanged(
      PartnershipId partnershipId,
      BodyId fromBodyId,
      BodyId toBodyId,
      ReportingLineKind kind,
      LocalDate effectiveDate) {}

  /**
   * The path is part of what was asked: the same body sent to another partnership is another
   * request.
   */
  private record Keyed(Object... parts) {}

  @Schema(
      example =
          """
          {"name": "County Durham Care Partnership", "place": "County Durham",
           "foundingPartners": ["3f1c0a4e-8d0b-4a57-9d55-2a3c1b0e7f10", "9a2b7c4d-1e3f-4a5b-8c6d-7e8f9a0b1c2d"],
           "effectiveDate": "2018-04-01", "reason": "Integrated Governance Framework, April 2018"}""")
  record FormPartnershipRequest(
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Size(max = 200) String place,
      @NotEmpty List<@NotNull OrganisationId> foundingPartners,
      @NotNull LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"organisationId": "3f1c0a4e-8d0b-4a57-9d55-2a3c1b0e7f10", "effectiveDate": "2020-12-01",
           "reason": "Signed the December 2020 MoU"}""")
  record JoinRequest(
      @NotNull OrganisationId organisationId,
      @NotNull LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"effectiveDate": "2022-01-10", "intendedLeavingDate": "2022-07-01",
           "reason": "Letter from the Accountable Officer, 10 January 2022"}""")
  record NoticeRequest(
      @NotNull @Schema(description = "The day written notice was given") LocalDate effectiveDate,
      @Schema(description = "The leaving date the notice names, if any")
          LocalDate intendedLeavingDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
      {"effectiveDate": "2022-07-01", "reason": "CCG abolished (Health and Care Act 2022)"}""")
  record LeaveRequest(
      @NotNull @Schema(description = "The first day it is no longer a partner")
          LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"correctedEventId": "5f0e8a3c-2b1d-4c6e-9f7a-8b9c0d1e2f3a",
           "effectiveDate": "2020-12-01",
           "reason": "The trust joined on signing the December 2020 MoU, not in January 2021"}""")
  record JoiningCorrectionRequest(
      @NotBlank @Size(max = 100) String correctedEventId,
      @NotNull @Schema(description = "The right date of the joining") LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"correctedEventId": "5f0e8a3c-2b1d-4c6e-9f7a-8b9c0d1e2f3a",
           "effectiveDate": "2022-06-01",
           "reason": "The trust's board minute dates its leaving 1 June 2022, not 1 July"}""")
  record DepartureCorrectionRequest(
      @Size(max = 100)
          @Schema(description = "The leaving's event or latest correction; left out, the latest")
          String correctedEventId,
      @NotNull @Schema(description = "The right first day it was no longer a partner")
          LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  record PartnershipFormedResponse(PartnershipId partnershipId, LocalDate effectiveDate) {}

  @Schema(
      example =
          """
          {"correctedEventId": "5f0e8a3c-2b1d-4c6e-9f7a-8b9c0d1e2f3a",
           "effectiveDate": "2022-01-12", "intendedLeavingDate": "2022-07-01",
           "reason": "The letter is dated 12 January 2022 and names 1 July"}""")
  record NoticeCorrectionRequest(
      @NotBlank @Size(max = 100) String correctedEventId,
      @Schema(description = "The right day written notice was given") LocalDate effectiveDate,
      @Schema(description = "The right leaving date the notice names")
          LocalDate intendedLeavingDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"correctedEventId": "5f0e8a3c-2b1d-4c6e-9f7a-8b9c0d1e2f3a",
           "kind": "REPORTING_RELATIONSHIP", "effectiveDate": "2023-04-01",
           "reason": "The structure chart shows a dashed line (seeds/001 Appendix 3)"}""")
  record ReportingLineCorrectionRequest(
      @NotBlank @Size(max = 100) String correctedEventId,
      @Schema(description = "The right kind of the line") ReportingLineKind kind,
      @Schema(description = "The right first day of the line") LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  record ReportingLineCorrectedResponse(PartnershipId partnershipId) {}

  record PartnerChanged(
      PartnershipId partnershipId,
      OrganisationId organisationId,
      String change,
      LocalDate effectiveDate) {}

  @Schema(
      example =
          """
          {"correctedEventId": "5f0e8a3c-2b1d-4c6e-9f7a-8b9c0d1e2f3a",
           "name": "County Durham Care Partnership", "place": "County Durham",
           "effectiveDate": "2018-04-01",
           "reason": "The Integrated Governance Framework names it so (April 2018)"}""")
  record FormationCorrectionRequest(
      @NotBlank @Size(max = 100) String correctedEventId,
      @Size(max = 200)
          @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
          @Schema(description = "The right name of the partnership")
          String name,
      @Size(max = 200)
          @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
          @Schema(description = "The right place it serves")
          String place,
      @Schema(
              description =
                  "The right day it was formed; the founding partners' joinings on the formation"
                      + " day move with it")
          LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"correctedEventId": "5f0e8a3c-2b1d-4c6e-9f7a-8b9c0d1e2f3a",
           "effectiveDate": "2025-03-31",
           "reason": "The structure review took effect on 31 March 2025"}""")
  record ReportingLineEndCorrectionRequest(
      @NotBlank @Size(max = 100) String correctedEventId,
      @NotNull @Schema(description = "The right first day the line is no longer in force")
          LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  record PartnershipCorrected(PartnershipId partnershipId, String change) {}
}
