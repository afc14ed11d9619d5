package kneadwise.system;

import java.util.List;

/**
 * Endpoints a module serves outside Spring MVC and the FHIR server (in a security filter, or by passing the request
 * on), as "METHOD /path". Each such module declares them as a bean of this type, so that the tests that go over every
 * endpoint (the authorization matrix, the fuzz suite) find them as they find the others.
 */
public record ServedOutsideMvc(List<String> endpoints) {

    public ServedOutsideMvc {
        endpoints = List.copyOf(endpoints);
    }
}
