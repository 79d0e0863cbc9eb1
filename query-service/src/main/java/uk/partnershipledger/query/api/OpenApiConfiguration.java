package uk.partnershipledger.query.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI queryServiceApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Partnership Ledger: query service")
                .version("v1")
                .description(
                    "Read-only answers about health and care partnership governance, projected"
                        + " from the ledger's events. Dates are effective dates: a partner counts"
                        + " from the day it joined up to, but not including, the day it left."
                        + " Refusals are RFC 9457 problems with a stable type URI."));
  }
}
