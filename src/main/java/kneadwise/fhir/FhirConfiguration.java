package kneadwise.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The FHIR server as a servlet at {@code /fhir/*}, with the one {@link FhirContext} (costly to build) of the app. */
@Configuration(proxyBeanMethods = false)
class FhirConfiguration {

    @Bean
    FhirContext fhirContext() {
        FhirContext context = FhirContext.forR4Cached();
        // Every reference we write names a resource by id, so there is never one to contain; without this, HAPI walks
        // each resource looking for such references before encoding it (a tenth of a search's CPU, fhir.md).
        context.getParserOptions().setAutoContainReferenceTargetsWithNoId(false);
        return context;
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    ServletRegistrationBean<FhirServer> fhirServlet(
            FhirContext context, List<IResourceProvider> providers, List<FhirOperations> operations) {
        ServletRegistrationBean<FhirServer> registration =
                new ServletRegistrationBean<>(new FhirServer(context, providers, operations), "/fhir/*");
        registration.setName("fhir");
        registration.setLoadOnStartup(1);
        return registration;
    }
}
