package kneadwise.checkin;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kneadwise.assessment.Bothersomeness;
import kneadwise.assessment.Finding;
import kneadwise.assessment.Intake;
import kneadwise.assessment.SafetyTriage;
import kneadwise.assessment.StartBackAnswers;
import kneadwise.assessment.WhatMatters;
import kneadwise.system.JsonInput;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads an intake (CONTRACT.md section 3) and names every invalid field, or returns the intake. Unknown top-level
 * fields are ignored; duplicate findings are harmless.
 */
final class IntakeReader {

    static final String KIND = "intake";

    private IntakeReader() {}

    /** @throws kneadwise.system.InvalidInputException naming every invalid field */
    static Intake read(JsonNode body) {
        JsonInput input = new JsonInput();
        if (!body.isObject()) {
            input.problem("$", "The intake must be a JSON object");
            input.throwIfInvalid(KIND);
        }
        Integer age = input.wholeNumber(body, "age", "age", Intake.MINIMUM_AGE, Intake.MAXIMUM_AGE);
        BigDecimal weeks = input.number(
                body,
                "painDurationWeeks",
                "painDurationWeeks",
                BigDecimal.ZERO,
                BigDecimal.valueOf(Intake.MAXIMUM_DURATION_WEEKS));
        Integer painNow = input.wholeNumber(body, "painNow", "painNow", 0, Intake.MAXIMUM_PAIN);
        Set<Finding> findings = findings(body.get("findings"), input);
        StartBackAnswers startBack = startBack(body.get("startBack"), input);
        List<Boolean> rmdq = FunctionQuestionnaires.rmdq(body.get("rmdq"), input);
        List<@Nullable Integer> odi = FunctionQuestionnaires.odi(body.get("odi"), input);
        Set<WhatMatters> whatMatters = whatMatters(body.get("whatMatters"), input);
        Set<String> cleared = cleared(body.get("clearedFindings"), input, age, findings);
        input.throwIfInvalid(KIND);
        // Every value is present here: throwIfInvalid would have thrown otherwise.
        return new Intake(
                requireNonNull(age),
                requireNonNull(weeks).doubleValue(),
                requireNonNull(painNow),
                findings,
                startBack,
                rmdq,
                odi,
                cleared,
                whatMatters);
    }

    /**
     * CLINICAL.md section 2b: each code must be a SEE_CLINICIAN_FIRST reason that fired for this intake; an emergency
     * sign never can be cleared. Whether a reason fired is only checked once the age and the findings are valid.
     */
    private static Set<String> cleared(
            @Nullable JsonNode node, JsonInput input, @Nullable Integer age, Set<Finding> findings) {
        Set<String> cleared = new LinkedHashSet<>();
        if (node == null || node.isNull()) {
            return cleared;
        }
        if (!node.isArray()) {
            input.problem("clearedFindings", "must be a list of reason codes a clinician has cleared");
            return cleared;
        }
        boolean triageKnown = age != null
                && input.problems().stream()
                        .noneMatch(problem -> problem.field().startsWith("findings"));
        Set<String> fired = age != null && triageKnown ? SafetyTriage.clearable(findings, age) : Set.of();
        for (int i = 0; i < node.size(); i++) {
            String path = "clearedFindings[" + i + "]";
            JsonNode item = node.get(i);
            String code = item.isString() ? item.asString() : null;
            if (code == null) {
                input.problem(path, "must be a reason code, such as BLEEDING_DISORDER_OR_ANTICOAGULANTS");
            } else if (SafetyTriage.isEmergency(code)) {
                input.problem(
                        path,
                        code + " is an emergency sign and can never be cleared: go to an emergency"
                                + " department now");
            } else if (!SafetyTriage.canEverBeCleared(code)) {
                input.problem(path, "'" + code + "' cannot be cleared: only a reason to see a doctor first can be");
            } else if (triageKnown && !fired.contains(code)) {
                input.problem(path, code + " is not a reason this intake gives, so there is nothing to clear");
            } else {
                cleared.add(code);
            }
        }
        return cleared;
    }

    private static Set<WhatMatters> whatMatters(@Nullable JsonNode node, JsonInput input) {
        Set<WhatMatters> wishes = EnumSet.noneOf(WhatMatters.class);
        if (node == null || node.isNull()) {
            return wishes;
        }
        if (!node.isArray()) {
            input.problem("whatMatters", "must be a list of what matters most to you");
            return wishes;
        }
        for (int i = 0; i < node.size(); i++) {
            WhatMatters wish = input.oneOf(WhatMatters.class, node.get(i), "whatMatters[" + i + "]");
            if (wish != null) {
                wishes.add(wish);
            }
        }
        return wishes;
    }

    private static Set<Finding> findings(@Nullable JsonNode node, JsonInput input) {
        Set<Finding> findings = EnumSet.noneOf(Finding.class);
        if (node == null || node.isNull()) {
            return findings;
        }
        if (!node.isArray()) {
            input.problem("findings", "must be a list of finding codes");
            return findings;
        }
        for (int i = 0; i < node.size(); i++) {
            Finding finding = input.oneOf(Finding.class, node.get(i), "findings[" + i + "]");
            if (finding != null) {
                findings.add(finding);
            }
        }
        return findings;
    }

    private static @Nullable StartBackAnswers startBack(@Nullable JsonNode node, JsonInput input) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            return input.problem("startBack", "must be an object with the nine STarT Back answers");
        }
        Boolean legPain = input.bool(node, "legPain", "startBack.legPain");
        Boolean shoulderOrNeckPain = input.bool(node, "shoulderOrNeckPain", "startBack.shoulderOrNeckPain");
        Boolean walks = input.bool(node, "walksShortDistancesOnly", "startBack.walksShortDistancesOnly");
        Boolean dresses = input.bool(node, "dressesSlowly", "startBack.dressesSlowly");
        Boolean notSafe = input.bool(node, "notSafeToBeActive", "startBack.notSafeToBeActive");
        Boolean worrying = input.bool(node, "worryingThoughts", "startBack.worryingThoughts");
        Boolean terrible = input.bool(node, "terribleNeverBetter", "startBack.terribleNeverBetter");
        Boolean noEnjoyment = input.bool(node, "noEnjoyment", "startBack.noEnjoyment");
        Bothersomeness bothersomeness =
                input.oneOf(Bothersomeness.class, node, "bothersomeness", "startBack.bothersomeness");
        if (legPain == null
                || shoulderOrNeckPain == null
                || walks == null
                || dresses == null
                || notSafe == null
                || worrying == null
                || terrible == null
                || noEnjoyment == null
                || bothersomeness == null) {
            return null;
        }
        return new StartBackAnswers(
                legPain, shoulderOrNeckPain, walks, dresses, notSafe, worrying, terrible, noEnjoyment, bothersomeness);
    }
}
