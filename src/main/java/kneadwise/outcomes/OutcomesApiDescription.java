package kneadwise.outcomes;

import static kneadwise.system.ApiSchemas.anyOf;
import static kneadwise.system.ApiSchemas.bool;
import static kneadwise.system.ApiSchemas.listOf;
import static kneadwise.system.ApiSchemas.number;
import static kneadwise.system.ApiSchemas.object;
import static kneadwise.system.ApiSchemas.oneOf;
import static kneadwise.system.ApiSchemas.orNull;
import static kneadwise.system.ApiSchemas.properties;
import static kneadwise.system.ApiSchemas.text;
import static kneadwise.system.ApiSchemas.whole;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kneadwise.assessment.Instrument;
import kneadwise.assessment.OswestryIndex;
import kneadwise.assessment.RolandMorrisScore;
import kneadwise.directory.Technique;
import kneadwise.system.ApiSchemas;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outcome bodies in the API's description (CONTRACT.md sections 2, 5 and 9), from the limits and codes of
 * {@link OutcomeEvaluationApi}, {@link LogForm}, {@link NoteForm} and {@link PublishingApi}.
 */
@Configuration(proxyBeanMethods = false)
class OutcomesApiDescription {

    @Bean
    OpenApiCustomizer outcomesBodies() {
        return api -> {
            ApiSchemas.body(api, "POST /api/v1/outcomes/evaluate", "OutcomeEvaluationRequest", evaluation());
            ApiSchemas.body(api, "POST /api/v1/courses/{courseId}/outcomes", "SessionLogRequest", sessionLog());
            ApiSchemas.succeeds(api, "POST /api/v1/courses/{courseId}/outcomes", 201, "The session's log, kept");
            ApiSchemas.refuses(
                    api,
                    "POST /api/v1/courses/{courseId}/outcomes",
                    404,
                    "No such course, or not one of this caller's");
            ApiSchemas.refuses(
                    api,
                    "POST /api/v1/courses/{courseId}/outcomes",
                    409,
                    "The session is already logged, or its log is not open yet");
            ApiSchemas.body(api, "PUT /api/v1/courses/{courseId}/notes/{session}", "SessionNoteRequest", note());
            ApiSchemas.body(api, "PUT /api/v1/me/outcome-record", "OutcomeRecordRequest", publishing());
            ApiSchemas.sendsFile(
                    api,
                    "GET /api/v1/outcomes/dashboard.csv",
                    "text/csv",
                    "The outcome dashboard's rows as a CSV table");
            ApiSchemas.refuses(
                    api,
                    "PUT /api/v1/me/outcome-record",
                    409,
                    "No directory profile yet, or too few finished courses to publish");
        };
    }

    private static Schema<?> evaluation() {
        return object(
                "A change to judge (CONTRACT.md section 5): NRS 0-10 and RMDQ 0-24 in whole numbers, ODI 0-100",
                properties(
                        "instrument", oneOf(Instrument.class),
                        "baseline", number(BigDecimal.ZERO, BigDecimal.valueOf(100)),
                        "followUp", number(BigDecimal.ZERO, BigDecimal.valueOf(100))),
                "instrument",
                "baseline",
                "followUp");
    }

    private static Schema<?> sessionLog() {
        List<String> words = new ArrayList<>(
                Arrays.stream(SideEffect.Kind.values()).map(Enum::name).toList());
        words.add("NONE");
        Schema<?> effect = object(
                "A side effect with its severity; OTHER needs a description",
                properties(
                        "kind", oneOf(SideEffect.Kind.class),
                        "severity", oneOf(SideEffect.Severity.class),
                        "description", text(1, 200)),
                "kind");
        return object(
                "One session's log (CONTRACT.md section 9): pain, side effects, and at sessions 1, 3 and the last one"
                        + " function questionnaire, RMDQ or ODI (not both)",
                properties(
                        "session", whole(1, 12),
                        "painNrs", whole(0, 10),
                        "sideEffects", orNull(listOf(anyOf(oneOf(words), effect))),
                        "rmdq", listOf(bool(), RolandMorrisScore.ITEMS),
                        "odi", listOf(orNull(whole(0, 5)), OswestryIndex.SECTIONS),
                        "globalImpression", oneOf(GlobalImpression.class)),
                "session",
                "painNrs");
    }

    private static Schema<?> note() {
        return object(
                "A therapist's structured note of one session",
                properties(
                        "subjective", orNull(text(0, 2000)),
                        "regions", listOf(oneOf(BodyRegion.class)),
                        "techniques", listOf(oneOf(Technique.class)),
                        "pressure", oneOf(SessionNote.Pressure.class),
                        "minutes", whole(5, 240),
                        "response", text(1, 2000),
                        "plan", text(1, 2000)),
                "regions",
                "techniques",
                "pressure",
                "minutes",
                "response",
                "plan");
    }

    private static Schema<?> publishing() {
        return object("Whether the therapist's outcome record is public", properties("published", bool()), "published");
    }
}
