package kneadwise.evidence;

import static kneadwise.system.ApiSchemas.object;
import static kneadwise.system.ApiSchemas.properties;
import static kneadwise.system.ApiSchemas.text;

import kneadwise.system.ApiSchemas;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The claim check's body in the API's description (CONTRACT.md section 2). */
@Configuration(proxyBeanMethods = false)
class EvidenceApiDescription {

    @Bean
    OpenApiCustomizer evidenceBodies() {
        return api -> ApiSchemas.body(
                api,
                "POST /api/v1/claims/check",
                "ClaimCheckRequest",
                object(
                        "A text about massage to check for myths (CLINICAL.md section 7)",
                        properties("text", text(0, ClaimCheckApi.MAXIMUM_LENGTH)),
                        "text"));
    }
}
