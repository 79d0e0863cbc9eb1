package uk.partnershipledger.command.api;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Reads {@link CommandHeaders} from the request, and documents the headers on every command. */
@Configuration(proxyBeanMethods = false)
class CommandHeadersResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == CommandHeaders.class;
  }

  /** Missing or blank identity headers are refused by {@link CommandIssuer}, with their names. */
  @Override
  public Object resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer mavContainer,
      NativeWebRequest request,
      WebDataBinderFactory binderFactory) {
    return new CommandHeaders(
        request.getHeader(CommandHeaders.ACTOR),
        request.getHeader(CommandHeaders.ON_BEHALF_OF),
        request.getHeader(CommandHeaders.IDEMPOTENCY_KEY));
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(this);
  }

  @Bean
  OperationCustomizer commandHeadersInOpenApi() {
    // The resolved parameter is not a request parameter: the headers below document it instead.
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(CommandHeaders.class);
    return (operation, handlerMethod) -> {
      boolean isCommand =
          Arrays.stream(handlerMethod.getMethodParameters()).anyMatch(this::supportsParameter);
      if (isCommand) {
        operation.addParametersItem(
            header(CommandHeaders.ACTOR, true, "Who issues the command", "j.smith@durham.gov.uk"));
        operation.addParametersItem(
            header(
                CommandHeaders.ON_BEHALF_OF,
                true,
                "The organisation the sender acts for",
                "Durham County Council"));
        operation.addParametersItem(
            header(
                CommandHeaders.IDEMPOTENCY_KEY,
                false,
                "Send the command again under the same key and get the first answer; nothing new"
                    + " is stored",
                "dcc-2021-04-01-hdft-joins"));
      }
      return operation;
    };
  }

  private static HeaderParameter header(
      String name, boolean required, String description, String example) {
    HeaderParameter parameter = new HeaderParameter();
    parameter.setName(name);
    parameter.setRequired(required);
    parameter.setDescription(description);
    parameter.setSchema(new StringSchema().example(example));
    return parameter;
  }
}
