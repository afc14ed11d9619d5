import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;

/**
 * The ceiling the FHIR facade is measured against (docs/benchmarks/fhir.md): a HAPI FHIR plain server that serves
 * the very same resources from memory, with no database, no access check and no audit. It copies one patient's
 * Patient and Observations from the facade at start, then serves Patient and Observation reads and the Observation
 * search by subject and code, on embedded Tomcat (the servlet container the service itself runs on).
 *
 * Usage: java -cp <runtime classpath> FhirMemoryServer.java PORT FACADE_BASE TOKEN PATIENT_ID
 */
public class FhirMemoryServer {

    static final FhirContext FHIR = FhirContext.forR4Cached();

    static {
        FHIR.getParserOptions().setAutoContainReferenceTargetsWithNoId(false); // as the facade's own context
    }
    static final Map<String, Patient> PATIENTS = new ConcurrentHashMap<>();
    static final Map<String, Observation> OBSERVATIONS = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        IGenericClient facade = FHIR.newRestfulGenericClient(args[1]);
        facade.registerInterceptor(new BearerTokenAuthInterceptor(args[2]));
        Patient patient = facade.read().resource(Patient.class).withId(args[3]).execute();
        PATIENTS.put(patient.getIdElement().getIdPart(), patient);
        Bundle page = facade.search().forResource(Observation.class)
                .where(Observation.SUBJECT.hasId("Patient/" + args[3])).count(500).returnBundle(Bundle.class).execute();
        while (true) {
            for (Bundle.BundleEntryComponent entry : page.getEntry()) {
                Observation observation = (Observation) entry.getResource();
                OBSERVATIONS.put(observation.getIdElement().getIdPart(), observation);
            }
            if (page.getLink(Bundle.LINK_NEXT) == null) {
                break;
            }
            page = facade.loadPage().next(page).execute();
        }
        System.out.println("copied 1 Patient and " + OBSERVATIONS.size() + " Observations into memory");

        Tomcat tomcat = new Tomcat();
        tomcat.setPort(port);
        tomcat.getConnector().setProperty("address", "127.0.0.1");
        tomcat.setBaseDir(java.nio.file.Files.createTempDirectory("memory-fhir").toString());
        Context context = tomcat.addContext("", null);
        RestfulServer server = new RestfulServer(FHIR);
        server.setDefaultResponseEncoding(EncodingEnum.JSON);
        server.setResourceProviders(new Patients(), new Observations());
        Tomcat.addServlet(context, "fhir", server);
        context.addServletMappingDecoded("/fhir/*", "fhir");
        tomcat.start();
        System.out.println("serving on http://127.0.0.1:" + port + "/fhir");
        tomcat.getServer().await();
    }

    public static class Patients implements IResourceProvider {
        @Override
        public Class<Patient> getResourceType() {
            return Patient.class;
        }

        @Read
        public Patient read(@IdParam IdType id) {
            Patient found = PATIENTS.get(id.getIdPart());
            if (found == null) {
                throw new ResourceNotFoundException(id);
            }
            return found;
        }
    }

    public static class Observations implements IResourceProvider {
        @Override
        public Class<Observation> getResourceType() {
            return Observation.class;
        }

        @Read
        public Observation read(@IdParam IdType id) {
            Observation found = OBSERVATIONS.get(id.getIdPart());
            if (found == null) {
                throw new ResourceNotFoundException(id);
            }
            return found;
        }

        @Search
        public IBundleProvider search(
                @OptionalParam(name = Observation.SP_SUBJECT) ReferenceParam subject,
                @OptionalParam(name = Observation.SP_CODE) TokenParam code,
                @Count Integer count) {
            List<Observation> found = new ArrayList<>();
            for (Observation observation : OBSERVATIONS.values()) {
                boolean bySubject = subject == null
                        || observation.getSubject().getReference().equals("Patient/" + subject.getIdPart());
                boolean byCode = code == null || observation.getCode().getCoding().stream()
                        .anyMatch(coding -> coding.getCode().equals(code.getValue())
                                && (code.getSystem() == null || code.getSystem().equals(coding.getSystem())));
                if (bySubject && byCode) {
                    found.add(observation);
                }
            }
            found.sort((a, b) -> b.getEffectiveDateTimeType().getValue()
                    .compareTo(a.getEffectiveDateTimeType().getValue()));
            int size = count == null ? 50 : Math.min(count, 500);
            return new SimpleBundleProvider(found.subList(0, Math.min(size, found.size())));
        }
    }
}
