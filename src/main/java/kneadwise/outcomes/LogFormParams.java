package kneadwise.outcomes;

import java.util.List;
import java.util.Map;
import kneadwise.checkin.QuestionsView;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The log page's form turned into the JSON the API reads, so that one reader ({@link LogForm}) checks both: pain as
 * a radio choice, side effects as ticks with a severity each, the questionnaire's ticks (RMDQ) or choices (ODI).
 */
final class LogFormParams {

    static final List<String> KINDS = List.of("SORENESS", "BRUISING", "OTHER");

    private LogFormParams() {}

    static ObjectNode toJson(int session, Map<String, List<String>> form) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode body = nodes.objectNode();
        body.put("session", session);
        String pain = first(form, "painNrs");
        if (pain != null) {
            body.set("painNrs", wholeOrText(pain));
        }
        ArrayNode effects = body.putArray("sideEffects");
        for (String kind : KINDS) {
            if (form.getOrDefault("sideEffect", List.of()).contains(kind)) {
                ObjectNode effect = effects.addObject().put("kind", kind);
                String severity = first(form, "severity-" + kind);
                if (severity != null && !severity.isBlank()) {
                    effect.put("severity", severity);
                }
                String description = first(form, "description-" + kind);
                if (description != null && !description.isBlank()) {
                    effect.put("description", description);
                }
            }
        }
        String questionnaire = first(form, "questionnaire");
        if (!form.containsKey("skipFunction") && "RMDQ".equals(questionnaire)) {
            ArrayNode rmdq = body.putArray("rmdq");
            List<String> ticked = form.getOrDefault("statement", List.of());
            for (int item = 1;
                    item <= QuestionsView.questions().getRolandMorris().size();
                    item++) {
                rmdq.add(ticked.contains(String.valueOf(item)));
            }
        } else if (!form.containsKey("skipFunction") && "ODI".equals(questionnaire)) {
            ArrayNode odi = body.putArray("odi");
            for (int section = 1;
                    section <= QuestionsView.questions().getOswestry().size();
                    section++) {
                String answer = first(form, "section" + section);
                if (answer == null || answer.isBlank()) {
                    odi.addNull();
                } else {
                    odi.add(wholeOrText(answer));
                }
            }
        }
        String impression = first(form, "globalImpression");
        if (impression != null && !impression.isBlank()) {
            body.put("globalImpression", impression);
        }
        return body;
    }

    private static @Nullable String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /** A whole number as a number; anything else as text, so the reader names it as not a number. */
    private static tools.jackson.databind.JsonNode wholeOrText(String value) {
        try {
            return JsonNodeFactory.instance.numberNode(Integer.parseInt(value.strip()));
        } catch (NumberFormatException notANumber) {
            return JsonNodeFactory.instance.stringNode(value);
        }
    }
}
