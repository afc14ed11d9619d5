package kneadwise.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the parts of the OpenAPI description (CONTRACT.md section 12) that springdoc cannot see. The API reads its
 * bodies as JSON trees and checks them itself (one problem per bad field), so each module describes its bodies here,
 * from the same enums and limits its readers use, and names the status of each answer. JSON Schema 2020-12, as
 * OpenAPI 3.1 has it.
 */
public final class ApiSchemas {

    /** The name of the problem document's schema (RFC 9457, CONTRACT.md section 6). */
    public static final String PROBLEM = "Problem";

    private ApiSchemas() {}

    /** An object with these properties, of which {@code required} must be present; other members are ignored. */
    public static Schema<?> object(String description, Map<String, Schema<?>> properties, String... required) {
        JsonSchema schema = typed("object");
        schema.setDescription(description);
        schema.setProperties(new LinkedHashMap<>(properties));
        if (required.length > 0) {
            schema.setRequired(List.of(required));
        }
        return schema;
    }

    /** Properties in the order given: name, schema, name, schema... */
    public static Map<String, Schema<?>> properties(Object... namesAndSchemas) {
        Map<String, Schema<?>> properties = new LinkedHashMap<>();
        for (int i = 0; i < namesAndSchemas.length; i += 2) {
            properties.put((String) namesAndSchemas[i], (Schema<?>) namesAndSchemas[i + 1]);
        }
        return properties;
    }

    /** A whole number from {@code minimum} to {@code maximum}. */
    public static Schema<?> whole(long minimum, long maximum) {
        JsonSchema schema = typed("integer");
        schema.setMinimum(BigDecimal.valueOf(minimum));
        schema.setMaximum(BigDecimal.valueOf(maximum));
        return schema;
    }

    /** Any number from {@code minimum} to {@code maximum}. */
    public static Schema<?> number(BigDecimal minimum, BigDecimal maximum) {
        JsonSchema schema = typed("number");
        schema.setMinimum(minimum);
        schema.setMaximum(maximum);
        return schema;
    }

    /** Text of at most {@code maximumLength} characters. */
    public static Schema<?> text(int minimumLength, int maximumLength) {
        JsonSchema schema = typed("string");
        schema.setMinLength(minimumLength);
        schema.setMaxLength(maximumLength);
        return schema;
    }

    /** Text in a format JSON Schema names ({@code date-time}, {@code date}, {@code email}, {@code uuid}). */
    public static Schema<?> formatted(String format) {
        JsonSchema schema = typed("string");
        schema.setFormat(format);
        return schema;
    }

    /** Text matching a regular expression (a local time, say). */
    public static Schema<?> matching(String pattern) {
        JsonSchema schema = typed("string");
        schema.setPattern(pattern);
        return schema;
    }

    public static Schema<?> bool() {
        return typed("boolean");
    }

    /** One of an enum's names. */
    public static Schema<?> oneOf(Class<? extends Enum<?>> type) {
        return oneOf(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    /** One of these words. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Schema<?> oneOf(List<String> words) {
        JsonSchema schema = typed("string");
        ((Schema) schema).setEnum(List.copyOf(words));
        return schema;
    }

    /** A list of items, of any length. */
    public static Schema<?> listOf(Schema<?> items) {
        JsonSchema schema = typed("array");
        schema.setItems(items);
        return schema;
    }

    /** A list of exactly {@code size} items. */
    public static Schema<?> listOf(Schema<?> items, int size) {
        Schema<?> schema = listOf(items);
        schema.setMinItems(size);
        schema.setMaxItems(size);
        return schema;
    }

    /** Any of these schemas (a side effect is a word or an object, say). */
    public static Schema<?> anyOf(Schema<?>... choices) {
        JsonSchema schema = new JsonSchema();
        for (Schema<?> choice : choices) {
            schema.addAnyOfItem(choice);
        }
        return schema;
    }

    /** The schema, or null. */
    public static Schema<?> orNull(Schema<?> schema) {
        if (schema.get$ref() != null) {
            // a reference cannot take another type beside it: either the referenced schema or null
            return anyOf(schema, typed("null"));
        }
        Set<String> types = new java.util.LinkedHashSet<>();
        if (schema.getTypes() != null) {
            types.addAll(schema.getTypes());
        } else if (schema.getType() != null) {
            types.add(schema.getType()); // a schema springdoc made in the OpenAPI 3.0 style
        }
        types.add("null");
        schema.setTypes(types);
        if (schema.getEnum() != null && !schema.getEnum().contains(null)) {
            List<Object> values = new java.util.ArrayList<>(schema.getEnum());
            values.add(null);
            @SuppressWarnings({"unchecked", "rawtypes"})
            Schema<Object> any = (Schema) schema;
            any.setEnum(values);
        }
        return schema;
    }

    /** A reference to a schema of the description's components. */
    public static Schema<?> ref(String name) {
        JsonSchema schema = new JsonSchema();
        schema.set$ref("#/components/schemas/" + name);
        return schema;
    }

    /**
     * Makes {@code schema} the JSON body of {@code operation} ("POST /api/v1/..."), kept in the components as
     * {@code name}.
     */
    public static void body(OpenAPI api, String operation, String name, Schema<?> schema) {
        api.getComponents().addSchemas(name, schema);
        Operation described = operation(api, operation);
        described.setRequestBody(new RequestBody()
                .required(true)
                .content(new Content().addMediaType("application/json", new MediaType().schema(ref(name)))));
    }

    /**
     * Names the success status of an operation: springdoc calls every answer 200, the code may send 201, 202 or
     * 204. The answer's schema moves with it; a 204 has none.
     */
    public static void succeeds(OpenAPI api, String operation, int status, String description) {
        ApiResponses responses = operation(api, operation).getResponses();
        ApiResponse success = responses.values().stream()
                .filter(response -> response.getContent() != null)
                .findFirst()
                .orElseGet(ApiResponse::new);
        responses.keySet().removeIf(code -> code.startsWith("2"));
        success.setDescription(description);
        if (status == 204) {
            success.setContent(null);
        }
        responses.addApiResponse(String.valueOf(status), success);
    }

    /** The success answer of an operation that sends a file rather than JSON (a calendar, a CSV table). */
    public static void sendsFile(OpenAPI api, String operation, String mediaType, String description) {
        ApiResponses responses = operation(api, operation).getResponses();
        responses.keySet().removeIf(code -> code.startsWith("2"));
        responses.addApiResponse(
                "200",
                new ApiResponse()
                        .description(description)
                        .content(new Content().addMediaType(mediaType, new MediaType().schema(text(0, 100_000_000)))));
    }

    /** Adds a refusal the operation may answer with: a problem document. */
    public static void refuses(OpenAPI api, String operation, int status, String description) {
        operation(api, operation).getResponses().addApiResponse(String.valueOf(status), problem(description));
    }

    /** A problem document answer. */
    public static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content().addMediaType(ProblemDocument.MEDIA_TYPE, new MediaType().schema(ref(PROBLEM))));
    }

    /** The operation "METHOD /path" of the description. */
    public static Operation operation(OpenAPI api, String operation) {
        String[] parts = operation.split(" ", 2);
        PathItem path = api.getPaths().get(parts[1]);
        Operation found = path == null ? null : path.readOperationsMap().get(PathItem.HttpMethod.valueOf(parts[0]));
        if (found == null) {
            throw new IllegalStateException("The API description has no operation " + operation);
        }
        return found;
    }

    private static JsonSchema typed(String type) {
        JsonSchema schema = new JsonSchema();
        schema.setTypes(new java.util.LinkedHashSet<>(List.of(type)));
        return schema;
    }
}
