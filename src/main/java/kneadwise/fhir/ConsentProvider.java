package kneadwise.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.IdType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code /fhir/Consent}: a patient's standing grants of access, seen only by the patient (as {@code GET
 * /api/v1/me/access}). Searched by {@code patient} (the caller when not given) and {@code _lastUpdated}.
 */
@Component
class ConsentProvider implements IResourceProvider {

    private final PersonalRecords records;

    ConsentProvider(PersonalRecords records) {
        this.records = records;
    }

    @Override
    public Class<Consent> getResourceType() {
        return Consent.class;
    }

    @Read(version = false)
    public Consent read(@IdParam IdType id) {
        String wanted = id.getIdPart();
        return records.grantsOf(records.viewer().id()).stream()
                .map(ConsentResources::consent)
                .filter(consent -> consent.getIdElement().getIdPart().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException(id));
    }

    @Search
    public IBundleProvider search(
            @OptionalParam(name = Consent.SP_PATIENT) @Nullable ReferenceParam patient,
            @OptionalParam(name = "_lastUpdated") @Nullable DateRangeParam lastUpdated,
            @Offset @Nullable Integer offset,
            @Count @Nullable Integer count) {
        List<Consent> found = records.whose(patient).map(records::grantsOf).orElse(List.of()).stream()
                .map(ConsentResources::consent)
                .filter(consent ->
                        Searches.within(lastUpdated, consent.getMeta().getLastUpdated()))
                .toList();
        return SearchPage.of(found, offset, count);
    }
}
