package kneadwise.system.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/docs}: the OpenAPI description as a page for people (CONTRACT.md section 12), rendered on the server
 * from the very document {@code /api/openapi.json} serves: every operation with its parameters, body and answers,
 * then every schema.
 */
@Controller
class ApiDocsPage {

    static final String DESCRIPTION = "/api/openapi.json";

    record Parameter(String name, String in, boolean required, String type) {}

    record Answer(
            String status, String description, @Nullable String schema) {}

    record Operation(
            String id,
            String method,
            String path,
            boolean open,
            List<Parameter> parameters,
            @Nullable String body,
            List<Answer> answers) {}

    record Schema(String name, String json) {}

    /** Made by springdoc in the serving application only, not for the command-line tools' contexts. */
    private final ObjectProvider<OpenApiWebMvcResource> description;

    private final JsonMapper json;
    /** Writes each schema indented, for reading. */
    private final JsonMapper pretty;

    ApiDocsPage(ObjectProvider<OpenApiWebMvcResource> description, JsonMapper json) {
        this.description = description;
        this.json = json;
        this.pretty = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    @GetMapping("/api/docs")
    String docs(HttpServletRequest request, Model model) throws Exception {
        JsonNode api = json.readTree(description.getObject().openapiJson(request, DESCRIPTION, Locale.US));
        Map<String, List<Operation>> sections = new TreeMap<>();
        for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                Operation operation = operation(path.getKey(), method.getKey(), method.getValue());
                sections.computeIfAbsent(section(path.getKey()), name -> new ArrayList<>())
                        .add(operation);
            }
        }
        List<Schema> schemas = new ArrayList<>();
        for (Map.Entry<String, JsonNode> schema :
                api.path("components").path("schemas").properties()) {
            schemas.add(new Schema(schema.getKey(), pretty.writeValueAsString(schema.getValue())));
        }
        model.addAttribute("info", api.path("info"));
        model.addAttribute("description", DESCRIPTION);
        model.addAttribute("sections", sections);
        model.addAttribute("schemas", schemas);
        return "api/docs";
    }

    /** "/api/v1/me/assessments" is in the section "me". */
    private static String section(String path) {
        String rest = path.substring("/api/v1/".length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static Operation operation(String path, String method, JsonNode operation) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            parameters.add(new Parameter(
                    parameter.path("name").asString(),
                    parameter.path("in").asString(),
                    parameter.path("required").asBoolean(false),
                    type(parameter.path("schema"))));
        }
        List<Answer> answers = new ArrayList<>();
        Map<String, JsonNode> sorted = new TreeMap<>();
        operation.path("responses").properties().forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        sorted.forEach((status, answer) -> answers.add(
                new Answer(status, answer.path("description").asString(), schemaOf(answer.path("content")))));
        JsonNode security = operation.path("security");
        boolean open = security.isArray() && security.isEmpty();
        String upper = method.toUpperCase(Locale.ROOT);
        return new Operation(
                (upper + path).replaceAll("[^A-Za-z0-9]+", "-"),
                upper,
                path,
                open,
                parameters,
                schemaOf(operation.path("requestBody").path("content")),
                answers);
    }

    /** The schema of the first media type: its name when it is a reference, else its type. */
    private static @Nullable String schemaOf(JsonNode content) {
        for (Map.Entry<String, JsonNode> media : content.properties()) {
            return media.getKey() + ": " + type(media.getValue().path("schema"));
        }
        return null;
    }

    private static String type(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (!ref.isEmpty()) {
            return ref.substring(ref.lastIndexOf('/') + 1);
        }
        JsonNode type = schema.path("type");
        String name = type.isArray() ? type.get(0).asString() : type.asString("any");
        if (name.equals("array")) {
            return "list of " + type(schema.path("items"));
        }
        String format = schema.path("format").asString("");
        return format.isEmpty() ? name : name + " (" + format + ")";
    }
}
