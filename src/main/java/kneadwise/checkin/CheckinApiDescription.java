package kneadwise.checkin;

import static kneadwise.system.ApiSchemas.bool;
import static kneadwise.system.ApiSchemas.listOf;
import static kneadwise.system.ApiSchemas.matching;
import static kneadwise.system.ApiSchemas.number;
import static kneadwise.system.ApiSchemas.object;
import static kneadwise.system.ApiSchemas.oneOf;
import static kneadwise.system.ApiSchemas.orNull;
import static kneadwise.system.ApiSchemas.properties;
import static kneadwise.system.ApiSchemas.whole;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import kneadwise.assessment.Bothersomeness;
import kneadwise.assessment.Finding;
import kneadwise.assessment.Intake;
import kneadwise.assessment.OswestryIndex;
import kneadwise.assessment.RolandMorrisScore;
import kneadwise.assessment.WhatMatters;
import kneadwise.system.ApiSchemas;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The intake in the API's description (CONTRACT.md section 3), from the limits and codes {@link IntakeReader} uses. */
@Configuration(proxyBeanMethods = false)
class CheckinApiDescription {

    static final String INTAKE = "Intake";

    @Bean
    OpenApiCustomizer checkinBodies() {
        return api -> {
            ApiSchemas.body(api, "POST /api/v1/assessments", INTAKE, intake());
            ApiSchemas.operation(api, "POST /api/v1/me/assessments")
                    .setRequestBody(ApiSchemas.operation(api, "POST /api/v1/assessments")
                            .getRequestBody());
            ApiSchemas.succeeds(
                    api, "POST /api/v1/assessments", 200, "The assessment (CONTRACT.md section 4); nothing is stored");
            ApiSchemas.succeeds(
                    api, "POST /api/v1/me/assessments", 201, "The assessment, kept in the person's record with its id");
            ApiSchemas.refuses(
                    api,
                    "GET /api/v1/patients/{patientId}/assessments",
                    404,
                    "No such patient, or not one whose record this caller may see (the two are not told apart)");
        };
    }

    static Schema<?> intake() {
        return object(
                "A person's check-in (CONTRACT.md section 3). Unknown members are ignored.",
                properties(
                        "age",
                        whole(Intake.MINIMUM_AGE, Intake.MAXIMUM_AGE),
                        "painDurationWeeks",
                        number(BigDecimal.ZERO, BigDecimal.valueOf(Intake.MAXIMUM_DURATION_WEEKS)),
                        "painNow",
                        whole(0, Intake.MAXIMUM_PAIN),
                        "findings",
                        orNull(listOf(oneOf(Finding.class))),
                        "startBack",
                        orNull(startBack()),
                        "rmdq",
                        orNull(listOf(bool(), RolandMorrisScore.ITEMS)),
                        "odi",
                        orNull(listOf(orNull(whole(0, 5)), OswestryIndex.SECTIONS)),
                        "clearedFindings",
                        orNull(listOf(matching("^[A-Z_]+$"))),
                        "whatMatters",
                        orNull(listOf(oneOf(WhatMatters.class)))),
                "age",
                "painDurationWeeks",
                "painNow");
    }

    private static Schema<?> startBack() {
        return object(
                "The nine STarT Back answers; all are required when it is given",
                properties(
                        "legPain", bool(),
                        "shoulderOrNeckPain", bool(),
                        "walksShortDistancesOnly", bool(),
                        "dressesSlowly", bool(),
                        "notSafeToBeActive", bool(),
                        "worryingThoughts", bool(),
                        "terribleNeverBetter", bool(),
                        "noEnjoyment", bool(),
                        "bothersomeness", oneOf(Bothersomeness.class)),
                "legPain",
                "shoulderOrNeckPain",
                "walksShortDistancesOnly",
                "dressesSlowly",
                "notSafeToBeActive",
                "worryingThoughts",
                "terribleNeverBetter",
                "noEnjoyment",
                "bothersomeness");
    }
}
