package kneadwise.fhir;

import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.UriParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.MetadataResource;
import org.jspecify.annotations.Nullable;

/**
 * Our own definitions of one type (Questionnaires, CodeSystems, ValueSets): fixed at start, read by id, found by
 * canonical {@code url} and {@code _lastUpdated}. Each read or search hands out copies, so no caller can change them.
 */
final class DefinitionCatalog<T extends MetadataResource> {

    private final Map<String, T> byId = new LinkedHashMap<>();

    DefinitionCatalog(List<T> definitions) {
        definitions.forEach(definition -> byId.put(definition.getIdElement().getIdPart(), definition));
    }

    @SuppressWarnings("unchecked") // copy() of a T is a T
    T read(IdType id) {
        T found = byId.get(id.getIdPart());
        if (found == null) {
            throw new ResourceNotFoundException(id);
        }
        return (T) found.copy();
    }

    @SuppressWarnings("unchecked") // copy() of a T is a T
    List<T> search(@Nullable UriParam url, @Nullable DateRangeParam lastUpdated) {
        return byId.values().stream()
                .filter(definition -> url == null || url.getValue().equals(definition.getUrl()))
                .filter(definition ->
                        Searches.within(lastUpdated, definition.getMeta().getLastUpdated()))
                .map(definition -> (T) definition.copy())
                .toList();
    }
}
