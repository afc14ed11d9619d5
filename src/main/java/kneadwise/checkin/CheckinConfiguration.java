package kneadwise.checkin;

import kneadwise.assessment.AssessmentEngine;
import kneadwise.evidence.EvidenceBase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clinical engine for the whole application. */
@Configuration(proxyBeanMethods = false)
class CheckinConfiguration {

    @Bean
    AssessmentEngine assessmentEngine(EvidenceBase evidenceBase) {
        return new AssessmentEngine(evidenceBase);
    }
}
