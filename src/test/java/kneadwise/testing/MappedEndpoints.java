package kneadwise.testing;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
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

    private MappedEndpoints() {}

    /**
     * Spring MVC's endpoints, the FHIR server's, and those served outside both ({@link ServedOutsideMvc}), of the
     * application {@code service} calls.
     */
    public static SortedSet<String> of(
            RequestMappingHandlerMapping mappings, ServiceClient service, ApplicationContext application) {
        SortedSet<String> endpoints = of(mappings);
        endpoints.addAll(fhir(service));
        application
                .getBeansOfType(ServedOutsideMvc.class)
                .values()
                .forEach(outside -> endpoints.addAll(outside.endpoints()));
        return endpoints;
    }

    /**
     * What the FHIR server says it supports ({@code GET /fhir/metadata}): each type's read ({@code {id}}), search
     * and create.
     */
    public static SortedSet<String> fhir(ServiceClient service) {
        HttpResponse<String> metadata = service.get("/fhir/metadata");
        if (metadata.statusCode() != 200) {
            throw new AssertionError("GET /fhir/metadata answered " + metadata.statusCode() + ": " + metadata.body());
        }
        SortedSet<String> endpoints = new TreeSet<>();
        endpoints.add("GET /fhir/metadata");
        for (JsonNode resource : JSON.readTree(metadata.body()).at("/rest/0/resource")) {
            String type = resource.get("type").asString();
            // A Patient's id is a patient's: the matrix reads the patient it set up, not a random id.
            String instance = "/fhir/" + type + (type.equals("Patient") ? "/{patientId}" : "/{id}");
            for (JsonNode operation : resource.path("operation")) {
                endpoints.add("GET " + instance + "/$" + operation.get("name").asString());
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
