package kneadwise.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The HAPI FHIR plain server: JSON unless the client asks for XML, one provider per resource type, and the rule of
 * which types need a token ({@link TokenRequired}).
 */
final class FhirServer extends RestfulServer {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The paths below {@code /fhir} of operations whose answers are sent as written, not whole. */
    private final Set<String> streamed;

    FhirServer(FhirContext context, List<IResourceProvider> providers, List<FhirOperations> operations) {
        super(context);
        setDefaultResponseEncoding(EncodingEnum.JSON);
        setResourceProviders(List.copyOf(providers));
        setPlainProviders(List.copyOf(operations));
        this.streamed = operations.stream()
                .flatMap(provider -> provider.streamedOperations().stream())
                .map(name -> "/$" + name)
                .collect(Collectors.toUnmodifiableSet());
        registerInterceptor(new TokenRequired());
        registerInterceptor(new ServerFailures());
        setImplementationDescription("Kneadwise: massage care for low back pain");
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (streamed.contains(request.getPathInfo())) {
            super.service(request, response);
            return;
        }
        WholeResponse whole = new WholeResponse(response);
        super.service(request, whole);
        whole.send();
    }
}
