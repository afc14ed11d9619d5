package kneadwise.fhir.export;

import java.util.List;
import kneadwise.system.ServedOutsideMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The export's addresses, served by the FHIR server rather than Spring MVC. HAPI describes {@code $export} at its
 * three levels in one OperationDefinition, which cannot say where each is, so they are listed here for the
 * authorization matrix and the fuzz suite.
 */
@Configuration(proxyBeanMethods = false)
class ExportEndpoints {

    @Bean
    ServedOutsideMvc bulkDataEndpoints() {
        return new ServedOutsideMvc(List.of(
                "GET /fhir/$export",
                "GET /fhir/Patient/$export",
                "GET /fhir/Group/{id}/$export",
                "GET /fhir/$" + ExportOperations.STATUS,
                "DELETE /fhir/$" + ExportOperations.STATUS,
                "GET /fhir/$" + ExportOperations.FILE));
    }
}
