package kneadwise.fhir;

import java.util.Set;

/**
 * A HAPI plain provider that another module adds to the FHIR server: operations at the server, a type or an instance
 * ({@code @Operation} with {@code typeName}), such as Bulk Data export. The FHIR server serves every such bean.
 */
public interface FhirOperations {

    /**
     * Server-level operations (without the {@code $}) whose answers may be too large to hold in memory, so they are
     * sent as they are written rather than whole ({@link WholeResponse}).
     */
    default Set<String> streamedOperations() {
        return Set.of();
    }
}
