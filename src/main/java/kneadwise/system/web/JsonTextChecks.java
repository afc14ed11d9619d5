package kneadwise.system.web;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kneadwise.system.FieldProblem;
import kneadwise.system.InvalidInputException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.databind.JsonNode;

/**
 * Every JSON body is checked once, before any controller reads it: a string (or a property name) with a NUL
 * character or half a surrogate pair is refused with a 400 naming its place in the body.
 */
@ControllerAdvice
class JsonTextChecks extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converter) {
        return JsonNode.class.isAssignableFrom(parameter.getParameterType());
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converter) {
        List<FieldProblem> problems = new ArrayList<>();
        check((JsonNode) body, "", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("request body", problems);
        }
        return body;
    }

    private static void check(JsonNode node, String path, List<FieldProblem> problems) {
        if (node.isString()) {
            String problem = TextChecks.problemWith(node.asString());
            if (problem != null) {
                problems.add(new FieldProblem(path.isEmpty() ? "$" : path, problem));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]", problems);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String name = property.getKey();
                String where = path.isEmpty() ? name : path + "." + name;
                String problem = TextChecks.problemWith(name);
                if (problem != null) {
                    problems.add(new FieldProblem(where, "a property name " + problem));
                    continue;
                }
                check(property.getValue(), where, problems);
            }
        }
    }
}
