package kneadwise.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.UriParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.ValueSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** {@code /fhir/ValueSet}: for each of our CodeSystems, the ValueSet of all its codes; public. */
@Component
class ValueSetProvider implements IResourceProvider {

    private final DefinitionCatalog<ValueSet> catalog = new DefinitionCatalog<>(CodeSystems.valueSets());

    @Override
    public Class<ValueSet> getResourceType() {
        return ValueSet.class;
    }

    @Read(version = false)
    public ValueSet read(@IdParam IdType id) {
        return catalog.read(id);
    }

    @Search
    public List<ValueSet> search(
            @OptionalParam(name = ValueSet.SP_URL) @Nullable UriParam url,
            @OptionalParam(name = "_lastUpdated") @Nullable DateRangeParam lastUpdated) {
        return catalog.search(url, lastUpdated);
    }
}
