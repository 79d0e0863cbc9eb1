package uk.partnershipledger.query.api;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Arrays;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  private static final String PROBLEM = "ProblemDetail";

  @Bean
  OpenAPI queryServiceApi() {
    Components components = new Components();
    ModelConverters.getInstance().read(ProblemDetail.class).forEach(components::addSchemas);
    return new OpenAPI()
        .components(components)
        .info(
            new Info()
                .title("Partnership Ledger: query service")
                .version("v1")
                .description(
                    "Read-only answers about health and care partnership governance, projected"
                        + " from the ledger's events. Dates are effective dates: a partner counts"
                        + " from the day it joined up to, but not including, the day it left."
                        + " Every query answers as the ledger stands now, or, given asRecordedAt,"
                        + " as it stood at that instant, before anything recorded later"
                        + " (back-dated events, corrections)."
                        + " Refusals are RFC 9457 problems with a stable type URI."));
  }

  /**
   * Every query refuses the same way, so the refusals are documented once here rather than on each
   * endpoint: 400 when an id, a date or an instant does not parse, 404 when nothing is recorded
   * under the id in the path. Both answer an RFC 9457 problem (ProblemDetailsAdvice).
   */
  @Bean
  OperationCustomizer problemResponses() {
    return (operation, handlerMethod) -> {
      boolean hasPathId =
          Arrays.stream(handlerMethod.getMethodParameters())
              .anyMatch(p -> p.hasParameterAnnotation(PathVariable.class));
      boolean hasParameters =
          hasPathId
              || Arrays.stream(handlerMethod.getMethodParameters())
                  .anyMatch(p -> p.hasParameterAnnotation(RequestParam.class));
      ApiResponses responses =
          operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
      if (hasParameters) {
        responses.addApiResponse(
            "400",
            problem(
                "An id is not a UUID, a date is not written yyyy-MM-dd, asRecordedAt is not an"
                    + " ISO-8601 instant, or a period ends before it begins"));
      }
      if (hasPathId) {
        responses.addApiResponse(
            "404",
            problem("Nothing is recorded under the id in the path (by asRecordedAt, when given)"));
      }
      operation.setResponses(responses);
      return operation;
    };
  }

  private static ApiResponse problem(String description) {
    return new ApiResponse()
        .description(description)
        .content(
            new Content()
                .addMediaType(
                    "application/problem+json",
                    new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
  }
}
