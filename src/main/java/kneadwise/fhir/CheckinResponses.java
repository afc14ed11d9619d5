package kneadwise.fhir;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import kneadwise.checkin.KeptCheckin;
import kneadwise.system.FieldProblem;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A check-in as a QuestionnaireResponse to {@code Questionnaire/check-in}, and back: pure functions between the
 * intake document (CONTRACT.md section 3) and the response's items, so that what the API and FHIR store is one thing.
 * Going back, only the response's shape is checked here (known linkIds, one value of the right type); the intake's
 * own reader judges the values and its field names are turned back into linkIds by {@link #linkIdOf}.
 */
final class CheckinResponses {

    /** The STarT Back intake fields in the order of the tool's items 1 to 9. */
    static final List<String> START_BACK_FIELDS = List.of(
            "legPain",
            "shoulderOrNeckPain",
            "walksShortDistancesOnly",
            "dressesSlowly",
            "notSafeToBeActive",
            "worryingThoughts",
            "terribleNeverBetter",
            "noEnjoyment",
            "bothersomeness");

    static final String AGREE = "agree";
    static final String DISAGREE = "disagree";
    static final int RMDQ_ITEMS = 24;
    static final int ODI_ITEMS = 10;

    private CheckinResponses() {}

    /** The kept check-in as the person's completed response; it never changes, so its version is 1. */
    static QuestionnaireResponse response(KeptCheckin kept) {
        QuestionnaireResponse response = answers(kept.intake());
        response.setId(kept.id().toString());
        response.setMeta(new Meta().setVersionId("1").setLastUpdated(Date.from(kept.at())));
        response.setSubject(new Reference("Patient/" + kept.patientId()));
        response.setAuthored(Date.from(kept.at()));
        return response;
    }

    /** The intake's answers as the response's items, in the Questionnaire's order; what was not answered is left out. */
    static QuestionnaireResponse answers(JsonNode intake) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setQuestionnaire(Definitions.canonical("Questionnaire", Questionnaires.CHECK_IN));
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        answer(
                response.getItem(),
                Questionnaires.AGE,
                new IntegerType(intake.get("age").asInt()));
        answer(
                response.getItem(),
                Questionnaires.DURATION,
                new DecimalType(intake.get("painDurationWeeks").decimalValue()));
        answer(
                response.getItem(),
                Questionnaires.PAIN_NOW,
                new IntegerType(intake.get("painNow").asInt()));
        codes(response.getItem(), Questionnaires.FINDINGS, intake.get("findings"), TRIAGE_REASON);
        codes(response.getItem(), Questionnaires.CLEARED, intake.get("clearedFindings"), TRIAGE_REASON);
        codes(response.getItem(), Questionnaires.WHAT_MATTERS, intake.get("whatMatters"), null);
        JsonNode startBack = intake.get("startBack");
        if (startBack != null && startBack.isObject()) {
            QuestionnaireResponseItemComponent group = group(response, Questionnaires.START_BACK_GROUP);
            for (int n = 1; n <= 8; n++) {
                boolean agree = startBack.get(START_BACK_FIELDS.get(n - 1)).asBoolean();
                answer(group.getItem(), "start-back-" + n, new Coding(null, agree ? AGREE : DISAGREE, null));
            }
            answer(
                    group.getItem(),
                    "start-back-9",
                    new Coding(null, startBack.get("bothersomeness").asString(), null));
        }
        JsonNode rmdq = intake.get("rmdq");
        if (rmdq != null && rmdq.isArray()) {
            QuestionnaireResponseItemComponent group = group(response, Questionnaires.RMDQ_GROUP);
            for (int i = 0; i < rmdq.size(); i++) {
                answer(
                        group.getItem(),
                        "rmdq-" + (i + 1),
                        new BooleanType(rmdq.get(i).asBoolean()));
            }
        }
        JsonNode odi = intake.get("odi");
        if (odi != null && odi.isArray()) {
            QuestionnaireResponseItemComponent group = group(response, Questionnaires.ODI_GROUP);
            for (int i = 0; i < odi.size(); i++) {
                if (!odi.get(i).isNull()) {
                    answer(
                            group.getItem(),
                            "odi-" + (i + 1),
                            new Coding(null, odi.get(i).asString(), null));
                }
            }
        }
        return response;
    }

    private static final String TRIAGE_REASON = CodeSystems.url(CodeSystems.TRIAGE_REASON);

    /**
     * The response's items as an intake document, with a problem (named by linkId) for every item that is not one of
     * the check-in's or holds the wrong kind of value. The values themselves are left for the intake's reader.
     */
    static ObjectNode intake(QuestionnaireResponse response, List<FieldProblem> problems) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode intake = nodes.objectNode();
        for (QuestionnaireResponseItemComponent item : response.getItem()) {
            String linkId = String.valueOf(item.getLinkId());
            switch (linkId) {
                case Questionnaires.AGE -> whole(item, problems).ifPresent(age -> intake.put("age", age));
                case Questionnaires.DURATION ->
                    decimal(item, problems).ifPresent(weeks -> {
                        // A whole number stays one, as the API would have it; the reader judges the range after.
                        if (weeks.stripTrailingZeros().scale() <= 0
                                && weeks.abs().compareTo(BigDecimal.TEN.pow(9)) < 0) {
                            intake.put("painDurationWeeks", weeks.longValueExact());
                        } else {
                            intake.put("painDurationWeeks", weeks);
                        }
                    });
                case Questionnaires.PAIN_NOW -> whole(item, problems).ifPresent(pain -> intake.put("painNow", pain));
                case Questionnaires.FINDINGS -> intake.set("findings", codeList(item, problems, nodes));
                case Questionnaires.CLEARED -> intake.set("clearedFindings", codeList(item, problems, nodes));
                case Questionnaires.WHAT_MATTERS -> intake.set("whatMatters", codeList(item, problems, nodes));
                case Questionnaires.START_BACK_GROUP -> intake.set("startBack", startBack(item, problems, nodes));
                case Questionnaires.RMDQ_GROUP -> intake.set("rmdq", rolandMorris(item, problems, nodes));
                case Questionnaires.ODI_GROUP -> intake.set("odi", oswestry(item, problems, nodes));
                default -> problems.add(new FieldProblem(linkId, "is not an item of Questionnaire/check-in"));
            }
        }
        return intake;
    }

    /** The linkId an intake field names: {@code odi[3]} is {@code odi-4}, {@code startBack.legPain} start-back-1. */
    static String linkIdOf(String field) {
        String[] parts = field.split("[\\[\\].]");
        return switch (parts[0]) {
            case "age" -> Questionnaires.AGE;
            case "painDurationWeeks" -> Questionnaires.DURATION;
            case "painNow" -> Questionnaires.PAIN_NOW;
            case "findings" -> Questionnaires.FINDINGS;
            case "clearedFindings" -> Questionnaires.CLEARED;
            case "whatMatters" -> Questionnaires.WHAT_MATTERS;
            case "startBack" ->
                parts.length > 1 && START_BACK_FIELDS.contains(parts[1])
                        ? "start-back-" + (START_BACK_FIELDS.indexOf(parts[1]) + 1)
                        : Questionnaires.START_BACK_GROUP;
            case "rmdq" -> numbered("rmdq-", parts, Questionnaires.RMDQ_GROUP);
            case "odi" -> numbered("odi-", parts, Questionnaires.ODI_GROUP);
            default -> field;
        };
    }

    private static String numbered(String prefix, String[] parts, String group) {
        try {
            return parts.length > 1 ? prefix + (Integer.parseInt(parts[1]) + 1) : group;
        } catch (NumberFormatException notAnIndex) {
            return group;
        }
    }

    private static ObjectNode startBack(
            QuestionnaireResponseItemComponent group, List<FieldProblem> problems, JsonNodeFactory nodes) {
        ObjectNode answers = nodes.objectNode();
        for (QuestionnaireResponseItemComponent item : group.getItem()) {
            String linkId = String.valueOf(item.getLinkId());
            int n = itemNumber(linkId, "start-back-", 9);
            if (n == 0) {
                problems.add(new FieldProblem(linkId, "is not an item of the STarT Back group"));
                continue;
            }
            Optional<String> code = code(item, problems);
            if (code.isEmpty()) {
                continue;
            }
            String field = START_BACK_FIELDS.get(n - 1);
            if (n == 9) {
                answers.put(field, code.get());
            } else if (code.get().equals(AGREE) || code.get().equals(DISAGREE)) {
                answers.put(field, code.get().equals(AGREE));
            } else {
                problems.add(new FieldProblem(linkId, "must be agree or disagree"));
            }
        }
        return answers;
    }

    static ArrayNode rolandMorris(
            QuestionnaireResponseItemComponent group, List<FieldProblem> problems, JsonNodeFactory nodes) {
        Boolean[] statements = new Boolean[RMDQ_ITEMS];
        for (QuestionnaireResponseItemComponent item : group.getItem()) {
            String linkId = String.valueOf(item.getLinkId());
            int n = itemNumber(linkId, "rmdq-", RMDQ_ITEMS);
            if (n == 0) {
                problems.add(new FieldProblem(linkId, "is not an item of the Roland-Morris group"));
            } else {
                Type value = single(item, problems);
                if (value instanceof BooleanType yes && yes.getValue() != null) {
                    statements[n - 1] = yes.getValue();
                } else if (value != null) {
                    problems.add(new FieldProblem(linkId, "must be answered true or false (valueBoolean)"));
                }
            }
        }
        ArrayNode list = nodes.arrayNode();
        for (int i = 0; i < RMDQ_ITEMS; i++) {
            if (statements[i] == null) {
                problems.add(new FieldProblem("rmdq-" + (i + 1), "must be answered: all 24 statements are needed"));
            } else {
                list.add(statements[i]);
            }
        }
        return list;
    }

    static ArrayNode oswestry(
            QuestionnaireResponseItemComponent group, List<FieldProblem> problems, JsonNodeFactory nodes) {
        ArrayNode sections = nodes.arrayNode();
        for (int i = 0; i < ODI_ITEMS; i++) {
            sections.addNull();
        }
        for (QuestionnaireResponseItemComponent item : group.getItem()) {
            String linkId = String.valueOf(item.getLinkId());
            int n = itemNumber(linkId, "odi-", ODI_ITEMS);
            if (n == 0) {
                problems.add(new FieldProblem(linkId, "is not an item of the Oswestry group"));
                continue;
            }
            code(item, problems).ifPresent(code -> {
                try {
                    sections.set(n - 1, nodes.numberNode(Integer.parseInt(code)));
                } catch (NumberFormatException notAScore) {
                    problems.add(new FieldProblem(linkId, "must be one of the answer codes 0 to 5"));
                }
            });
        }
        return sections;
    }

    private static ArrayNode codeList(
            QuestionnaireResponseItemComponent item, List<FieldProblem> problems, JsonNodeFactory nodes) {
        ArrayNode codes = nodes.arrayNode();
        for (QuestionnaireResponseItemAnswerComponent answer : item.getAnswer()) {
            if (answer.getValue() instanceof Coding coding && coding.getCode() != null) {
                codes.add(coding.getCode());
            } else {
                problems.add(new FieldProblem(item.getLinkId(), "each answer must be a valueCoding with a code"));
            }
        }
        return codes;
    }

    /** 1 to {@code most} for {@code prefix + n}; 0 for anything else. */
    private static int itemNumber(String linkId, String prefix, int most) {
        if (!linkId.startsWith(prefix)) {
            return 0;
        }
        try {
            int n = Integer.parseInt(linkId.substring(prefix.length()));
            return n >= 1 && n <= most && linkId.equals(prefix + n) ? n : 0;
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    static Optional<Integer> whole(QuestionnaireResponseItemComponent item, List<FieldProblem> problems) {
        Type value = single(item, problems);
        if (value instanceof IntegerType number && number.getValue() != null) {
            return Optional.of(number.getValue());
        }
        if (value != null) {
            problems.add(new FieldProblem(item.getLinkId(), "must be a whole number (valueInteger)"));
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> decimal(QuestionnaireResponseItemComponent item, List<FieldProblem> problems) {
        Type value = single(item, problems);
        if (value instanceof DecimalType number && number.getValue() != null) {
            return Optional.of(number.getValue());
        }
        if (value instanceof IntegerType number && number.getValue() != null) {
            return Optional.of(BigDecimal.valueOf(number.getValue()));
        }
        if (value != null) {
            problems.add(new FieldProblem(item.getLinkId(), "must be a number (valueDecimal)"));
        }
        return Optional.empty();
    }

    static Optional<String> code(QuestionnaireResponseItemComponent item, List<FieldProblem> problems) {
        Type value = single(item, problems);
        if (value instanceof Coding coding && coding.getCode() != null) {
            return Optional.of(coding.getCode());
        }
        if (value != null) {
            problems.add(new FieldProblem(item.getLinkId(), "must be one of the item's answer options (valueCoding)"));
        }
        return Optional.empty();
    }

    /** The one answer's value; a problem (and null) when there is none or more than one. */
    static @Nullable Type single(QuestionnaireResponseItemComponent item, List<FieldProblem> problems) {
        if (item.getAnswer().size() != 1 || item.getAnswerFirstRep().getValue() == null) {
            problems.add(new FieldProblem(item.getLinkId(), "must have exactly one answer"));
            return null;
        }
        return item.getAnswerFirstRep().getValue();
    }

    static void answer(List<QuestionnaireResponseItemComponent> items, String linkId, Type value) {
        items.add(new QuestionnaireResponseItemComponent()
                .setLinkId(linkId)
                .addAnswer(new QuestionnaireResponseItemAnswerComponent().setValue(value)));
    }

    private static void codes(
            List<QuestionnaireResponseItemComponent> items,
            String linkId,
            @Nullable JsonNode codes,
            @Nullable String system) {
        if (codes == null || !codes.isArray() || codes.isEmpty()) {
            return;
        }
        QuestionnaireResponseItemComponent item = new QuestionnaireResponseItemComponent().setLinkId(linkId);
        for (JsonNode code : codes) {
            item.addAnswer().setValue(new Coding(system, code.asString(), null));
        }
        items.add(item);
    }

    private static QuestionnaireResponseItemComponent group(QuestionnaireResponse response, String linkId) {
        return response.addItem().setLinkId(linkId);
    }
}
