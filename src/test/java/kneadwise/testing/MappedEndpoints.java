package kneadwise.testing;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kneadwise.system.ServedOutsideMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint the running application maps, as "METHOD /path/{variable}" ("ANY /path" for a mapping without a
 * method), read from Spring MVC itself and from the FHIR server's CapabilityStatement: the authorization matrix and
 * the fuzz suite go over the same list, so that a new endpoint joins both the day it is written.
 */
public final class MappedEndpoints {

    public static final String ANY = "ANY";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern OPERATION = Pattern.compile("/(\\$[a-z-]+)$");

    private MappedEndpoints() {}

    /**
     * Spring MVC's endpoints, the FHIR server's, and those served outside both ({@link ServedOutsideMvc}), of the
     * application {@code service} calls.
     */
    public static SortedSet<String> of(
            RequestMappingHandlerMapping mappings, ServiceClient service, ApplicationContext application) {
        SortedSet<String> endpoints = of(mappings);
        SortedSet<String> outside = new TreeSet<>();
        application
                .getBeansOfType(ServedOutsideMvc.class)
                .values()
                .forEach(listed -> outside.addAll(listed.endpoints()));
        endpoints.addAll(fhir(service, outside));
        endpoints.addAll(outside);
        return endpoints;
    }

    /**
     * What the FHIR server says it supports ({@code GET /fhir/metadata}): each type's read ({@code {id}}), search
     * and create.
     */
    public static SortedSet<String> fhir(ServiceClient service) {
        return fhir(service, Set.of());
    }

    /**
     * As {@link #fhir(ServiceClient)}, leaving out the operations named in {@code outside}: HAPI describes an
     * operation offered at several levels and types ({@code $export}) in one OperationDefinition, which cannot say
     * where each is, so the module that adds such operations lists them ({@link ServedOutsideMvc}).
     */
    public static SortedSet<String> fhir(ServiceClient service, Set<String> outside) {
        Set<String> listed = new TreeSet<>();
        for (String endpoint : outside) {
            Matcher operation = OPERATION.matcher(endpoint);
            if (operation.find()) {
                listed.add(operation.group(1));
            }
        }
        HttpResponse<String> metadata = service.get("/fhir/metadata");
        if (metadata.statusCode() != 200) {
            throw new AssertionError("GET /fhir/metadata answered " + metadata.statusCode() + ": " + metadata.body());
        }
        SortedSet<String> endpoints = new TreeSet<>();
        endpoints.add("GET /fhir/metadata");
        JsonNode rest = JSON.readTree(metadata.body()).at("/rest/0");
        for (JsonNode operation : rest.path("operation")) {
            String name = "$" + operation.get("name").asString();
            if (!listed.contains(name)) {
                endpoints.add("GET /fhir/" + name);
            }
        }
        for (JsonNode resource : rest.path("resource")) {
            String type = resource.get("type").asString();
            String instance = instance(type);
            for (JsonNode operation : resource.path("operation")) {
                String name = "$" + operation.get("name").asString();
                if (!listed.contains(name)) {
                    endpoints.add("GET " + instance + "/" + name);
                }
            }
            for (JsonNode interaction : resource.path("interaction")) {
                switch (interaction.get("code").asString()) {
                    case "read" -> endpoints.add("GET " + instance);
                    case "search-type" -> endpoints.add("GET /fhir/" + type);
                    case "create" -> endpoints.add("POST /fhir/" + type);
                    case "vread" -> endpoints.add("GET /fhir/" + type + "/{id}/_history/{version}");
                    case "update" -> endpoints.add("PUT /fhir/" + type + "/{id}");
                    case "delete" -> endpoints.add("DELETE /fhir/" + type + "/{id}");
                    default -> throw new AssertionError("no test knows the FHIR interaction " + interaction);
                }
            }
        }
        return endpoints;
    }

    /** A Patient's id is a patient's: the matrix reads the patient it set up, not a random id. */
    private static String instance(String type) {
        return "/fhir/" + type + (type.equals("Patient") ? "/{patientId}" : "/{id}");
    }

    public static SortedSet<String> of(RequestMappingHandlerMapping mappings) {
        SortedSet<String> endpoints = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
            for (String path : mapping.getKey().getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add(ANY + " " + path);
                }
                methods.forEach(method -> endpoints.add(method.name() + " " + path));
            }
        }
        return endpoints;
    }
}
