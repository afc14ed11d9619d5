package kneadwise.directory;

import static kneadwise.system.ApiSchemas.anyOf;
import static kneadwise.system.ApiSchemas.bool;
import static kneadwise.system.ApiSchemas.listOf;
import static kneadwise.system.ApiSchemas.matching;
import static kneadwise.system.ApiSchemas.number;
import static kneadwise.system.ApiSchemas.object;
import static kneadwise.system.ApiSchemas.oneOf;
import static kneadwise.system.ApiSchemas.orNull;
import static kneadwise.system.ApiSchemas.properties;
import static kneadwise.system.ApiSchemas.text;
import static kneadwise.system.ApiSchemas.whole;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import kneadwise.system.ApiSchemas;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A therapist's profile in the API's description, from the limits {@link ProfileForm} checks. */
@Configuration(proxyBeanMethods = false)
class DirectoryApiDescription {

    @Bean
    OpenApiCustomizer directoryBodies() {
        return api -> {
            ApiSchemas.body(api, "PUT /api/v1/me/therapist-profile", "TherapistProfileRequest", profile());
            ApiSchemas.refuses(api, "GET /api/v1/therapists/{therapistId}", 404, "No such therapist");
        };
    }

    private static Schema<?> profile() {
        return object(
                "A therapist's public profile. The practice is placed by its ZIP code, or by latitude, longitude and"
                        + " timeZone. Lists may also be given as one comma-separated text, and numbers as text.",
                properties(
                        "name", text(1, 200),
                        "licenceState", orNull(matching("^[A-Za-z]{2}$")),
                        "licenceNumber", orNull(matching("^[A-Za-z0-9][A-Za-z0-9 .-]{0,39}$")),
                        "certifications", orNull(listOf(text(1, 100))),
                        "techniques", orNull(listOf(oneOf(Technique.class))),
                        "pregnancyTrained", orNull(bool()),
                        "traumaInformed", orNull(bool()),
                        "languages", listOf(matching("^[A-Za-z]{2}$")),
                        "gender", orNull(text(0, 60)),
                        "pricePerSession",
                                anyOf(
                                        number(BigDecimal.ZERO, BigDecimal.valueOf(1000)),
                                        matching("^[0-9]+(\\.[0-9]{1,2})?$")),
                        "insurance", orNull(listOf(text(1, 100))),
                        "address", orNull(text(0, 300)),
                        "postalCode", orNull(matching("^[0-9]{5}$")),
                        "latitude", orNull(number(BigDecimal.valueOf(-90), BigDecimal.valueOf(90))),
                        "longitude", orNull(number(BigDecimal.valueOf(-180), BigDecimal.valueOf(180))),
                        "timeZone", orNull(text(1, 60)),
                        "sessionMinutes", orNull(whole(15, 240)),
                        "cancellationNoticeHours", orNull(whole(0, 168))),
                "name",
                "languages",
                "pricePerSession");
    }
}
