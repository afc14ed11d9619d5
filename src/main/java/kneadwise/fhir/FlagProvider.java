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
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.IdType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code /fhir/Flag}: the triage reasons of a person's check-ins, for a therapist's system to show before anyone
 * touches them; those of the latest check-in that no doctor cleared are {@code active}, the rest {@code inactive}.
 * For whoever may see the person's record. Searched by {@code patient} (the caller when not given), {@code status}
 * and {@code _lastUpdated}.
 */
@Component
class FlagProvider implements IResourceProvider {

    private final PersonalRecords records;

    FlagProvider(PersonalRecords records) {
        this.records = records;
    }

    @Override
    public Class<Flag> getResourceType() {
        return Flag.class;
    }

    /** An id is the check-in's id, {@code -flag-} and the reason's place in the check-in's triage. */
    @Read(version = false)
    public Flag read(@IdParam IdType id) {
        String wanted = id.getIdPart();
        // the patient's whole history in one look: a newer check-in ends this one's flags
        return Ids.leadingUuid(wanted)
                .map(records::checkinsAround)
                .flatMap(history -> CheckinResources.flags(history).stream()
                        .filter(flag -> flag.getIdElement().getIdPart().equals(wanted))
                        .findFirst())
                .orElseThrow(() -> new ResourceNotFoundException(id));
    }

    @Search
    public IBundleProvider search(
            @OptionalParam(name = Flag.SP_PATIENT) @Nullable ReferenceParam patient,
            @OptionalParam(name = "status") @Nullable TokenParam status,
            @OptionalParam(name = "_lastUpdated") @Nullable DateRangeParam lastUpdated,
            @Offset @Nullable Integer offset,
            @Count @Nullable Integer count) {
        List<Flag> found =
                CheckinResources.flags(
                                records.whose(patient).map(records::checkinsOf).orElse(List.of()))
                        .stream()
                        .filter(flag -> status == null
                                || Tokens.matches(
                                        status,
                                        flag.getStatus().getSystem(),
                                        flag.getStatus().toCode()))
                        .filter(flag ->
                                Searches.within(lastUpdated, flag.getMeta().getLastUpdated()))
                        .toList();
        return SearchPage.of(found, offset, count);
    }
}
