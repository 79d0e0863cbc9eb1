package uk.partnershipledger.query.delegation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.query.api.NotFound;

@RestController
@Tag(
    name = "Authority",
    description =
        "Could a body have decided on a function for an amount on a date, and under which"
            + " delegation, limit and approval; or which rule says no")
class AuthorityController {

  private final Authority authority;
  private final Clock clock;

  AuthorityController(Authority authority, Clock clock) {
    this.authority = authority;
    this.clock = clock;
  }

  @GetMapping(path = "/bodies/{bodyId}/authority", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Could this body decide on the function for the amount on the date?",
      description =
          "Judged as the ledger judges a decision (DOMAIN.md rule 3): the body must be"
              + " operational on the date (in shadow form it can only recommend), hold a"
              + " delegation of the function in force that day, and, for an amount, one whose"
              + " limit of the kind covers it. Yes names the delegation, its delegator, the limit"
              + " and the approval it was agreed under; no names the rule that fails, with the"
              + " same slug a refused decision records.")
  AuthorityCheck check(
      @Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable BodyId bodyId,
      @ParameterObject AuthorityQuestion question) {
    return authority
        .check(bodyId, question.validated(), dateOr(question.on()))
        .orElseThrow(() -> new NotFound("governance body", "bodyId", bodyId));
  }

  @GetMapping(path = "/authority", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Which bodies could decide on the function for the amount on the date?",
      description =
          "Every body that held a delegation of the function on the date, each judged as by"
              + " /bodies/{bodyId}/authority: those that could decide first, then those that"
              + " could not, with the rule that fails. An auditor's 'who could approve a £400k"
              + " community scheme on 1 March 2022?'.")
  List<AuthorityCheck> whoCould(@ParameterObject AuthorityQuestion question) {
    return authority.whoCould(question.validated(), dateOr(question.on()));
  }

  private LocalDate dateOr(LocalDate on) {
    return on == null ? LocalDate.now(clock) : on;
  }
}
