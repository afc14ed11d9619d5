package kneadwise.system.web;

import static kneadwise.system.ApiSchemas.formatted;
import static kneadwise.system.ApiSchemas.listOf;
import static kneadwise.system.ApiSchemas.object;
import static kneadwise.system.ApiSchemas.properties;
import static kneadwise.system.ApiSchemas.text;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.servers.Server;
import kneadwise.system.ApiSchemas;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The OpenAPI description's frame (CONTRACT.md section 12): what the API is, relative addresses (the same document on
 * every node, whatever Host a request names), and the problem document every refusal is. Each module describes its
 * own bodies and statuses with {@link ApiSchemas}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    @Bean
    OpenAPI kneadwiseApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return new OpenAPI()
                .info(new Info()
                        .title("Kneadwise API")
                        .version(properties == null ? "development" : properties.getVersion())
                        .description("Will massage help my back? Evidence-based answers, booking and outcome"
                                + " tracking for low back pain (CONTRACT.md). Refusals are RFC 9457 problem"
                                + " documents naming every bad field. The page /api/docs shows this description.")
                        .license(new License().name("Apache License 2.0").identifier("Apache-2.0")))
                .addServersItem(new Server().url("/").description("This service"));
    }

    /**
     * Runs after the modules' own descriptions: adds the problem document, and a 400 to every operation that reads a
     * body or parameters, since each is checked and refused with one.
     */
    @Bean
    @Order(Integer.MAX_VALUE)
    OpenApiCustomizer problemDocuments() {
        return api -> {
            api.getComponents().addSchemas(ApiSchemas.PROBLEM, problem());
            api.getComponents().getSchemas().remove("JsonNode");
            api.getPaths().values().forEach(path -> path.readOperations().forEach(ApiDescription::refusesBadInput));
        };
    }

    private static void refusesBadInput(Operation operation) {
        boolean readsInput = operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
        if (readsInput && !operation.getResponses().containsKey("400")) {
            operation
                    .getResponses()
                    .addApiResponse("400", ApiSchemas.problem("Invalid input: every bad field is named in errors"));
        }
    }

    private static Schema<?> problem() {
        Schema<?> schema = object(
                "An RFC 9457 problem document (CONTRACT.md section 6). Some refusals add members of their own, such"
                        + " as the alternatives of a taken time.",
                properties(
                        "type", text(1, 200),
                        "title", text(1, 200),
                        "status", ApiSchemas.whole(400, 599),
                        "detail", text(0, 2000),
                        "instance", formatted("uri-reference"),
                        "errors",
                                listOf(object(
                                        "One bad field: its path in the request and what is wrong with it",
                                        properties("field", text(1, 200), "message", text(1, 2000)),
                                        "field",
                                        "message"))),
                "type",
                "title",
                "status");
        return schema;
    }
}
