package kneadwise.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.MappedEndpoints;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI description (CONTRACT.md section 12) against the running application: every /api/v1 endpoint the app
 * maps is in it, every JSON body has a schema of its own, and every JSON example of CONTRACT.md and the README is
 * valid against the schema it illustrates. A new endpoint or example fails here until it is described.
 */
@FullStackTest
class ApiDescriptionTest {

    /** Where the README and ../shared/CONTRACT.md are: Maven runs tests in the checkout's root. */
    static final Path README = Path.of("README.md");

    static final Path CONTRACT = Path.of("..", "shared", "CONTRACT.md");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The schema each inline example (a JSON object in backticks) illustrates, by its exact text. Fenced examples and
     * curl bodies are matched by their section and address instead (below).
     */
    private static final Map<String, String> INLINE_EXAMPLES = Map.of(
            "{\"type\": \"...\", \"title\": \"Invalid intake\", \"status\": 400, \"errors\": [{\"field\": \"odi[3]\","
                    + " \"message\": \"...\"}]}",
            "Problem",
            "{\"text\": \"...\"}",
            "ClaimCheckRequest",
            "{\"email\":\"...\",\"verification\":\"SENT\"}",
            "SignUpReceived");

    /** Examples of answers outside /api/v1, and so outside its description: /healthz's, which HealthTest holds. */
    private static final java.util.Set<String> OUTSIDE_THE_API =
            java.util.Set.of("{\"status\":\"UP\"}", "{\"status\":\"DOWN\"}");

    /** CONTRACT.md's fenced examples, by the heading of their section. */
    private static final Map<String, String> SECTION_SCHEMAS = Map.of(
            "## 3. Intake",
            "Intake",
            "## 4. Assessment",
            "AssessmentDocument",
            "## 5. Outcome evaluation",
            "EvaluationView");

    @Autowired
    ServiceClient service;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    JsonNode api;

    @BeforeEach
    void readTheDescription() {
        HttpResponse<String> answer = service.get("/api/openapi.json");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        api = JSON.readTree(answer.body());
    }

    @Test
    void describesEveryApiEndpointTheApplicationMaps() {
        assertThat(api.path("openapi").asString()).startsWith("3.1.");
        SortedSet<String> described = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
            for (String method : path.getValue().propertyNames()) {
                described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }
        SortedSet<String> mapped = new TreeSet<>();
        for (String endpoint : MappedEndpoints.of(mappings)) {
            if (endpoint.contains(" /api/v1/")) {
                mapped.add(endpoint);
            }
        }
        assertThat(mapped).as("the application maps /api/v1 endpoints").hasSizeGreaterThan(40);
        assertThat(described)
                .as("the description, against what the application maps")
                .isEqualTo(mapped);
    }

    @Test
    void everyJsonBodyHasASchemaOfItsOwnAndEveryOperationItsAnswers() {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                mappings.getHandlerMethods().entrySet()) {
            boolean takesBody = false;
            for (MethodParameter parameter : mapping.getValue().getMethodParameters()) {
                takesBody |= parameter.hasParameterAnnotation(RequestBody.class);
            }
            for (String path : mapping.getKey().getPatternValues()) {
                if (!path.startsWith("/api/v1/")) {
                    continue;
                }
                for (var method : mapping.getKey().getMethodsCondition().getMethods()) {
                    JsonNode operation =
                            api.path("paths").path(path).path(method.name().toLowerCase(Locale.ROOT));
                    String name = method + " " + path;
                    if (!operation.path("responses").propertyNames().stream().anyMatch(code -> code.startsWith("2"))) {
                        missing.add(name + ": no success answer");
                    }
                    if (!operation.path("security").isArray()) {
                        missing.add(name + ": does not say whether it needs a token");
                    }
                    if (!takesBody) {
                        continue;
                    }
                    String ref = operation
                            .at("/requestBody/content/application~1json/schema/$ref")
                            .asString("");
                    String schema = ref.substring(ref.lastIndexOf('/') + 1);
                    if (schema.isEmpty() || !api.at("/components/schemas").has(schema)) {
                        missing.add(name + ": its body has no schema in the components");
                    } else if (!api.at("/components/schemas/" + schema).has("properties")
                            && !api.at("/components/schemas/" + schema).has("items")) {
                        missing.add(name + ": its body's schema " + schema + " says nothing of its fields");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(api.at("/components/schemas").has("JsonNode"))
                .as("no body is described as just any JSON")
                .isFalse();
        assertThat(api.at("/components/schemas/Problem/properties").propertyNames())
                .contains("type", "title", "status", "errors");
    }

    @Test
    void everyJsonExampleOfTheContractAndTheReadmeIsValid() throws Exception {
        Map<String, JsonNode> examples = new LinkedHashMap<>();
        Map<String, String> schemaOf = new LinkedHashMap<>();

        String contract = Files.readString(CONTRACT);
        String section = "";
        Matcher fenced =
                Pattern.compile("(?ms)^(## [^\\n]+)$|^```json\\n(.*?)^```").matcher(contract);
        while (fenced.find()) {
            if (fenced.group(1) != null) {
                section = fenced.group(1);
                continue;
            }
            String name = "CONTRACT.md " + section;
            assertThat(SECTION_SCHEMAS)
                    .as("a schema for the example in " + section)
                    .containsKey(section);
            examples.put(name, expandElisions(JSON.readTree(fenced.group(2))));
            schemaOf.put(name, SECTION_SCHEMAS.get(section));
        }

        String readme = Files.readString(README);
        Matcher curl = Pattern.compile("curl -s localhost:8080(/api/v1/[a-z/]+)[^\\n]*\\\\?\\n\\s*-d '([^']*)'")
                .matcher(readme);
        int bodies = 0;
        while (curl.find()) {
            String name = "README POST " + curl.group(1) + " #" + (++bodies);
            examples.put(name, JSON.readTree(curl.group(2)));
            schemaOf.put(name, requestSchema("post", curl.group(1)));
        }
        assertThat(bodies).as("the README's curl examples with a body").isGreaterThanOrEqualTo(5);

        Matcher inline = Pattern.compile("`(?:\\d{3} )?(\\{[^`]*\\})`").matcher(contract + "\n" + readme);
        while (inline.find()) {
            String text = inline.group(1);
            JsonNode example;
            try {
                example = JSON.readTree(text);
            } catch (RuntimeException shorthand) {
                continue; // {"email","password"}: a list of field names, not an example
            }
            if (OUTSIDE_THE_API.contains(text)) {
                continue;
            }
            assertThat(INLINE_EXAMPLES).as("the schema of the example " + text).containsKey(text);
            examples.put("inline " + text, example);
            schemaOf.put("inline " + text, INLINE_EXAMPLES.get(text));
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(11);

        List<String> invalid = new ArrayList<>();
        for (Map.Entry<String, JsonNode> example : examples.entrySet()) {
            Schema schema = schema(schemaOf.get(example.getKey()));
            for (Error error : schema.validate(example.getValue())) {
                invalid.add(example.getKey() + " against " + schemaOf.get(example.getKey()) + ": " + error);
            }
        }
        assertThat(invalid).isEmpty();
    }

    @Test
    void theSchemasRefuseWhatTheServiceRefuses() {
        // The schemas are held to the service: a body one refuses, the other refuses too; and what it answers to a
        // body both accept follows the answer's schema.
        String[][] cases = {
            {"/api/v1/assessments", "{\"age\": 17, \"painDurationWeeks\": 2, \"painNow\": 5}"},
            {"/api/v1/assessments", "{\"age\": 40, \"painDurationWeeks\": 2, \"painNow\": 11}"},
            {"/api/v1/assessments", "{\"age\": 40, \"painDurationWeeks\": 2, \"painNow\": 5, \"findings\": [\"X\"]}"},
            {"/api/v1/assessments", "{\"age\": 40, \"painDurationWeeks\": 2, \"painNow\": 5, \"rmdq\": [true]}"},
            {"/api/v1/assessments", "{\"painDurationWeeks\": 2, \"painNow\": 5}"},
            {"/api/v1/outcomes/evaluate", "{\"instrument\": \"NRS\", \"baseline\": 5}"},
            {"/api/v1/outcomes/evaluate", "{\"instrument\": \"XYZ\", \"baseline\": 5, \"followUp\": 4}"},
            {"/api/v1/outcomes/evaluate", "{\"instrument\": \"ODI\", \"baseline\": 101, \"followUp\": 4}"},
            {"/api/v1/claims/check", "{}"},
            {
                "/api/v1/accounts",
                "{\"email\": \"a@example.org\", \"password\": \"short\", \"name\": \"A\"," + " \"role\": \"PATIENT\"}"
            },
            {
                "/api/v1/accounts",
                "{\"email\": \"a@example.org\", \"password\": \"long enough pass\", \"name\": \"A\","
                        + " \"role\": \"SYSTEM_ADMIN\"}"
            },
        };
        for (String[] refused : cases) {
            HttpResponse<String> answer = service.postJson(refused[0], refused[1]);
            assertThat(answer.statusCode()).as(refused[1]).isEqualTo(400);
            assertThat(schema(requestSchema("post", refused[0])).validate(JSON.readTree(refused[1])))
                    .as("the schema of " + refused[0] + " also refuses " + refused[1])
                    .isNotEmpty();
        }
        String[][] accepted = {
            {
                "/api/v1/assessments",
                "{\"age\": 40, \"painDurationWeeks\": 2.5, \"painNow\": 5, \"findings\": null,"
                        + " \"odi\": [1, 2, null, 3, 0, 5, 4, null, 2, 1], \"unknown\": true}"
            },
            {"/api/v1/outcomes/evaluate", "{\"instrument\": \"ODI\", \"baseline\": 40.5, \"followUp\": 28}"},
        };
        for (String[] fine : accepted) {
            HttpResponse<String> answer = service.postJson(fine[0], fine[1]);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(schema(requestSchema("post", fine[0])).validate(JSON.readTree(fine[1])))
                    .as(fine[1])
                    .isEmpty();
            String ref = api.at("/paths/" + fine[0].replace("/", "~1")
                            + "/post/responses/200/content/application~1json/schema/$ref")
                    .asString("");
            assertThat(schema(ref.substring(ref.lastIndexOf('/') + 1)).validate(JSON.readTree(answer.body())))
                    .as("the answer " + answer.body() + " follows its schema")
                    .isEmpty();
        }
    }

    @Test
    void thePageShowsEveryOperationAndSchema() {
        HttpResponse<String> page = service.get("/api/docs");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
            for (String method : path.getValue().propertyNames()) {
                assertThat(page.body())
                        .as("the page lists " + method + " " + path.getKey())
                        .contains("<code>" + method.toUpperCase(Locale.ROOT) + " " + path.getKey() + "</code>");
            }
        }
        api.at("/components/schemas")
                .propertyNames()
                .forEach(schema -> assertThat(page.body()).contains("id=\"schema-" + schema + "\""));
    }

    /** The name of an operation's request body schema. */
    private String requestSchema(String method, String path) {
        String ref = api.at("/paths/" + path.replace("/", "~1") + "/" + method
                        + "/requestBody/content/application~1json/schema/$ref")
                .asString("");
        assertThat(ref).as(method + " " + path + " has a body schema").isNotEmpty();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** A components schema, with the whole description beside it so that its references resolve. */
    private Schema schema(String name) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/components/schemas/" + name);
        root.set("components", api.path("components"));
        assertThat(api.at("/components/schemas").has(name))
                .as("the schema " + name)
                .isTrue();
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(root);
    }

    /**
     * CONTRACT.md shortens a long list with a placeholder ("... 24 booleans in questionnaire order ..."): the list is
     * filled up to that many entries of the kind before it, so that what is checked is the list the text describes.
     */
    static JsonNode expandElisions(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.propertyNames().forEach(name -> object.set(name, expandElisions(object.get(name))));
            return object;
        }
        if (node instanceof ArrayNode array) {
            Pattern placeholder = Pattern.compile("\\.\\.\\. (\\d+) [a-z]+ .*\\.\\.\\.");
            for (int i = 0; i < array.size(); i++) {
                Matcher elision = placeholder.matcher(array.get(i).asString(""));
                if (array.get(i).isString() && elision.matches() && i > 0) {
                    int size = Integer.parseInt(elision.group(1));
                    JsonNode like = array.get(i - 1);
                    array.remove(i);
                    while (array.size() < size) {
                        array.add(like.deepCopy());
                    }
                    return array;
                }
                array.set(i, expandElisions(array.get(i)));
            }
        }
        return node;
    }
}
