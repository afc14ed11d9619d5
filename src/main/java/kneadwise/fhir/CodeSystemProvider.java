package kneadwise.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.UriParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.IdType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** {@code /fhir/CodeSystem}: our own codes (scores without LOINC, STarT Back risk, triage reasons, techniques, body regions, side effects); public. */
@Component
class CodeSystemProvider implements IResourceProvider {

    private final DefinitionCatalog<CodeSystem> catalog = new DefinitionCatalog<>(CodeSystems.all());

    @Override
    public Class<CodeSystem> getResourceType() {
        return CodeSystem.class;
    }

    @Read(version = false)
    public CodeSystem read(@IdParam IdType id) {
        return catalog.read(id);
    }

    @Search
    public List<CodeSystem> search(
            @OptionalParam(name = CodeSystem.SP_URL) @Nullable UriParam url,
            @OptionalParam(name = "_lastUpdated") @Nullable DateRangeParam lastUpdated) {
        return catalog.search(url, lastUpdated);
    }
}
