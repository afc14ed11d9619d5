package kneadwise.evidence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bundled evidence base as a bean; a broken data file stops the application at start-up. */
@Configuration(proxyBeanMethods = false)
class EvidenceConfiguration {

    @Bean
    EvidenceBase evidenceBase() {
        return EvidenceBase.bundled();
    }
}
