package kneadwise.testing;

import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the running application maps, as "METHOD /path/{variable}" ("ANY /path" for a mapping without a
 * method), read from Spring MVC itself: the authorization matrix and the fuzz suite go over the same list, so that a
 * new endpoint joins both the day it is written.
 */
public final class MappedEndpoints {

    public static final String ANY = "ANY";

    private MappedEndpoints() {}

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
